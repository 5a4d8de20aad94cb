package org.rediff.core.evidence;

import org.rediff.core.common.InvalidInputException;

/**
 * Empirical Bayes τ² (Morris 1983, J Am Stat Assoc 78:47; Berkey et al. 1995, Stat Med 14:395) by metafor's
 * iteration Δ = (y'Py · k/(k - p) - k) / Σ wᵢ with wᵢ = 1/(vᵢ + τ²), truncated at 0.
 */
final class EmpiricalBayesEstimator implements Tau2Estimator {
    @Override
    public double estimate(double[] y, double[] v, double[][] x) {
        final int k = y.length;
        final int p = x[0].length;
        double tau2 = new DerSimonianLairdEstimator().estimate(y, v, x);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            final double[] w = Tau2Estimator.weights(v, tau2);
            final WeightedLeastSquares fit = new WeightedLeastSquares(y, x, w);
            double sumW = 0;
            for (double wi : w) {
                sumW += wi;
            }
            double step = (fit.residualQuadraticForm() * k / (k - p) - k) / sumW;
            while (tau2 + step < 0) {
                step /= 2;
                if (Math.abs(step) < THRESHOLD) {
                    return 0;
                }
            }
            tau2 += step;
            if (Tau2Estimator.converged(step, tau2)) {
                return Math.max(0, tau2);
            }
        }
        throw new InvalidInputException("EB estimation of tau² did not converge in " + MAX_ITERATIONS
                + " iterations; try --method PM");
    }
}
