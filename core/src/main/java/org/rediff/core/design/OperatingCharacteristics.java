package org.rediff.core.design;

import org.rediff.core.common.InvalidInputException;

/**
 * Exact operating characteristics of single-arm designs at any true response rate p, by binomial sums.
 *
 * <p>A two-stage design (stop after stage 1 if at most r1 responses in n1; promising if more than r responses in
 * n) declares the treatment promising with probability Σ_{x1 &gt; r1} b(x1; n1, p)·P(X2 &gt; r − x1),
 * X2 ~ Bin(n − n1, p), and enrols EN(p) = n1 + (1 − P(X1 ≤ r1))·(n − n1) patients on average. A single-stage design
 * (promising if more than r responses in n) is the two-stage design with n1 = n and r1 = r. At p0 and p1 these are
 * the attained α, power, EN(p0) and EN(p1) that {@code SimonTwoStage} and {@code SingleStageExact} report.
 */
public final class OperatingCharacteristics {
    private OperatingCharacteristics() {
    }

    /**
     * A design as its decision boundaries.
     *
     * @param r1 stage-1 futility boundary (stop if ≤ r1 responses in n1)
     * @param n1 stage-1 sample size
     * @param r  final boundary (promising if &gt; r responses in n)
     * @param n  total sample size
     */
    public record Boundaries(int r1, int n1, int r, int n) {
        /**
         * Checks the boundaries.
         *
         * @throws InvalidInputException unless 1 ≤ n1 ≤ n, −1 ≤ r1 &lt; n1 and r1 ≤ r &lt; n
         */
        public Boundaries {
            if (n1 < 1 || n < n1 || r1 < -1 || r1 >= n1 || r < r1 || r >= n) {
                throw new InvalidInputException("a design needs 1 <= n1 <= n, -1 <= r1 < n1 and r1 <= r < n, got r1="
                        + r1 + ", n1=" + n1 + ", r=" + r + ", n=" + n);
            }
        }

        /**
         * The boundaries of a Simon two-stage design.
         *
         * @param d the design
         * @return its r1, n1, r and n
         */
        public static Boundaries of(TwoStageDesign d) {
            return new Boundaries(d.r1(), d.n1(), d.r(), d.n());
        }

        /** A single-stage design: promising if more than r responses in n. */
        public static Boundaries singleStage(int r, int n) {
            return new Boundaries(r, n, r, n);
        }

        public boolean twoStage() {
            return n1 < n;
        }
    }

    /**
     * The operating characteristics at one response rate.
     *
     * @param p         true response rate
     * @param promising probability of declaring the treatment promising (α at p0, power at p1)
     * @param earlyStop probability of stopping after stage 1 (PET; 0 for a single-stage design)
     * @param expectedN expected number of patients enrolled
     */
    public record Point(double p, double promising, double earlyStop, double expectedN) {
    }

    /**
     * The operating characteristics of the design at p in [0, 1].
     *
     * @param d the design
     * @param p true response rate, in [0, 1]
     * @return the probability of a promising result, of early stopping, and the expected sample size
     * @throws InvalidInputException if {@code p} is not in [0, 1]
     */
    public static Point at(Boundaries d, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new InvalidInputException("p must be in [0, 1], got " + p);
        }
        final int n2 = d.n() - d.n1();
        final double[] pmf1 = Binomial.pmf(d.n1(), p);
        final double[] up2 = Binomial.upperTail(Binomial.pmf(n2, p));
        double promising = 0;
        for (int x1 = d.r1() + 1; x1 <= d.n1(); x1++) {
            final int need = d.r() + 1 - x1;
            promising += pmf1[x1] * (need <= 0 ? 1.0 : need > n2 ? 0.0 : up2[need]);
        }
        double stop = 0;
        if (d.twoStage()) {
            final double[] up1 = Binomial.upperTail(pmf1);
            stop = 1 - up1[d.r1() + 1];
        }
        return new Point(p, promising, stop, d.n1() + (1 - stop) * n2);
    }

    /** Probability of declaring the treatment promising at p. */
    public static double promising(Boundaries d, double p) {
        return at(d, p).promising();
    }

    /** Expected sample size at p. */
    public static double expectedN(Boundaries d, double p) {
        return at(d, p).expectedN();
    }

    /**
     * The curve at {@code steps + 1} equally spaced response rates from 0 to 1.
     *
     * @param d     the design
     * @param steps number of intervals, in [1, 10000]
     * @return the points, p increasing from 0 to 1
     * @throws InvalidInputException if {@code steps} is not in [1, 10000]
     */
    public static Point[] curve(Boundaries d, int steps) {
        if (steps < 1 || steps > 10_000) {
            throw new InvalidInputException("steps must be in [1, 10000], got " + steps);
        }
        final Point[] out = new Point[steps + 1];
        for (int i = 0; i <= steps; i++) {
            out[i] = at(d, i == steps ? 1.0 : (double) i / steps);
        }
        return out;
    }
}
