package org.rediff.app.admin;

import java.util.List;
import java.util.Map;
import org.rediff.service.audit.AuditQuery;
import org.rediff.service.audit.AuditTrail;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators: every create, update and delete, newest first, filtered and paged. */
@RestController
class AuditApiController {
    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Audit rows, newest first. Query parameters: {@code entity} (patient, study, user), {@code entity_id},
     * {@code user} (the acting user's name), {@code before} (only rows with a smaller audit_id: the next page) and
     * {@code limit} (1 to 1000, default 100).
     */
    @GetMapping(value = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> audit(@RequestParam(required = false) String entity,
                                    @RequestParam(name = "entity_id", required = false) String entityId,
                                    @RequestParam(required = false) String user,
                                    @RequestParam(required = false) Long before,
                                    @RequestParam(defaultValue = "100") int limit) {
        return AuditJson.audit(trail.search(new AuditQuery(entity, entityId, user, before, limit)));
    }
}
