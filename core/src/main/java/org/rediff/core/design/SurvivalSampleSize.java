package org.rediff.core.design;

import org.hipparchus.distribution.continuous.NormalDistribution;
import java.util.ArrayList;
import java.util.List;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;

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
     * Events and patients needed.
     *
     * @param eventsExact    unrounded events
     * @param events         events, rounded up
     * @param patients       patients, rounded up, or -1 without accrual assumptions
     * @param eventProbability probability that a patient has an event by the analysis (NaN without assumptions)
     */
    public record Result(double eventsExact, int events, int patients, double eventProbability) {
    }

    /**
     * Events (and, with the accrual assumptions, patients) for a two-sided log-rank test.
     *
     * @param hazardRatio   hazard ratio experimental/control, above 0 and not 1
     * @param alpha         two-sided type I error, in (0, 0.5]
     * @param power         power, in [0.5, 1)
     * @param allocation    proportion π of patients in the experimental arm, in (0, 1)
     * @param controlMedian median survival in the control arm, above 0, or null
     * @param accrual       accrual period A, above 0, or null
     * @param followUp      follow-up F after the end of accrual, ≥ 0, or null; the three times in one unit, and
     *                      either all given or all null (events only)
     * @return the events and, when the times are given, the patients and the event probability
     * @throws InvalidInputException if a value is out of its range or only some of the three times are given
     */
    public static Result compute(double hazardRatio, double alpha, double power, double allocation,
                                 Double controlMedian, Double accrual, Double followUp) {
        if (!(hazardRatio > 0) || hazardRatio == 1 || !Double.isFinite(hazardRatio)) {
            throw InvalidInputException.of("hr", hazardRatio, "must be a positive number other than 1");
        }
        DesignRequirements.errorRate(alpha, "alpha");
        if (!(power >= 0.5 && power < 1)) {
            throw InvalidInputException.of("power", power, "must be in [0.5, 1)");
        }
        if (!(allocation > 0 && allocation < 1)) {
            throw InvalidInputException.of("allocation", allocation, "must be in (0, 1)");
        }
        final double z = NORMAL.inverseCumulativeProbability(1 - alpha / 2) + NORMAL.inverseCumulativeProbability(power);
        final double log = Math.log(hazardRatio);
        final double d = z * z / (allocation * (1 - allocation) * log * log);
        final int events = (int) Math.ceil(d - 1e-9);
        if (controlMedian == null && accrual == null && followUp == null) {
            return new Result(d, events, -1, Double.NaN);
        }
        if (controlMedian == null || accrual == null || followUp == null) {
            throw InvalidInputException.of("median_control", null,
                    "is needed with {accrual} and {follow_up} to compute patients: give all three or none");
        }
        final List<Problem> problems = new ArrayList<>();
        if (!(controlMedian > 0)) {
            problems.add(new Problem("median_control", String.valueOf(controlMedian), "must be > 0"));
        }
        if (!(accrual > 0)) {
            problems.add(new Problem("accrual", String.valueOf(accrual), "must be > 0"));
        }
        if (!(followUp >= 0)) {
            problems.add(new Problem("follow_up", String.valueOf(followUp), "must be >= 0"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        final double lc = Math.log(2) / controlMedian;
        final double le = lc * hazardRatio;
        final double pe = allocation * eventProbability(le, accrual, followUp)
                + (1 - allocation) * eventProbability(lc, accrual, followUp);
        return new Result(d, events, (int) Math.ceil(events / pe - 1e-9), pe);
    }

    /**
     * Power of the two-sided log-rank test with a given number of events, by the normal approximation that the
     * events formula of {@link #compute} inverts (Schoenfeld 1981): Φ(√(d·π(1 − π))·|ln HR| − z_{1−α/2}). The far
     * tail (below α/2) is left out as in that formula, so at the unrounded events for a power the result is that
     * power, and it falls monotonically as HR approaches 1, where it is α/2.
     *
     * @param hazardRatio hazard ratio experimental/control, above 0 (1 gives α/2)
     * @param alpha       two-sided type I error, in (0, 0.5]
     * @param events      number of events, above 0
     * @param allocation  proportion π of patients in the experimental arm, in (0, 1)
     * @return the approximate power
     * @throws InvalidInputException if a value is out of its range
     */
    public static double power(double hazardRatio, double alpha, double events, double allocation) {
        if (!(hazardRatio > 0) || !Double.isFinite(hazardRatio)) {
            throw InvalidInputException.of("hr", hazardRatio, "must be a positive number");
        }
        DesignRequirements.errorRate(alpha, "alpha");
        if (!(events > 0) || !Double.isFinite(events)) {
            throw InvalidInputException.of("events", events, "must be above 0");
        }
        if (!(allocation > 0 && allocation < 1)) {
            throw InvalidInputException.of("allocation", allocation, "must be in (0, 1)");
        }
        final double drift = Math.sqrt(events * allocation * (1 - allocation)) * Math.abs(Math.log(hazardRatio));
        return NORMAL.cumulativeProbability(drift - NORMAL.inverseCumulativeProbability(1 - alpha / 2));
    }

    static double eventProbability(double lambda, double accrual, double followUp) {
        return 1 - (Math.exp(-lambda * followUp) - Math.exp(-lambda * (accrual + followUp))) / (lambda * accrual);
    }
}
