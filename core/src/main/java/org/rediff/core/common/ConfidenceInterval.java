package org.rediff.core.common;

/**
 * A two-sided interval with its confidence level.
 *
 * @param lower lower bound
 * @param upper upper bound, not below {@code lower}
 * @param level confidence level in (0, 1), e.g. 0.95
 */
public record ConfidenceInterval(double lower, double upper, double level) {
    /**
     * Checks the bounds and the level.
     *
     * @throws InvalidInputException if a bound is NaN, {@code lower > upper}, or {@code level} is not a finite
     *                               number in (0, 1)
     */
    public ConfidenceInterval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new InvalidInputException("confidence interval needs lower <= upper, got [" + lower + ", " + upper + "]");
        }
        Require.inOpen(level, 0, 1, "confidence level");
    }
}
