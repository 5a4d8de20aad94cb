package org.rediff.core.design;

import org.hipparchus.special.Gamma;

/** Binomial probability tables for exact design calculations (log-space coefficients, no overflow up to n ~ 10⁴). */
final class Binomial {
    private Binomial() {
    }

    /**
     * pmf[x] = P(X = x), X ~ Bin(n, p), for p in [0, 1]. At p = 0 and p = 1 all the mass is at 0 and n, set
     * directly: the log-space sum would give 0·log 0 = NaN there.
     */
    static double[] pmf(int n, double p) {
        final double[] out = new double[n + 1];
        if (p == 0 || p == 1) {
            out[p == 0 ? 0 : n] = 1;
            return out;
        }
        final double lp = Math.log(p);
        final double lq = Math.log1p(-p);
        final double lnFactN = Gamma.logGamma(n + 1.0);
        for (int x = 0; x <= n; x++) {
            out[x] = Math.exp(lnFactN - Gamma.logGamma(x + 1.0) - Gamma.logGamma(n - x + 1.0) + x * lp + (n - x) * lq);
        }
        return out;
    }

    /** upper[x] = P(X ≥ x), with upper[n + 1] = 0, summed from the tail for accuracy. */
    static double[] upperTail(double[] pmf) {
        final int n = pmf.length - 1;
        final double[] out = new double[n + 2];
        for (int x = n; x >= 0; x--) {
            out[x] = out[x + 1] + pmf[x];
        }
        return out;
    }
}
