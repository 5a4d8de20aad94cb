package org.rediff.core.evidence;

/**
 * DerSimonian and Laird 1986 (Control Clin Trials 7:177, doi:10.1016/0197-2456(86)90046-2), in the general form
 * for meta-regression: τ² = (Q - (k - p)) / tr(P) with inverse-variance weights, truncated at 0.
 */
final class DerSimonianLairdEstimator implements Tau2Estimator {
    @Override
    public double estimate(double[] y, double[] v, double[][] x) {
        final WeightedLeastSquares fit = new WeightedLeastSquares(y, x, Tau2Estimator.weights(v, 0));
        final int residualDf = y.length - x[0].length;
        return Math.max(0, (fit.residualQuadraticForm() - residualDf) / fit.traceP());
    }
}
