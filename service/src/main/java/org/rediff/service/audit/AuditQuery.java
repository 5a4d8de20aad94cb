package org.rediff.service.audit;

import org.rediff.core.common.InvalidInputException;

/**
 * Which audit rows to read, newest first; null fields do not filter. Paging goes backwards through the trail:
 * pass the smallest audit id of one page as {@code beforeId} for the next.
 *
 * @param entity    the kind of entity ({@code patient}, {@code study}, {@code user})
 * @param entityId  one entity's id
 * @param principal the acting user's name
 * @param beforeId  only rows with a smaller audit id
 * @param limit     at most this many rows, 1 to {@value #MAX_LIMIT}
 */
public record AuditQuery(String entity, String entityId, String principal, Long beforeId, int limit) {
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", String.valueOf(limit), "must be 1 to " + MAX_LIMIT);
        }
        entity = blankToNull(entity);
        entityId = blankToNull(entityId);
        principal = blankToNull(principal);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
