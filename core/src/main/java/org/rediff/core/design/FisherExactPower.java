package org.rediff.core.design;

/**
 * Unconditional power of the two-sided Fisher exact test (p-value: the sum of the hypergeometric probabilities
 * no larger than the observed one, with a relative tolerance of 1e-7 as R's fisher.test) for true proportions p1,
 * p2 and group sizes n1, n2: Σ over outcomes (x1, x2) of P(x1)·P(x2)·[p(x1, x2) ≤ α].
 */
final class FisherExactPower {
    private FisherExactPower() {
    }

    static double power(double p1, double p2, int n1, int n2, double alpha) {
        final double[] b1 = Binomial.pmf(n1, p1);
        final double[] b2 = Binomial.pmf(n2, p2);
        final int n = n1 + n2;
        final double[] logFact = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            logFact[i] = logFact[i - 1] + Math.log(i);
        }
        // For each total number of successes m, the rejection region over x1 is fixed: compute it once.
        double power = 0;
        for (int m = 0; m <= n; m++) {
            final int lo = Math.max(0, m - n2);
            final int hi = Math.min(n1, m);
            final double[] h = new double[hi - lo + 1];
            for (int x = lo; x <= hi; x++) {
                h[x - lo] = Math.exp(logFact[n1] - logFact[x] - logFact[n1 - x] + logFact[n2] - logFact[m - x]
                        - logFact[n2 - m + x] - (logFact[n] - logFact[m] - logFact[n - m]));
            }
            for (int x = lo; x <= hi; x++) {
                final double limit = h[x - lo] * (1 + 1e-7);
                double p = 0;
                for (double v : h) {
                    if (v <= limit) {
                        p += v;
                    }
                }
                if (p <= alpha) {
                    power += b1[x] * b2[m - x];
                }
            }
        }
        return power;
    }
}
