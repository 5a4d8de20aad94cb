package org.rediff.core.design;

import org.rediff.core.common.InvalidInputException;

/**
 * Error rates and response rates a single-arm phase II design must meet: test H0: p ≤ p0 against p = p1 with
 * one-sided type I error ≤ α and power ≥ 1 − β.
 *
 * @param p0    uninteresting response rate, in (0, 1)
 * @param p1    desirable response rate, in (p0, 1)
 * @param alpha type I error, in (0, 0.5]
 * @param beta  type II error, in (0, 0.5]
 */
public record DesignRequirements(double p0, double p1, double alpha, double beta) {
    /**
     * Checks the rates.
     *
     * @throws InvalidInputException if p0 or p1 is not in (0, 1), p1 is not above p0, or alpha or beta is not in
     *                               (0, 0.5]
     */
    public DesignRequirements {
        probability(p0, "p0");
        probability(p1, "p1");
        if (!(p1 > p0)) {
            throw InvalidInputException.of("p1", p1, "must be greater than {p0} (" + p0 + ")");
        }
        errorRate(alpha, "alpha");
        errorRate(beta, "beta");
    }

    static void probability(double p, String parameter) {
        if (!(p > 0 && p < 1)) {
            throw InvalidInputException.of(parameter, p, "must be a probability in (0, 1)");
        }
    }

    static void errorRate(double e, String parameter) {
        if (!(e > 0 && e <= 0.5)) {
            throw InvalidInputException.of(parameter, e, "must be in (0, 0.5]");
        }
    }
}
