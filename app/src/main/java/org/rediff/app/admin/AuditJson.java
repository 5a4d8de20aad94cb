package org.rediff.app.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.service.audit.AuditRecord;

/** Audit rows as the REST API's JSON (snake_case; before and after as the stored JSON text). */
public final class AuditJson {
    private AuditJson() {
    }

    public static Map<String, Object> audit(AuditRecord r) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("audit_id", r.auditId());
        m.put("entity", r.entity());
        m.put("entity_id", r.entityId());
        m.put("action", r.action());
        m.put("principal", Map.of("kind", r.principal().kind().code(), "name", r.principal().name()));
        m.put("occurred_at", r.occurredAt().toString());
        m.put("source", r.source());
        m.put("reason", r.reason());
        m.put("before", r.beforeJson());
        m.put("after", r.afterJson());
        return m;
    }

    /** The rows, in order. */
    public static List<Map<String, Object>> audit(List<AuditRecord> rows) {
        return rows.stream().map(AuditJson::audit).toList();
    }
}
