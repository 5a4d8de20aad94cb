package org.rediff.core.evidence;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * Upper-tail probabilities computed directly from the regularised incomplete gamma and beta functions, so that
 * small p-values keep their relative precision (1 - cdf would cancel).
 */
final class UpperTail {
    private UpperTail() {
    }

    /** P(X ≥ x) for X ~ chi-square with df degrees of freedom. */
    static double chiSquared(double x, int df) {
        if (x <= 0) {
            return 1;
        }
        return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }

    /** P(X ≥ x) for X ~ F(df1, df2). */
    static double f(double x, int df1, int df2) {
        if (x <= 0) {
            return 1;
        }
        return Beta.regularizedBeta(df2 / (df2 + df1 * x), df2 / 2.0, df1 / 2.0);
    }
}
