package org.rediff.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.service.store.Database;

/** The generic trail on a fresh H2 file: the injected clock, the principal, all-or-nothing with the change. */
class AuditTrailTest {
    @TempDir
    Path dir;

    @Test
    void appendsWithTheInjectedClockAndRollsBackWithItsTransaction() {
        final Database db = new Database(Database.h2File(dir)).migrate();
        final Clock fixed = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456789Z"), ZoneOffset.UTC);
        final AuditTrail trail = new AuditTrail(db, fixed);
        final Principal who = Principal.localAccount("physicist");

        db.inTransaction(() -> {
            trail.append("patient", "PT-1", "insert", who, trail.now(), "test", null, null, "{\"a\":1}");
            return null;
        });
        assertThatThrownBy(() -> db.inTransaction(() -> {
            trail.append("patient", "PT-1", "update", who, trail.now(), "test", null, "{\"a\":1}", "{\"a\":2}");
            throw new IllegalStateException("the change failed after its audit row");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(trail.history("patient", "PT-1")).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("insert");
            assertThat(r.principal()).isEqualTo(who);
            assertThat(r.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-03-01T10:15:30.123456Z"));
            assertThat(r.beforeJson()).isNull();
            assertThat(r.afterJson()).isEqualTo("{\"a\":1}");
        });
        assertThat(trail.recent(null, 10)).hasSize(1);
        assertThat(trail.lastId()).isPositive();
    }

    @Test
    void searchFiltersAndPagesBackwards() {
        final Database db = new Database(Database.h2File(dir)).migrate();
        final AuditTrail trail = new AuditTrail(db, Clock.systemUTC());
        db.inTransaction(() -> {
            for (int i = 0; i < 5; i++) {
                trail.append("patient", "PT-" + (i % 2), "update", Principal.user(i < 3 ? "ann" : "ben"),
                        trail.now(), null, null, "{}", "{}");
            }
            trail.append("study", "S1", "update", Principal.user("ann"), trail.now(), null, null, "{}", "{}");
            return null;
        });
        assertThat(trail.search(new AuditQuery("patient", null, null, null, 10))).hasSize(5);
        assertThat(trail.search(new AuditQuery(null, "PT-1", null, null, 10))).hasSize(2);
        assertThat(trail.search(new AuditQuery(null, null, "ann", null, 10))).hasSize(4);
        final var first = trail.search(new AuditQuery(null, null, null, null, 4));
        final var next = trail.search(new AuditQuery(null, null, null, first.get(3).auditId(), 4));
        assertThat(next).hasSize(2).allSatisfy(r -> assertThat(r.auditId()).isLessThan(first.get(3).auditId()));
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, 0))
                .hasMessageContaining("limit").hasMessageContaining("1 to 1000");
    }
}
