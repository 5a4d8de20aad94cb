package org.rediff.service.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.rediff.service.store.Database;
import org.springframework.jdbc.core.RowMapper;

/**
 * Appends to and reads the {@code audit_event} table. {@link #append} works inside the caller's transaction, so
 * an entity change and its audit row are committed together or not at all.
 */
public final class AuditTrail {
    private static final String COLUMNS = "audit_id, entity, entity_id, action, principal_kind, principal_name, "
            + "occurred_at, source, reason, before_json, after_json";
    private static final RowMapper<AuditRecord> ROW = (rs, n) -> new AuditRecord(rs.getLong("audit_id"),
            rs.getString("entity"), rs.getString("entity_id"), rs.getString("action"),
            new Principal(Principal.Kind.parse(rs.getString("principal_kind")), rs.getString("principal_name")),
            rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("source"), rs.getString("reason"),
            rs.getString("before_json"), rs.getString("after_json"));

    private final Database db;
    private final Clock clock;

    public AuditTrail(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Now, from the injected clock, at the microsecond precision both databases store. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS);
    }

    /** Appends one row at {@code at}; call inside the transaction of the change it records. */
    public void append(String entity, String entityId, String action, Principal principal, OffsetDateTime at,
                       String source, String reason, String beforeJson, String afterJson) {
        db.sql().sql("insert into audit_event (entity, entity_id, action, principal_kind, principal_name, "
                        + "occurred_at, source, reason, before_json, after_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entity, entityId, action, principal.kind().code(), principal.name(), at, source, reason,
                        beforeJson, afterJson)
                .update();
    }

    /** The changes of one entity, newest first. */
    public List<AuditRecord> history(String entity, String entityId) {
        return db.sql().sql("select " + COLUMNS + " from audit_event where entity = ? and entity_id = ? "
                + "order by audit_id desc").params(entity, entityId).query(ROW).list();
    }

    /** The latest change of one entity. */
    public Optional<AuditRecord> latest(String entity, String entityId) {
        return history(entity, entityId).stream().findFirst();
    }

    /** The latest changes of one kind of entity (or of all, when {@code entity} is null), newest first. */
    public List<AuditRecord> recent(String entity, int limit) {
        final int n = Math.max(0, limit);
        if (entity == null) {
            return db.sql().sql("select " + COLUMNS + " from audit_event order by audit_id desc fetch first "
                    + n + " rows only").query(ROW).list();
        }
        return db.sql().sql("select " + COLUMNS + " from audit_event where entity = ? order by audit_id desc "
                + "fetch first " + n + " rows only").param(entity).query(ROW).list();
    }

    /** The rows a query selects, newest first. */
    public List<AuditRecord> search(AuditQuery q) {
        final StringBuilder where = new StringBuilder(" where 1 = 1");
        final java.util.List<Object> params = new java.util.ArrayList<>();
        if (q.entity() != null) {
            where.append(" and entity = ?");
            params.add(q.entity());
        }
        if (q.entityId() != null) {
            where.append(" and entity_id = ?");
            params.add(q.entityId());
        }
        if (q.principal() != null) {
            where.append(" and principal_name = ?");
            params.add(q.principal());
        }
        if (q.beforeId() != null) {
            where.append(" and audit_id < ?");
            params.add(q.beforeId());
        }
        return db.sql().sql("select " + COLUMNS + " from audit_event" + where + " order by audit_id desc fetch first "
                + q.limit() + " rows only").params(params).query(ROW).list();
    }

    /** The highest audit id, 0 when empty: changes whenever anything is changed (stores use it to cache reads). */
    public long lastId() {
        return db.sql().sql("select coalesce(max(audit_id), 0) from audit_event").query(Long.class).single();
    }
}
