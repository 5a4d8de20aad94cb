package org.rediff.app.evidence;

import javax.sql.DataSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evidence store over the app's DataSource, seeded from the shipped base at start-up. */
@Configuration(proxyBeanMethods = false)
class EvidenceConfig {
    @Bean
    EvidenceStore evidenceStore(DataSource dataSource) {
        return new EvidenceStore(dataSource);
    }

    @Bean
    ApplicationRunner seedEvidence(EvidenceStore store) {
        return args -> store.seedIfEmpty();
    }
}
