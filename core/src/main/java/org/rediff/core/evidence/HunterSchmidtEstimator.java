package org.rediff.core.evidence;

/**
 * Hunter and Schmidt 2004 (Methods of Meta-Analysis, 2nd ed.) as metafor implements it:
 * τ² = (Q - k) / Σ wᵢ with wᵢ = 1/vᵢ, truncated at 0.
 */
final class HunterSchmidtEstimator implements Tau2Estimator {
    @Override
    public double estimate(double[] y, double[] v, double[][] x) {
        final double[] w = Tau2Estimator.weights(v, 0);
        final WeightedLeastSquares fit = new WeightedLeastSquares(y, x, w);
        double sumW = 0;
        for (double wi : w) {
            sumW += wi;
        }
        return Math.max(0, (fit.residualQuadraticForm() - y.length) / sumW);
    }
}
