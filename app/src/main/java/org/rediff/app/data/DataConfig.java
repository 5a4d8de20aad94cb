package org.rediff.app.data;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.users.UserStore;
import org.rediff.service.store.DataDirectory;
import org.rediff.service.store.Database;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database of the web app. By default the H2 file under {@code rediff.data}, which this process then owns: it
 * takes the data directory's lock before opening the file and, once it listens, writes its URL into the lock file
 * so that CLI commands send their changes here (there is no database port). With {@code rediff.db.url} set
 * (PostgreSQL for a shared site) that database is used and the data directory holds no database.
 */
@Configuration(proxyBeanMethods = false)
class DataConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Held for the life of the context when the database is the H2 file in the data directory; lazy, so that an
     * instance on PostgreSQL (several may share a machine) takes no lock.
     */
    @Bean(destroyMethod = "close")
    @org.springframework.context.annotation.Lazy
    DataDirectory.Lock dataDirectoryLock(@Value("${rediff.data}") Path dataDir) {
        return DataDirectory.lock(dataDir);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(@Value("${rediff.data}") Path dataDir,
                                @Value("${rediff.db.url:}") String url,
                                @Value("${rediff.db.user:}") String user,
                                @Value("${rediff.db.password:}") String password,
                                @Value("${rediff.db.pool-size:10}") int poolSize,
                                ObjectProvider<DataDirectory.Lock> lock) {
        final HikariDataSource ds = new HikariDataSource();
        if (url.isBlank()) {
            lock.getObject(); // the lock before the file
            ds.setJdbcUrl(Database.h2Url(DataDirectory.prepare(dataDir)));
            ds.setUsername("sa");
            ds.setPassword("");
        } else {
            ds.setJdbcUrl(url);
            ds.setUsername(user);
            ds.setPassword(password);
        }
        ds.setMaximumPoolSize(poolSize);
        ds.setMinimumIdle(1);
        ds.setPoolName("rediff");
        return ds;
    }

    @Bean
    Database database(DataSource dataSource) {
        return new Database(dataSource);
    }

    @Bean
    EvidenceStore evidenceStore(Database database, Clock clock) {
        return new EvidenceStore(database, clock);
    }

    @Bean
    org.rediff.service.protocol.ProtocolCatalog protocolCatalog(Database database, Clock clock) {
        return new org.rediff.service.protocol.ProtocolCatalog(database, clock);
    }

    @Bean
    UserStore userStore(Database database, Clock clock) {
        return new UserStore(database, clock);
    }

    @Bean
    org.rediff.service.audit.AuditTrail auditTrail(Database database, Clock clock) {
        return new org.rediff.service.audit.AuditTrail(database, clock);
    }

    @Bean
    org.rediff.service.dosimetry.VoxelDosimetryRecords voxelDosimetryRecords(Database database, Clock clock,
                                                                            PatientStore patients) {
        return new org.rediff.service.dosimetry.VoxelDosimetryRecords(database, clock, patients);
    }

    @Bean
    org.rediff.service.protocol.EnrolmentStore enrolmentStore(Database database, Clock clock, PatientStore patients,
                                                              org.rediff.service.protocol.ProtocolCatalog catalog) {
        return new org.rediff.service.protocol.EnrolmentStore(database, clock, patients, catalog);
    }

    @Bean
    PatientStore patientStore(Database database, Clock clock) {
        return new PatientStore(database, clock);
    }

    @Bean
    ApplicationRunner seedEvidence(EvidenceStore store) {
        return args -> store.seedIfEmpty();
    }

    /** {@code rediff serve --demo}: the synthetic demonstration patients, added if missing. */
    @Bean
    ApplicationRunner demoPatients(PatientStore store, org.rediff.service.protocol.EnrolmentStore enrolments,
                                   Database database, @Value("${rediff.demo:false}") boolean demo) {
        return args -> {
            if (demo) {
                // one instance seeds when several start together on one database
                database.exclusively("demo", () -> {
                    final int added = org.rediff.service.patients.DemoPatients.load(store);
                    final int enrolled = org.rediff.service.protocol.DemoEnrolments.load(enrolments);
                    org.slf4j.LoggerFactory.getLogger(DataConfig.class).info("demo: {} synthetic patients added, "
                            + "{} walked through a protocol", added, enrolled);
                    return added;
                });
            }
        };
    }

    /** Tells CLI commands where this server listens (loopback when bound to every interface). */
    @Bean
    ApplicationListener<WebServerInitializedEvent> publishServerUrl(ObjectProvider<DataDirectory.Lock> lock,
                                                                    @Value("${server.address:127.0.0.1}") String host,
                                                                    @Value("${rediff.db.url:}") String url) {
        return event -> {
            if (!url.isBlank()) {
                return;
            }
            final String shown = host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host) ? "127.0.0.1"
                    : host.contains(":") ? "[" + host + "]" : host;
            lock.getObject().publish(URI.create("http://" + shown + ":" + event.getWebServer().getPort() + "/"));
        };
    }
}
