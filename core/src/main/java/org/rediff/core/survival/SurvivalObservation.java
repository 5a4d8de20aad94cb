package org.rediff.core.survival;

import org.rediff.core.common.InvalidInputException;

/**
 * One subject's follow-up.
 *
 * @param time  time to the event or to censoring, in the study's unit (≥ 0)
 * @param event true if the event was observed, false if censored at {@code time}
 */
public record SurvivalObservation(double time, boolean event) {
    /**
     * Checks the time.
     *
     * @throws InvalidInputException if {@code time} is not finite or is negative
     */
    public SurvivalObservation {
        if (!Double.isFinite(time) || time < 0) {
            throw new InvalidInputException("time must be a finite number >= 0, got " + time);
        }
    }
}
