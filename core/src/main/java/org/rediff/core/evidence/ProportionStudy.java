package org.rediff.core.evidence;

import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * One study's count of events among its participants.
 *
 * @param label  study label shown in tables and plots
 * @param events number of participants with the event, in [0, total]
 * @param total  number of participants, at least 1
 */
public record ProportionStudy(String label, int events, int total) {
    /**
     * Checks the counts.
     *
     * @throws InvalidInputException if {@code label} is blank, {@code total} is below 1 or {@code events} is
     *                               outside [0, total]
     */
    public ProportionStudy {
        Require.notBlank(label, "study label");
        if (total < 1) {
            throw new InvalidInputException("study '" + label + "': total must be an integer in [1, ∞), got " + total);
        }
        if (events < 0 || events > total) {
            throw new InvalidInputException("study '" + label + "': events must be an integer in [0, total=" + total
                    + "], got " + events);
        }
    }

    /**
     * The raw proportion.
     *
     * @return events / total, in [0, 1]
     */
    public double proportion() {
        return (double) events / total;
    }
}
