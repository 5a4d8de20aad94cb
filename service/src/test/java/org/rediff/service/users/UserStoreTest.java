package org.rediff.service.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.service.audit.AuditTrail;
import org.rediff.service.audit.Principal;
import org.rediff.service.store.Database;

/** Accounts: names and roles checked, login throttling, role changes audited, the last administrator kept. */
class UserStoreTest {
    @TempDir
    Path dir;

    /** A clock the test moves. */
    static final class Moving extends Clock {
        Instant now = Instant.parse("2026-12-07T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveFailuresLockForFifteenMinutesAndASuccessResets() {
        final Moving clock = new Moving();
        final UserStore users = new UserStore(new Database(Database.h2File(dir)).migrate(), clock);
        users.create("ann", "{noop}x", EnumSet.of(Role.CLINICIAN), Principal.system());
        for (int i = 0; i < UserStore.MAX_FAILURES - 1; i++) {
            users.recordFailure("ann");
        }
        assertThat(users.find("ann").orElseThrow().lockedAt(users.now())).isFalse();
        users.recordFailure("ann");
        assertThat(users.find("ann").orElseThrow().lockedAt(users.now())).isTrue();
        clock.now = clock.now.plus(UserStore.LOCK_TIME).plus(Duration.ofSeconds(1));
        assertThat(users.find("ann").orElseThrow().lockedAt(users.now())).isFalse();
        users.recordSuccess("ann");
        assertThat(users.find("ann").orElseThrow().failedLogins()).isZero();
    }

    @Test
    void namesRolesAndTheLastAdministratorAreChecked() {
        final Database db = new Database(Database.h2File(dir)).migrate();
        final UserStore users = new UserStore(db, Clock.systemUTC());
        assertThatThrownBy(() -> users.create("Ann Smith", "{noop}x", EnumSet.of(Role.ADMIN), Principal.system()))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> users.create("ann", "{noop}x", EnumSet.noneOf(Role.class), Principal.system()))
                .hasMessageContaining("roles");
        users.create("admin", "{noop}x", EnumSet.of(Role.ADMIN), Principal.system());
        users.create("ben", "{noop}x", EnumSet.of(Role.RESEARCHER), Principal.user("admin"));
        assertThatThrownBy(() -> users.create("ben", "{noop}y", EnumSet.of(Role.ADMIN), Principal.system()))
                .hasMessageContaining("is taken");
        assertThatThrownBy(() -> users.update("admin", EnumSet.of(Role.CLINICIAN), true, Principal.user("admin")))
                .hasMessageContaining("last one");
        assertThatThrownBy(() -> users.update("admin", EnumSet.of(Role.ADMIN), false, Principal.user("admin")))
                .hasMessageContaining("last one");
        users.update("ben", EnumSet.of(Role.ADMIN, Role.PHYSICIST), true, Principal.user("admin"));
        users.update("admin", EnumSet.of(Role.CLINICIAN), true, Principal.user("ben"));
        assertThat(users.find("admin").orElseThrow().roles()).containsExactly(Role.CLINICIAN);
        users.setPassword("ben", "{noop}secret-hash", Principal.user("admin"));
        final var trail = new AuditTrail(db, Clock.systemUTC()).history(UserStore.ENTITY, "ben");
        assertThat(trail).extracting(a -> a.action()).containsExactly("password", "update", "create");
        assertThat(trail).allSatisfy(a -> assertThat(String.valueOf(a.afterJson()) + a.beforeJson())
                .doesNotContain("secret-hash"));
    }
}
