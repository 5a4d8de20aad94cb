package org.rediff.core.evidence;

/**
 * Maximum-likelihood and restricted maximum-likelihood τ² by Fisher scoring, truncated at 0 (Viechtbauer 2005,
 * J Educ Behav Stat 30:261, eq. 9 and 10; the updates metafor's rma.uni uses):
 * <ul>
 *   <li>ML: Δ = (y'PPy - Σ wᵢ) / Σ wᵢ²</li>
 *   <li>REML: Δ = (y'PPy - tr P) / tr(PP)</li>
 * </ul>
 * with wᵢ = 1/(vᵢ + τ²), starting from the DerSimonian-Laird value ({@link FisherScoring}).
 */
final class LikelihoodEstimator implements Tau2Estimator {
    private final boolean restricted;

    LikelihoodEstimator(boolean restricted) {
        this.restricted = restricted;
    }

    @Override
    public double estimate(double[] y, double[] v, double[][] x) {
        final double start = new DerSimonianLairdEstimator().estimate(y, v, x);
        return FisherScoring.solve(restricted ? "REML" : "ML", tau2 -> {
            final double[] w = Tau2Estimator.weights(v, tau2);
            final WeightedLeastSquares fit = new WeightedLeastSquares(y, x, w);
            return fit.squaredWeightedResiduals() - (restricted ? fit.traceP() : sum(w, 1));
        }, tau2 -> {
            final double[] w = Tau2Estimator.weights(v, tau2);
            return restricted ? new WeightedLeastSquares(y, x, w).tracePP() : sum(w, 2);
        }, start);
    }

    static double sum(double[] w, int power) {
        double s = 0;
        for (double wi : w) {
            s += power == 1 ? wi : wi * wi;
        }
        return s;
    }
}
