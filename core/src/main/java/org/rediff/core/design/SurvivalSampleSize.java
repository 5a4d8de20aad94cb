package org.rediff.core.design;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.rediff.core.common.InvalidInputException;

/**
 * Events and patients for a log-rank comparison (Schoenfeld D. Biometrika 1981;68:316): with a proportion π
 * allocated to the experimental arm, events d = (z_{1−α/2} + z_{1−β})² / (π(1 − π)·(ln HR)²) for a two-sided α. With
 * exponential survival (control median m, experimental hazard HR·λ), uniform accrual over A and additional
 * follow-up F, the probability of an event in an arm with hazard λ is 1 − (e^{−λF} − e^{−λ(A+F)})/(λA), and
 * patients = d / (weighted event probability).
 */
public final class SurvivalSampleSize {
    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    private SurvivalSampleSize() {
    }

    /**
     * @param eventsExact    unrounded events
     * @param events         events, rounded up
     * @param patients       patients, rounded up, or -1 without accrual assumptions
     * @param eventProbability probability that a patient has an event by the analysis (NaN without assumptions)
     */
    public record Result(double eventsExact, int events, int patients, double eventProbability) {
    }

    public static Result compute(double hazardRatio, double alpha, double power, double allocation,
                                 Double controlMedian, Double accrual, Double followUp) {
        if (!(hazardRatio > 0) || hazardRatio == 1 || !Double.isFinite(hazardRatio)) {
            throw new InvalidInputException("--hr must be a positive number other than 1, got " + hazardRatio);
        }
        DesignRequirements.errorRate(alpha, "--alpha");
        if (!(power >= 0.5 && power < 1)) {
            throw new InvalidInputException("--power must be in [0.5, 1), got " + power);
        }
        if (!(allocation > 0 && allocation < 1)) {
            throw new InvalidInputException("--allocation must be in (0, 1), got " + allocation);
        }
        final double z = NORMAL.inverseCumulativeProbability(1 - alpha / 2) + NORMAL.inverseCumulativeProbability(power);
        final double log = Math.log(hazardRatio);
        final double d = z * z / (allocation * (1 - allocation) * log * log);
        final int events = (int) Math.ceil(d - 1e-9);
        if (controlMedian == null && accrual == null && followUp == null) {
            return new Result(d, events, -1, Double.NaN);
        }
        if (controlMedian == null || accrual == null || followUp == null) {
            throw new InvalidInputException("patients need all of --median-control, --accrual and --follow-up");
        }
        if (!(controlMedian > 0) || !(accrual > 0) || !(followUp >= 0)) {
            throw new InvalidInputException("--median-control and --accrual must be > 0 and --follow-up >= 0, got "
                    + controlMedian + ", " + accrual + ", " + followUp);
        }
        final double lc = Math.log(2) / controlMedian;
        final double le = lc * hazardRatio;
        final double pe = allocation * eventProbability(le, accrual, followUp)
                + (1 - allocation) * eventProbability(lc, accrual, followUp);
        return new Result(d, events, (int) Math.ceil(events / pe - 1e-9), pe);
    }

    static double eventProbability(double lambda, double accrual, double followUp) {
        return 1 - (Math.exp(-lambda * followUp) - Math.exp(-lambda * (accrual + followUp))) / (lambda * accrual);
    }
}
