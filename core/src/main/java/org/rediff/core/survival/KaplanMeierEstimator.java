package org.rediff.core.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * The Kaplan-Meier product-limit estimator (Kaplan and Meier 1958, J Am Stat Assoc 53:457) with Greenwood's
 * variance, var(log S(t)) = Σ d/(n(n − d)), pointwise intervals on the log, log-log or plain scale, and the median
 * with its interval as R survival computes them (Therneau, survival package: survfit and quantile.survfit).
 */
public final class KaplanMeierEstimator {
    /** Tolerance for "the curve equals 0.5", as R's sqrt(.Machine$double.eps). */
    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private KaplanMeierEstimator() {
    }

    /**
     * Estimates the survival curve.
     *
     * @param data  the subjects' times (any one unit) and event indicators, at least one
     * @param type  the interval transformation
     * @param level confidence level in (0.5, 1)
     * @return one step per distinct time, with Greenwood standard errors and intervals, and the median with its
     *         interval
     * @throws InvalidInputException if {@code level} is not in (0.5, 1) or there is no subject
     */
    public static KaplanMeierCurve fit(List<SurvivalObservation> data, ConfidenceType type, double level) {
        Require.inOpen(level, 0.5, 1, "confidence level");
        if (data.isEmpty()) {
            throw new InvalidInputException("Kaplan-Meier needs at least one subject");
        }
        final TreeMap<Double, int[]> byTime = new TreeMap<>();
        int events = 0;
        for (SurvivalObservation o : data) {
            final int[] counts = byTime.computeIfAbsent(o.time(), t -> new int[2]);
            counts[o.event() ? 0 : 1]++;
            events += o.event() ? 1 : 0;
        }
        final double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        final List<KaplanMeierStep> steps = new ArrayList<>();
        int atRisk = data.size();
        double survival = 1;
        double greenwood = 0;
        for (var e : byTime.entrySet()) {
            final int d = e.getValue()[0];
            final int c = e.getValue()[1];
            if (d > 0) {
                survival *= 1 - (double) d / atRisk;
                greenwood += d == atRisk ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
            }
            final double seLog = Math.sqrt(greenwood);
            final double[] ci = interval(survival, seLog, z, type);
            final double seS = survival == 0 ? Double.NaN : survival * seLog;
            steps.add(new KaplanMeierStep(e.getKey(), atRisk, d, c, survival, Double.isFinite(seS) ? seS : Double.NaN,
                    ci[0], ci[1]));
            atRisk -= d + c;
        }
        return new KaplanMeierCurve(steps, data.size(), events, type, level, median(steps));
    }

    private static double[] interval(double s, double seLog, double z, ConfidenceType type) {
        if (s == 0 || !Double.isFinite(seLog)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return switch (type) {
            case LOG -> new double[] {s * Math.exp(-z * seLog), Math.min(1, s * Math.exp(z * seLog))};
            case LOG_LOG -> {
                if (s == 1) {
                    yield new double[] {Double.NaN, Double.NaN};
                }
                final double ll = Math.log(-Math.log(s));
                final double scaled = z * seLog / Math.log(s);
                yield new double[] {Math.exp(-Math.exp(ll - scaled)), Math.exp(-Math.exp(ll + scaled))};
            }
            case PLAIN -> new double[] {Math.max(0, s - z * s * seLog), Math.min(1, s + z * s * seLog)};
        };
    }

    private static KaplanMeierCurve.Median median(List<KaplanMeierStep> steps) {
        final int n = steps.size();
        final double[] t = new double[n];
        final double[] s = new double[n];
        final double[] lo = new double[n];
        final double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = steps.get(i).time();
            s[i] = steps.get(i).survival();
            lo[i] = steps.get(i).lower();
            hi[i] = steps.get(i).upper();
        }
        return new KaplanMeierCurve.Median(quantileTime(t, s), quantileTime(t, lo), quantileTime(t, hi));
    }

    /**
     * The first time the curve is at or below 0.5; where it equals 0.5 over an interval, the midpoint between
     * that time and the time it drops below (R's quantile.survfit). NaN when it never reaches 0.5; undefined (NaN)
     * curve values, as a confidence limit after S = 0, are skipped, as R does.
     */
    static double quantileTime(double[] t, double[] y) {
        for (int i = 0; i < t.length; i++) {
            if (Double.isNaN(y[i]) || y[i] > 0.5 + TOLERANCE) {
                continue;
            }
            if (Math.abs(y[i] - 0.5) <= TOLERANCE) {
                for (int j = i + 1; j < t.length; j++) {
                    if (!Double.isNaN(y[j]) && y[j] < 0.5 - TOLERANCE) {
                        return (t[i] + t[j]) / 2;
                    }
                }
            }
            return t[i];
        }
        return Double.NaN;
    }
}
