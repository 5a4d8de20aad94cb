package org.rediff.core.evidence;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.rediff.core.common.ConfidenceInterval;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * The exact (Clopper and Pearson 1934, Biometrika 26:404) interval for a binomial proportion from Beta quantiles:
 * lower = B(α/2; x, n - x + 1), upper = B(1 - α/2; x + 1, n - x), with lower = 0 at x = 0 and upper = 1 at
 * x = n, as R's binom.test. The Beta inversion runs to 1e-15 absolute accuracy so that small bounds keep their
 * relative precision.
 */
public final class ClopperPearsonInterval {
    private static final double ACCURACY = 1e-15;

    private ClopperPearsonInterval() {
    }

    /**
     * The exact interval for {@code events} out of {@code total}.
     *
     * @param events number of events, in [0, total]
     * @param total  number of trials, at least 1
     * @param level  confidence level in (0, 1), e.g. 0.95
     * @return the interval on the proportion scale, within [0, 1]
     * @throws InvalidInputException if {@code level} is not in (0, 1) or the counts are out of range
     */
    public static ConfidenceInterval of(int events, int total, double level) {
        Require.inOpen(level, 0, 1, "confidence level");
        if (total < 1 || events < 0 || events > total) {
            throw new InvalidInputException("Clopper-Pearson interval needs 0 <= events <= total and total >= 1, got "
                    + events + "/" + total);
        }
        final double alpha = 1 - level;
        final double lower = events == 0 ? 0.0
                : new BetaDistribution(events, total - events + 1.0, ACCURACY).inverseCumulativeProbability(alpha / 2);
        final double upper = events == total ? 1.0
                : new BetaDistribution(events + 1.0, total - events, ACCURACY)
                        .inverseCumulativeProbability(1 - alpha / 2);
        return new ConfidenceInterval(lower, upper, level);
    }
}
