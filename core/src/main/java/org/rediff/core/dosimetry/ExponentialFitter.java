package org.rediff.core.dosimetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DiagonalMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Weighted least-squares fit of an exponential time-activity model by Levenberg-Marquardt, with relative weights
 * wᵢ = 1/max(yᵢ, 1% of the largest y)² (proportional measurement error), several starting values, and:
 * <ul>
 *   <li>parameter covariance s²·(JᵀWJ)⁻¹ with s² = weighted RSS/(n − K), carried to the natural parameters by
 *   the delta method; CVs and correlations from it (acceptance: CV &lt; 50%, |r| &lt; 0.8; EJNMMI Phys
 *   2021;8:39);</li>
 *   <li>AICc = n·ln(RSS/n) + 2K + 2K(K+1)/(n − K − 1), defined when n &gt; K + 1;</li>
 *   <li>Monte Carlo samples of the residence time from θ ~ N(θ̂, Cov) with a seeded generator.</li>
 * </ul>
 */
final class ExponentialFitter {
    static final int MONTE_CARLO_SAMPLES = 2000;
    private static final double THETA_MIN = -30;
    private static final double THETA_MAX = 8;

    private ExponentialFitter() {
    }

    static CurveFit fit(TimeActivityCurve c, FitModel model, double lp, long seed) {
        final ExponentialShape shape = ExponentialShape.of(model);
        final double[] t = c.hours();
        final double[] y = c.fractions();
        final int n = t.length;
        final int k = model.parameters();
        if (n < model.minimumPoints()) {
            return new CurveFit.NotEvaluable(model, model.code() + " needs at least " + model.minimumPoints()
                    + " measurements, got " + n);
        }
        if (ExponentialShape.max(y) <= 0) {
            return new CurveFit.NotEvaluable(model, "no measurement above zero");
        }
        final double floor = 0.01 * ExponentialShape.max(y);
        final double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            final double s = Math.max(y[i], floor);
            w[i] = 1 / (s * s);
        }
        LeastSquaresOptimizer.Optimum best = null;
        String failure = "no starting value converged";
        for (double[] start : shape.starts(t, y, lp)) {
            try {
                final LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(
                        new LeastSquaresBuilder().start(clamp(start)).target(y).weight(new DiagonalMatrix(w))
                                .model(point -> jacobian(shape, point.toArray(), t, lp))
                                .parameterValidator(v -> new ArrayRealVector(clamp(v.toArray())))
                                .maxEvaluations(20_000).maxIterations(5_000).build());
                if (best == null || o.getCost() < best.getCost()) {
                    best = o;
                }
            } catch (MathIllegalStateException | MathIllegalArgumentException e) {
                failure = e.getMessage();
            }
        }
        if (best == null) {
            return new CurveFit.NotConverged(model, failure);
        }
        final double[] th = best.getPoint().toArray();
        final double integral = shape.integralFrom(th, 0, lp);
        if (!Double.isFinite(integral) || integral <= 0) {
            return new CurveFit.NotConverged(model, "fitted integral is not finite and positive");
        }
        final double rss = best.getCost() * best.getCost();
        final double aicc = n - k - 1 > 0 ? n * Math.log(rss / n) + 2 * k + 2.0 * k * (k + 1) / (n - k - 1)
                : Double.NaN;
        final List<DosimetryWarning> warnings = new ArrayList<>();
        final String region = c.region();
        RealMatrix covTheta = null;
        if (n > k) {
            try {
                covTheta = best.getCovariances(1e-14).scalarMultiply(rss / (n - k));
            } catch (MathIllegalArgumentException e) {
                warnings.add(DosimetryWarning.of(DosimetryWarning.Kind.NO_COVARIANCE, region,
                        "parameter covariance not estimable (singular information matrix)"));
            }
        } else {
            warnings.add(DosimetryWarning.of(DosimetryWarning.Kind.NO_COVARIANCE, region,
                    "as many parameters as measurements: no uncertainty can be estimated"));
        }
        final Map<String, Double> natural = shape.natural(th, lp);
        final Map<String, Double> cv = new LinkedHashMap<>();
        double maxCorrelation = Double.NaN;
        double[] samples = new double[0];
        if (covTheta != null) {
            final RealMatrix g = naturalJacobian(shape, th, lp);
            final RealMatrix covNatural = g.multiply(covTheta).multiplyTransposed(g);
            final List<String> names = new ArrayList<>(natural.keySet());
            maxCorrelation = 0;
            for (int i = 0; i < names.size(); i++) {
                final double sd = Math.sqrt(Math.max(0, covNatural.getEntry(i, i)));
                cv.put(names.get(i), sd / Math.abs(natural.get(names.get(i))));
                for (int j = 0; j < i; j++) {
                    final double r = covNatural.getEntry(i, j)
                            / Math.sqrt(covNatural.getEntry(i, i) * covNatural.getEntry(j, j));
                    if (Double.isFinite(r)) {
                        maxCorrelation = Math.max(maxCorrelation, Math.abs(r));
                    }
                }
            }
            cv.forEach((name, value) -> {
                if (!(value < 0.5)) {
                    warnings.add(new DosimetryWarning(DosimetryWarning.Kind.PARAMETER_CV, region,
                            String.format(Locale.ROOT, "parameter %s has CV %.0f%% (acceptance < 50%%)", name,
                                    100 * value), String.format(Locale.ROOT, "%s CV %.0f%%", name, 100 * value),
                            value));
                }
            });
            if (maxCorrelation >= 0.8) {
                warnings.add(new DosimetryWarning(DosimetryWarning.Kind.PARAMETERS_CORRELATED, region,
                        String.format(Locale.ROOT, "parameters correlated |r| = %.2f (acceptance < 0.8)",
                                maxCorrelation), String.format(Locale.ROOT, "|r| = %.2f", maxCorrelation),
                        maxCorrelation));
            }
            samples = sample(shape, new ArrayList<>(natural.values()).stream().mapToDouble(Double::doubleValue)
                    .toArray(), covNatural, lp, seed);
        }
        for (int j = 0; j < th.length; j++) {
            if (th[j] <= THETA_MIN + 1) {
                warnings.add(DosimetryWarning.of(DosimetryWarning.Kind.RATE_AT_BOUND, region, "a rate parameter sits "
                        + "at its bound (clearance at the physical-decay limit or rates merging); the model may be "
                        + "over-parameterised"));
                break;
            }
        }
        final double tail = shape.integralFrom(th, c.lastHours(), lp);
        return new CurveFit.Evaluated(model, integral, tail / integral, aicc, natural, cv, maxCorrelation,
                h -> shape.value(th, h, lp), samples, warnings);
    }

    /**
     * Residence-time draws from the natural parameters ~ N(p̂, Cov_p) (delta-method covariance), clamped to the
     * constraints; sampling the natural rather than the log-transformed parameters keeps a rate that is poorly
     * determined near the physical-decay bound from producing implausibly fast clearances.
     */
    private static double[] sample(ExponentialShape shape, double[] th, RealMatrix cov, double lp, long seed) {
        final RealMatrix root = squareRoot(cov);
        if (root == null) {
            return new double[0];
        }
        final SplittableRandom random = new SplittableRandom(seed);
        final double[] out = new double[MONTE_CARLO_SAMPLES];
        final double[] z = new double[th.length];
        for (int s = 0; s < MONTE_CARLO_SAMPLES; s++) {
            for (int j = 0; j < z.length; j++) {
                z[j] = gaussian(random);
            }
            final double[] draw = root.operate(z);
            for (int j = 0; j < th.length; j++) {
                draw[j] += th[j];
            }
            out[s] = shape.integralNatural(draw, lp);
        }
        return out;
    }

    /**
     * A matrix L with L·Lᵀ = cov: Cholesky when cov is positive definite, otherwise the symmetric eigen-
     * decomposition with negative eigenvalues (rounding, or a parameter at its bound) set to 0, i.e. the nearest
     * positive semi-definite covariance. Null when cov has non-finite entries.
     */
    private static RealMatrix squareRoot(RealMatrix covariance) {
        // Rounding in the delta-method product leaves tiny asymmetries; average them out first.
        final RealMatrix cov = covariance.add(covariance.transpose()).scalarMultiply(0.5);
        for (double[] row : cov.getData()) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
        }
        try {
            return new CholeskyDecomposition(cov, 1e-12, 1e-300).getL();
        } catch (MathIllegalArgumentException e) {
            final EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(cov, 1e-12, false);
            final double[] values = eigen.getEigenvalues();
            final RealMatrix v = eigen.getV();
            final int n = values.length;
            final RealMatrix scaled = v.copy();
            for (int j = 0; j < n; j++) {
                final double s = Math.sqrt(Math.max(0, values[j]));
                for (int i = 0; i < n; i++) {
                    scaled.setEntry(i, j, v.getEntry(i, j) * s);
                }
            }
            return scaled;
        }
    }

    /** Standard normal deviate by the Box-Muller transform (SplittableRandom has no nextGaussian on Java 17). */
    private static double gaussian(SplittableRandom random) {
        final double u = 1 - random.nextDouble();
        final double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static Pair<org.hipparchus.linear.RealVector, RealMatrix> jacobian(ExponentialShape shape, double[] th,
                                                                                double[] t, double lp) {
        final int n = t.length;
        final double[] values = new double[n];
        final double[][] jac = new double[n][th.length];
        for (int i = 0; i < n; i++) {
            values[i] = shape.value(th, t[i], lp);
            for (int j = 0; j < th.length; j++) {
                final double h = 1e-6 * Math.max(1, Math.abs(th[j]));
                final double[] up = th.clone();
                final double[] down = th.clone();
                up[j] += h;
                down[j] -= h;
                jac[i][j] = (shape.value(up, t[i], lp) - shape.value(down, t[i], lp)) / (2 * h);
            }
        }
        return new Pair<>(new ArrayRealVector(values), new Array2DRowRealMatrix(jac, false));
    }

    private static RealMatrix naturalJacobian(ExponentialShape shape, double[] th, double lp) {
        final List<Double> base = new ArrayList<>(shape.natural(th, lp).values());
        final double[][] g = new double[base.size()][th.length];
        for (int j = 0; j < th.length; j++) {
            final double h = 1e-6 * Math.max(1, Math.abs(th[j]));
            final double[] up = th.clone();
            final double[] down = th.clone();
            up[j] += h;
            down[j] -= h;
            final List<Double> vu = new ArrayList<>(shape.natural(up, lp).values());
            final List<Double> vd = new ArrayList<>(shape.natural(down, lp).values());
            for (int i = 0; i < base.size(); i++) {
                g[i][j] = (vu.get(i) - vd.get(i)) / (2 * h);
            }
        }
        return new Array2DRowRealMatrix(g, false);
    }

    private static double[] clamp(double[] v) {
        final double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(THETA_MIN, Math.min(THETA_MAX, Double.isFinite(out[i]) ? out[i] : 0));
        }
        return out;
    }
}
