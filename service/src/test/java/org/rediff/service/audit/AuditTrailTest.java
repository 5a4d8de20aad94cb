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
}
