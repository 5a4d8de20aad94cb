package org.rediff.service.audit;

import java.time.OffsetDateTime;

/**
 * One row of the audit trail.
 *
 * @param auditId    sequence number (increasing with time)
 * @param entity     the kind of thing changed, e.g. {@code study}
 * @param entityId   its id
 * @param action     e.g. seed, insert, update, delete
 * @param principal  who acted
 * @param occurredAt when (UTC, from the store's clock)
 * @param source     where the change came from (a file name, the web form, the shipped base), or null
 * @param reason     why, if given, else null
 * @param beforeJson the entity before as JSON, null for a creation
 * @param afterJson  the entity after as JSON, null for a deletion
 */
public record AuditRecord(long auditId, String entity, String entityId, String action, Principal principal,
                          OffsetDateTime occurredAt, String source, String reason, String beforeJson,
                          String afterJson) {
}
