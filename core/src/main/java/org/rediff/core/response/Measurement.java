package org.rediff.core.response;

import org.rediff.core.common.InvalidInputException;

/**
 * A target lesion's size at one assessment: a diameter in mm (longest diameter, or short axis for nodes), "too
 * small to measure" (recorded as 5 mm by RECIST 1.1, Eisenhauer et al. 2009), or absent (0 mm).
 *
 * @param kind       measured, too small or absent
 * @param diameterMm the diameter when measured
 */
public record Measurement(Kind kind, double diameterMm) {
    /** How the lesion was recorded. */
    public enum Kind { MEASURED, TOO_SMALL, ABSENT }

    /** Default size of a lesion too small to measure (RECIST 1.1). */
    public static final double TOO_SMALL_MM = 5.0;

    /**
     * Checks the diameter of a measured lesion.
     *
     * @throws InvalidInputException if {@code kind} is {@link Kind#MEASURED} and {@code diameterMm} is not a
     *                               finite number in [0, 1000] mm
     */
    public Measurement {
        if (kind == Kind.MEASURED && !(Double.isFinite(diameterMm) && diameterMm >= 0 && diameterMm <= 1000)) {
            throw new InvalidInputException("a diameter must be in [0, 1000] mm, got " + diameterMm);
        }
    }

    /**
     * A measured diameter.
     *
     * @param d diameter, mm, in [0, 1000]
     * @return the measurement
     * @throws InvalidInputException if {@code d} is out of range
     */
    public static Measurement mm(double d) {
        return new Measurement(Kind.MEASURED, d);
    }

    /** The size that enters the sum of diameters. */
    public double sizeMm() {
        return switch (kind) {
            case MEASURED -> diameterMm;
            case TOO_SMALL -> TOO_SMALL_MM;
            case ABSENT -> 0;
        };
    }
}
