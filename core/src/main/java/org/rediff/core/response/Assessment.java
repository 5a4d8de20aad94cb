package org.rediff.core.response;

import java.time.LocalDate;
import java.util.Map;
import org.rediff.core.common.Require;

/**
 * One imaging assessment.
 *
 * @param date        date of the scan
 * @param targets     target lesion sizes by id (a target left out was not assessed)
 * @param nonTargets  non-target status by id (a non-target left out was not assessed)
 * @param newLesions  whether unequivocal new lesions appeared
 */
public record Assessment(LocalDate date, Map<String, Measurement> targets, Map<String, NonTargetStatus> nonTargets,
                         boolean newLesions) {
    /** Status of a non-target lesion. */
    public enum NonTargetStatus { PRESENT, ABSENT, PROGRESSION }

    public Assessment {
        Require.notNull(date, "assessment date");
        targets = Map.copyOf(targets);
        nonTargets = Map.copyOf(nonTargets);
    }
}
