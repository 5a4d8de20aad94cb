package org.rediff.service.store;

import java.time.OffsetDateTime;
import org.rediff.service.audit.Principal;

/**
 * A save refused because the record changed since the editor loaded it (optimistic locking on its row version):
 * saving anyway would silently undo the other person's change.
 */
public final class StaleEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Principal changedBy;
    private final OffsetDateTime changedAt;

    public StaleEditException(String entity, String id, long expected, long actual, Principal changedBy,
                       OffsetDateTime changedAt) {
        super(entity + " " + id + " was changed by " + (changedBy == null ? "someone" : changedBy.display())
                + (changedAt == null ? "" : " at " + changedAt) + " after you opened it (version " + expected
                + ", now " + actual + "); reload it to see that change, then make yours again");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Principal changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
