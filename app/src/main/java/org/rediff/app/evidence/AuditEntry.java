package org.rediff.app.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One change of the evidence base, as recorded in {@code study_audit}.
 *
 * @param auditId       sequence number
 * @param studyId       the study changed
 * @param action        seed, insert or update
 * @param actor         who made it
 * @param source        file name, "web form" or "shipped base &lt;data version&gt;"
 * @param reason        why, if given (else null)
 * @param changedAt     when
 * @param before        the CSV cells before (null for seed and insert)
 * @param after         the CSV cells after
 * @param changedFields the columns that changed (for an insert: the non-blank ones)
 */
public record AuditEntry(long auditId, String studyId, String action, String actor, String source, String reason,
                         OffsetDateTime changedAt, Map<String, String> before, Map<String, String> after,
                         List<String> changedFields) {
    public String beforeValue(String field) {
        return before == null ? "" : before.getOrDefault(field, "");
    }

    public String afterValue(String field) {
        return after == null ? "" : after.getOrDefault(field, "");
    }
}
