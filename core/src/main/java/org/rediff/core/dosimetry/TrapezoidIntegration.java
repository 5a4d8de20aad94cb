package org.rediff.core.dosimetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trapezoid integration of a time-activity curve from t = 0 plus a tail after the last measurement
 * (A_n/λ, with λ the physical decay constant or the rate fitted log-linearly to the last two measurements,
 * never below the physical one). The curve starts at {@code startFraction} at t = 0: 1 for the whole body
 * (all activity is in the body at administration), 0 for lesions and blood.
 */
final class TrapezoidIntegration {
    private TrapezoidIntegration() {
    }

    static CurveFit fit(TimeActivityCurve c, double startFraction, TailPolicy tail, double lambdaPhysical) {
        final double[] t = c.hours();
        final double[] y = c.fractions();
        final int n = t.length;
        final List<DosimetryWarning> warnings = new ArrayList<>();
        double measured = 0.5 * (startFraction + y[0]) * t[0];
        for (int i = 1; i < n; i++) {
            measured += 0.5 * (y[i] + y[i - 1]) * (t[i] - t[i - 1]);
        }
        double lambda = lambdaPhysical;
        if (tail == TailPolicy.FITTED) {
            if (n < 2 || y[n - 1] <= 0 || y[n - 2] <= 0) {
                warnings.add(DosimetryWarning.of(DosimetryWarning.Kind.TAIL_PHYSICAL, c.region(),
                        "fitted tail needs two positive last measurements; physical decay used for the tail"));
            } else {
                final double fitted = Math.log(y[n - 2] / y[n - 1]) / (t[n - 1] - t[n - 2]);
                if (fitted < lambdaPhysical) {
                    warnings.add(DosimetryWarning.of(DosimetryWarning.Kind.TAIL_PHYSICAL, c.region(),
                            String.format(java.util.Locale.ROOT, "terminal rate %.5f/h is slower than physical "
                            + "decay %.5f/h (still rising or noisy); physical decay used for the tail", fitted,
                            lambdaPhysical)));
                } else {
                    lambda = fitted;
                }
            }
        }
        final double tailIntegral = y[n - 1] / lambda;
        final double total = measured + tailIntegral;
        final double finalLambda = lambda;
        final double tLast = t[n - 1];
        final double yLast = y[n - 1];
        final java.util.function.DoubleUnaryOperator curve = h -> {
            if (h >= tLast) {
                return yLast * Math.exp(-finalLambda * (h - tLast));
            }
            double prevT = 0;
            double prevY = startFraction;
            for (int i = 0; i < n; i++) {
                if (h <= t[i]) {
                    return prevY + (y[i] - prevY) * (h - prevT) / (t[i] - prevT);
                }
                prevT = t[i];
                prevY = y[i];
            }
            return yLast;
        };
        return new CurveFit.Evaluated(FitModel.TRAPEZOID, total, total > 0 ? tailIntegral / total : 0, Double.NaN,
                Map.of("tail_rate_per_h", lambda), Map.of(), Double.NaN, curve, new double[0], warnings);
    }
}
