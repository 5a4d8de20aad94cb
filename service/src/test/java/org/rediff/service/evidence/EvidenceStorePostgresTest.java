package org.rediff.service.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rediff.io.evidence.ShippedEvidence;
import org.rediff.service.audit.Principal;
import org.rediff.service.store.Database;

/** The same migration and store on a real PostgreSQL (embedded, no Docker). */
class EvidenceStorePostgresTest {
    @Test
    void migratesSeedsAndImportsOnPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            final var ds = pg.getPostgresDatabase();
            final EvidenceStore store = new EvidenceStore(new Database(ds).migrate(), Clock.systemUTC());
            final int n = ShippedEvidence.load().size();
            assertThat(store.seedIfEmpty()).isEqualTo(n);
            assertThat(store.seedIfEmpty()).isZero();
            assertThat(store.list()).hasSize(n);
            final Map<String, String> cells = new LinkedHashMap<>(StudyColumns.of(store.find("P01a").orElseThrow()));
            cells.put("notes", "edited on PostgreSQL");
            assertThat(store.importRecords(List.of(StudyColumns.toRecord(cells, "t")), Principal.localAccount("Tester"), "pg.csv"))
                    .isEqualTo(new ImportResult(0, 1, 0));
            assertThat(store.history("P01a").get(0).changedFields()).containsExactly("notes");
            assertThat(store.dataVersion()).startsWith("db-");
        }
    }
}
