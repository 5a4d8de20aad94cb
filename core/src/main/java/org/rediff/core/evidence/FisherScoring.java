package org.rediff.core.evidence;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathIllegalStateException;
import org.rediff.core.common.InvalidInputException;

/**
 * Solves an estimating equation score(τ²) = 0 for τ² ≥ 0 by Fisher scoring, τ² ← τ² + score/information (the
 * iteration metafor uses for ML, REML and EB), halving steps that would cross 0. Fisher scoring converges
 * linearly, and on ill-conditioned designs (an uncentred moderator such as the publication year) rounding noise
 * can keep it from meeting a tight threshold; it then hands over to Brent's method on a bracket of the score,
 * which finds the same root.
 */
final class FisherScoring {
    private static final int SCORING_ITERATIONS = 1_000;

    private FisherScoring() {
    }

    static double solve(String name, DoubleUnaryOperator score, DoubleUnaryOperator information, double start) {
        double tau2 = Math.max(0, start);
        for (int iteration = 0; iteration < SCORING_ITERATIONS; iteration++) {
            double step = score.applyAsDouble(tau2) / information.applyAsDouble(tau2);
            while (tau2 + step < 0) {
                step /= 2;
                if (Math.abs(step) < 1e-300 || Math.abs(step) < Tau2Estimator.THRESHOLD * 1e-6) {
                    return 0;
                }
            }
            tau2 += step;
            if (Tau2Estimator.converged(step, tau2)) {
                return Math.max(0, tau2);
            }
        }
        return bracketed(name, score);
    }

    private static double bracketed(String name, DoubleUnaryOperator score) {
        if (score.applyAsDouble(0) <= 0) {
            return 0;
        }
        double hi = 1e-4;
        while (score.applyAsDouble(hi) > 0) {
            hi *= 4;
            if (hi > 1e6) {
                throw new InvalidInputException(name + " estimation of tau² did not converge: the score stays positive "
                        + "up to tau² = 1e6; try method DL or PM");
            }
        }
        try {
            return new BracketingNthOrderBrentSolver(1e-15, 1e-12, 1e-300, 5)
                    .solve(10_000, score::applyAsDouble, 0, hi);
        } catch (MathIllegalStateException e) {
            throw new InvalidInputException(name + " estimation of tau² did not converge (" + e.getMessage()
                    + "); try method DL or PM");
        }
    }
}
