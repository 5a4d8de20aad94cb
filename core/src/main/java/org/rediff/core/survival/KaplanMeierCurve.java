package org.rediff.core.survival;

import java.util.List;

/**
 * A Kaplan-Meier estimate with pointwise confidence intervals and the median.
 *
 * @param steps          one step per distinct observed time, in time order
 * @param subjects       number of subjects
 * @param events         number of events
 * @param confidenceType CI transformation
 * @param level          confidence level
 * @param median         median survival with its confidence interval (NaN where not reached)
 */
public record KaplanMeierCurve(List<KaplanMeierStep> steps, int subjects, int events, ConfidenceType confidenceType,
                               double level, Median median) {
    public KaplanMeierCurve {
        steps = List.copyOf(steps);
    }

    /**
     * The median survival time and its confidence limits; NaN when the curve (or the limit curve) never reaches
     * 0.5.
     *
     * @param estimate median
     * @param lower    lower confidence limit
     * @param upper    upper confidence limit
     */
    public record Median(double estimate, double lower, double upper) {
    }

    /**
     * The curve at a landmark time, as R's summary(fit, times, extend = TRUE): the last step at or before t, the
     * number still at risk at t (follow-up ≥ t).
     *
     * @param time     landmark
     * @param survival S(t)
     * @param lower    lower bound
     * @param upper    upper bound
     * @param atRisk   subjects at risk at t
     */
    public record Landmark(double time, double survival, double lower, double upper, int atRisk) {
    }

    /**
     * The curve at a landmark time.
     *
     * @param t    the landmark, in the data's time unit
     * @param data the observations the curve was fitted to (for the number at risk)
     * @return S(t) with its interval from the last step at or before t (1 before the first), and the number at risk
     */
    public Landmark at(double t, List<SurvivalObservation> data) {
        double s = 1;
        double lo = 1;
        double hi = 1;
        for (KaplanMeierStep step : steps) {
            if (step.time() <= t) {
                s = step.survival();
                lo = step.lower();
                hi = step.upper();
            }
        }
        int atRisk = 0;
        for (SurvivalObservation o : data) {
            if (o.time() >= t) {
                atRisk++;
            }
        }
        return new Landmark(t, s, lo, hi, atRisk);
    }
}
