package org.rediff.core.evidence;

import org.rediff.core.common.InvalidInputException;

/**
 * Maximum-likelihood and restricted maximum-likelihood τ² by Fisher scoring, truncated at 0 (Viechtbauer 2005,
 * J Educ Behav Stat 30:261, eq. 9 and 10; the updates metafor's rma.uni uses):
 * <ul>
 *   <li>ML: Δ = (y'PPy - Σ wᵢ) / Σ wᵢ²</li>
 *   <li>REML: Δ = (y'PPy - tr P) / tr(PP)</li>
 * </ul>
 * with wᵢ = 1/(vᵢ + τ²). Steps that would make τ² negative are halved.
 */
final class LikelihoodEstimator implements Tau2Estimator {
    private final boolean restricted;

    LikelihoodEstimator(boolean restricted) {
        this.restricted = restricted;
    }

    @Override
    public double estimate(double[] y, double[] v, double[][] x) {
        double tau2 = new DerSimonianLairdEstimator().estimate(y, v, x);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            final double[] w = Tau2Estimator.weights(v, tau2);
            final WeightedLeastSquares fit = new WeightedLeastSquares(y, x, w);
            double step;
            if (restricted) {
                step = (fit.squaredWeightedResiduals() - fit.traceP()) / fit.tracePP();
            } else {
                double sumW = 0;
                double sumW2 = 0;
                for (double wi : w) {
                    sumW += wi;
                    sumW2 += wi * wi;
                }
                step = (fit.squaredWeightedResiduals() - sumW) / sumW2;
            }
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
        throw new InvalidInputException((restricted ? "REML" : "ML") + " estimation of tau² did not converge in "
                + MAX_ITERATIONS + " Fisher-scoring iterations; try --method DL or PM");
    }
}
