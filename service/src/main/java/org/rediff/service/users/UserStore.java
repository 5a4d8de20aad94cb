package org.rediff.service.users;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rediff.core.common.InvalidInputException;
import org.rediff.service.audit.AuditTrail;
import org.rediff.service.audit.Principal;
import org.rediff.service.store.Database;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user accounts (table {@code app_user}). After {@value #MAX_FAILURES} failed logins in a row an account is
 * locked for {@link #LOCK_TIME}; a successful login resets the count.
 */
public final class UserStore {
    /** The audit trail's entity name for accounts. */
    public static final String ENTITY = "user";
    /** Failed logins in a row that lock the account. */
    public static final int MAX_FAILURES = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]{1,63}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RowMapper<UserAccount> ROW = (rs, n) -> new UserAccount(rs.getString("username"),
            rs.getString("password_hash"), roles(rs.getString("roles")), rs.getBoolean("enabled"),
            rs.getInt("failed_logins"), rs.getObject("locked_until", OffsetDateTime.class));

    private final Database db;
    private final AuditTrail audit;

    public UserStore(Database db, Clock clock) {
        this.db = db;
        this.audit = new AuditTrail(db, clock);
    }

    public long count() {
        return db.sql().sql("select count(*) from app_user").query(Long.class).single();
    }

    public Optional<UserAccount> find(String username) {
        return db.sql().sql("select * from app_user where username = ?").param(username).query(ROW).optional();
    }

    public List<UserAccount> list() {
        return db.sql().sql("select * from app_user order by username").query(ROW).list();
    }

    /**
     * Creates an account.
     *
     * @param passwordHash the encoder's hash of the password
     * @throws InvalidInputException for a bad or taken name, or no role
     */
    public UserAccount create(String username, String passwordHash, Set<Role> roles, Principal by) {
        if (username == null || !NAME.matcher(username).matches()) {
            throw InvalidInputException.of("username", username == null ? null : "'" + username + "'",
                    "must be 2 to 64 lower-case letters, digits, '_', '.' or '-', starting with a letter");
        }
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.of("roles", "[]", "must name at least one of " + Arrays.stream(Role.values())
                    .map(Role::code).toList());
        }
        return db.inTransaction(() -> {
            if (find(username).isPresent()) {
                throw InvalidInputException.of("username", "'" + username + "'", "is taken");
            }
            final OffsetDateTime now = audit.now();
            db.sql().sql("insert into app_user (username, password_hash, roles, enabled, failed_logins, locked_until, "
                    + "created_at) values (?, ?, ?, true, 0, null, ?)").params(username, passwordHash,
                    codes(roles), now).update();
            audit.append(ENTITY, username, "create", by, now, null, null, null,
                    JSON.writeValueAsString(Map.of("username", username, "roles", codes(roles), "enabled", true)));
            return find(username).orElseThrow();
        });
    }

    /**
     * Changes an account's roles and whether it may sign in; enabling also lifts a lock. The last enabled
     * administrator cannot lose the role or be disabled (nobody could manage users after that).
     *
     * @throws InvalidInputException for an unknown user, no role, or the last administrator
     */
    public UserAccount update(String username, Set<Role> roles, boolean enabled, Principal by) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.of("roles", "[]", "must name at least one of " + Arrays.stream(Role.values())
                    .map(Role::code).toList());
        }
        return db.inTransaction(() -> {
            final UserAccount before = find(username).orElseThrow(() -> InvalidInputException.of("username",
                    "'" + username + "'", "is not a user"));
            final boolean staysAdmin = enabled && roles.contains(Role.ADMIN);
            if (!staysAdmin && before.enabled() && before.roles().contains(Role.ADMIN) && enabledAdmins() == 1) {
                throw InvalidInputException.of("roles", "'" + username + "'", "must keep an enabled administrator: "
                        + username + " is the last one; make another user admin first");
            }
            final OffsetDateTime now = audit.now();
            db.sql().sql("update app_user set roles = ?, enabled = ?, failed_logins = case when ? then 0 else "
                    + "failed_logins end, locked_until = case when ? then null else locked_until end where username = ?")
                    .params(codes(roles), enabled, enabled, enabled, username).update();
            audit.append(ENTITY, username, "update", by, now, null, null, describe(before.roles(), before.enabled()),
                    describe(roles, enabled));
            return find(username).orElseThrow();
        });
    }

    /** Sets a new password hash (audited without the hash) and lifts a lock. */
    public void setPassword(String username, String passwordHash, Principal by) {
        db.inTransaction(() -> {
            final UserAccount before = find(username).orElseThrow(() -> InvalidInputException.of("username",
                    "'" + username + "'", "is not a user"));
            final OffsetDateTime now = audit.now();
            db.sql().sql("update app_user set password_hash = ?, failed_logins = 0, locked_until = null where "
                    + "username = ?").params(passwordHash, username).update();
            audit.append(ENTITY, username, "password", by, now, null, null, null,
                    describe(before.roles(), before.enabled()));
            return null;
        });
    }

    private long enabledAdmins() {
        return list().stream().filter(u -> u.enabled() && u.roles().contains(Role.ADMIN)).count();
    }

    private static String describe(Set<Role> roles, boolean enabled) {
        return JSON.writeValueAsString(Map.of("roles", codes(roles), "enabled", enabled));
    }

    /**
     * Creates the administrator {@code admin} if there is no user at all, once even when several instances start
     * together on one database.
     *
     * @return the account, or empty when users existed already
     */
    public Optional<UserAccount> createFirstAdmin(String passwordHash) {
        return db.exclusively("first admin", () -> count() > 0 ? Optional.<UserAccount>empty()
                : Optional.of(create("admin", passwordHash, EnumSet.of(Role.ADMIN), Principal.system())));
    }

    /** Counts a failed login; the {@value #MAX_FAILURES}th in a row locks the account for {@link #LOCK_TIME}. */
    public void recordFailure(String username) {
        db.inTransaction(() -> {
            final OffsetDateTime now = audit.now();
            db.sql().sql("update app_user set failed_logins = failed_logins + 1, locked_until = case when "
                            + "failed_logins + 1 >= ? then ? else locked_until end where username = ?")
                    .params(MAX_FAILURES, now.plus(LOCK_TIME), username).update();
            return null;
        });
    }

    /** A successful login: the count starts again. */
    public void recordSuccess(String username) {
        db.sql().sql("update app_user set failed_logins = 0, locked_until = null where username = ? and "
                + "(failed_logins > 0 or locked_until is not null)").param(username).update();
    }

    public OffsetDateTime now() {
        return audit.now();
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().sorted().map(Role::code).collect(Collectors.joining(","));
    }

    private static Set<Role> roles(String text) {
        final Set<Role> out = EnumSet.noneOf(Role.class);
        for (String c : text.split(",")) {
            if (!c.isBlank()) {
                out.add(Role.parse(c));
            }
        }
        return out;
    }
}
