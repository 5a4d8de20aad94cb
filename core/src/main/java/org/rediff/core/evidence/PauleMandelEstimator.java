package org.rediff.core.evidence;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.rediff.core.common.InvalidInputException;

/**
 * Paule and Mandel 1982 (J Res Natl Bur Stand 87:377): the τ² at which the generalised Q statistic, computed
 * with weights 1/(vᵢ + τ²), equals its expectation k - p; 0 when Q(0) is already below k - p. Q decreases in
 * τ², so the root is bracketed and found by Brent's method.
 */
final class PauleMandelEstimator implements Tau2Estimator {
    private static final double TAU2_MAX = 100_000;

    @Override
    public double estimate(double[] y, double[] v, double[][] x) {
        final int residualDf = y.length - x[0].length;
        final java.util.function.DoubleUnaryOperator excessQ = tau2 ->
                new WeightedLeastSquares(y, x, Tau2Estimator.weights(v, tau2)).residualQuadraticForm() - residualDf;
        if (excessQ.applyAsDouble(0) < 0) {
            return 0;
        }
        if (excessQ.applyAsDouble(TAU2_MAX) > 0) {
            throw new InvalidInputException("Paule-Mandel: Q stays above k - p for tau² up to " + TAU2_MAX
                    + "; the effects are too spread out for this estimator");
        }
        final BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-12, 1e-15, 1e-300, 5);
        return solver.solve(MAX_ITERATIONS, excessQ::applyAsDouble, 0, TAU2_MAX);
    }
}
