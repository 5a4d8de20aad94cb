package org.rediff.core.evidence;

/**
 * Empirical Bayes τ² (Morris 1983, J Am Stat Assoc 78:47; Berkey et al. 1995, Stat Med 14:395) by metafor's
 * iteration Δ = (y'Py · k/(k - p) - k) / Σ wᵢ with wᵢ = 1/(vᵢ + τ²), truncated at 0 ({@link FisherScoring}).
 */
final class EmpiricalBayesEstimator implements Tau2Estimator {
    @Override
    public double estimate(double[] y, double[] v, double[][] x) {
        final int k = y.length;
        final int p = x[0].length;
        final double start = new DerSimonianLairdEstimator().estimate(y, v, x);
        return FisherScoring.solve("EB", tau2 -> new WeightedLeastSquares(y, x, Tau2Estimator.weights(v, tau2))
                        .residualQuadraticForm() * k / (k - p) - k,
                tau2 -> LikelihoodEstimator.sum(Tau2Estimator.weights(v, tau2), 1), start);
    }
}
