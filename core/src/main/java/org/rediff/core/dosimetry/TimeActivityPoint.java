package org.rediff.core.dosimetry;

import org.rediff.core.common.InvalidInputException;

/**
 * One measurement of a time-activity curve.
 *
 * @param hours    time after administration, hours, ≥ 0
 * @param fraction activity in the region as a fraction of the administered activity (1 = 100%), ≥ 0, as
 *                 measured (not decay-corrected); for blood, per ml
 */
public record TimeActivityPoint(double hours, double fraction) {
    /**
     * Checks the measurement.
     *
     * @throws InvalidInputException if {@code hours} or {@code fraction} is not finite or is negative
     */
    public TimeActivityPoint {
        if (!Double.isFinite(hours) || hours < 0) {
            throw new InvalidInputException("measurement time must be in [0, ∞) h, got " + hours + " h");
        }
        if (!Double.isFinite(fraction) || fraction < 0) {
            throw new InvalidInputException("measured activity must be in [0, ∞) (fraction of administered), got "
                    + fraction);
        }
    }
}
