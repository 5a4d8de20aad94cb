package org.rediff.service.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.rediff.service.audit.Principal;

/**
 * One change of a study, read from the generic audit trail with its before and after as CSV cells.
 *
 * @param auditId       sequence number
 * @param studyId       the study changed
 * @param action        seed, insert or update
 * @param principal     who made it
 * @param source        file name, "web form" or "shipped base &lt;data version&gt;"
 * @param reason        why, if given (else null)
 * @param changedAt     when
 * @param before        the CSV cells before (null for seed and insert)
 * @param after         the CSV cells after
 * @param changedFields the columns that changed (for an insert: the non-blank ones)
 */
public record AuditEntry(long auditId, String studyId, String action, Principal principal, String source,
                         String reason, OffsetDateTime changedAt, Map<String, String> before,
                         Map<String, String> after, List<String> changedFields) {
    /** Who made it, as pages show it. */
    public String actor() {
        return principal.display();
    }

    public String beforeValue(String field) {
        return before == null ? "" : before.getOrDefault(field, "");
    }

    public String afterValue(String field) {
        return after == null ? "" : after.getOrDefault(field, "");
    }
}
