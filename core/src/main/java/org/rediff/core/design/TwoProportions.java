package org.rediff.core.design;

import java.util.Locale;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.rediff.core.common.InvalidInputException;

/**
 * Sample size to compare two proportions with a two-sided test: the normal approximation of R's
 * power.prop.test (strict = FALSE), generalised to an allocation ratio k = n2/n1 —
 * n1 = (z_{1−α/2}·√(p̄q̄(1 + 1/k)) + z_{1−β}·√(p1q1 + p2q2/k))² / (p1 − p2)², p̄ = (p1 + k·p2)/(1 + k) — the
 * Fleiss (1980) continuity correction n1' = n1/4·(1 + √(1 + 2(k + 1)/(k·n1·|p1 − p2|)))², and the exact option:
 * the smallest n1 at which the unconditional power of the two-sided Fisher exact test reaches the target.
 */
public final class TwoProportions {
    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    private TwoProportions() {
    }

    /** Method of the sample-size calculation. */
    public enum Method { NORMAL, CONTINUITY_CORRECTED, EXACT;

        /**
         * The code of inputs and reports.
         *
         * @return normal, cc or exact
         */
        public String code() {
            return switch (this) {
                case NORMAL -> "normal";
                case CONTINUITY_CORRECTED -> "cc";
                case EXACT -> "exact";
            };
        }

        /**
         * The display label.
         *
         * @return e.g. "continuity-corrected normal approximation"
         */
        public String label() {
            return switch (this) {
                case NORMAL -> "normal approximation";
                case CONTINUITY_CORRECTED -> "continuity-corrected normal approximation";
                case EXACT -> "Fisher exact test";
            };
        }

        /**
         * Reads a method code.
         *
         * @param text normal, cc (or continuity) or exact
         * @return the method
         * @throws InvalidInputException if {@code text} is none of these (or null)
         */
        public static Method parse(String text) {
            return switch (text == null ? "" : text) {
                case "normal" -> NORMAL;
                case "cc", "continuity" -> CONTINUITY_CORRECTED;
                case "exact" -> EXACT;
                default -> throw InvalidInputException.of("method", "'" + text + "'", "must be normal, cc or exact");
            };
        }
    }

    /**
     * Group sizes and attained power.
     *
     * @param n1Exact  unrounded group-1 size from the formula (NaN for the exact method)
     * @param n1       group-1 size, rounded up
     * @param n2       group-2 size, rounded up (k·n1)
     * @param total    n1 + n2
     * @param power    attained power at the rounded sizes, of the test the method plans for: the uncorrected or the
     *                 continuity-corrected normal test, or the Fisher exact test
     * @param method   method
     */
    public record Result(double n1Exact, int n1, int n2, int total, double power, Method method) {
    }

    /**
     * Group sizes for a two-sided comparison of two proportions.
     *
     * @param p1     proportion in group 1, in (0, 1)
     * @param p2     proportion in group 2, in (0, 1), not equal to p1
     * @param alpha  two-sided type I error, in (0, 0.5]
     * @param power  target power, in [0.5, 1)
     * @param ratio  allocation ratio k = n2/n1, in (0, 10]
     * @param method normal approximation, continuity-corrected, or exact (Fisher)
     * @return n1, n2 = ⌈k·n1⌉, their total and the attained power
     * @throws InvalidInputException if a value is out of its range, or with the exact method no n1 ≤ 2000
     *                               reaches the power
     */
    public static Result sampleSize(double p1, double p2, double alpha, double power, double ratio, Method method) {
        DesignRequirements.probability(p1, "p1");
        DesignRequirements.probability(p2, "p2");
        if (p1 == p2) {
            throw InvalidInputException.of("p2", p2, "must differ from {p1}");
        }
        DesignRequirements.errorRate(alpha, "alpha");
        if (!(power >= 0.5 && power < 1)) {
            throw InvalidInputException.of("power", power, "must be in [0.5, 1)");
        }
        if (!(ratio > 0 && ratio <= 10)) {
            throw InvalidInputException.of("ratio", ratio, "must be in (0, 10]");
        }
        final double n = normalN(p1, p2, alpha, power, ratio);
        if (method == Method.NORMAL) {
            final int n1 = (int) Math.ceil(n - 1e-9);
            final int n2 = (int) Math.ceil(ratio * n1 - 1e-9);
            return new Result(n, n1, n2, n1 + n2, normalPower(p1, p2, alpha, n1, ratio), method);
        }
        if (method == Method.CONTINUITY_CORRECTED) {
            final double d = Math.abs(p1 - p2);
            final double ncc = n / 4 * Math.pow(1 + Math.sqrt(1 + 2 * (ratio + 1) / (ratio * n * d)), 2);
            final int n1 = (int) Math.ceil(ncc - 1e-9);
            final int n2 = (int) Math.ceil(ratio * n1 - 1e-9);
            return new Result(ncc, n1, n2, n1 + n2, continuityCorrectedPower(p1, p2, alpha, n1, ratio), method);
        }
        for (int n1 = Math.max(2, (int) Math.floor(n * 0.7)); n1 <= 2000; n1++) {
            final int n2 = (int) Math.ceil(ratio * n1 - 1e-9);
            final double exact = FisherExactPower.power(p1, p2, n1, n2, alpha);
            if (exact >= power) {
                return new Result(Double.NaN, n1, n2, n1 + n2, exact, method);
            }
        }
        throw new InvalidInputException(String.format(Locale.ROOT, "no n1 <= 2000 reaches power %.3f with the exact "
                + "test", power));
    }

    static double normalN(double p1, double p2, double alpha, double power, double k) {
        final double za = NORMAL.inverseCumulativeProbability(1 - alpha / 2);
        final double zb = NORMAL.inverseCumulativeProbability(power);
        final double pbar = (p1 + k * p2) / (1 + k);
        final double numerator = za * Math.sqrt(pbar * (1 - pbar) * (1 + 1 / k)) + zb * Math.sqrt(p1 * (1 - p1)
                + p2 * (1 - p2) / k);
        return numerator * numerator / ((p1 - p2) * (p1 - p2));
    }

    /**
     * Power of the two-sided continuity-corrected test at group sizes n1 and k·n1: the normal approximation with
     * |p1 − p2| reduced by the Yates correction ½(1/n1 + 1/n2). Fleiss's n1' above is the root of this power = target
     * (solve √n1·(|p1 − p2| − (1 + 1/k)/(2·n1)) = √n1(uncorrected)·|p1 − p2| for √n1), so at the rounded-up n1 it is
     * at least the target.
     *
     * @param p1    proportion in group 1
     * @param p2    proportion in group 2
     * @param alpha two-sided type I error
     * @param n1    group-1 size
     * @param k     allocation ratio n2/n1
     * @return the power, in [0, 1]
     */
    public static double continuityCorrectedPower(double p1, double p2, double alpha, double n1, double k) {
        final double za = NORMAL.inverseCumulativeProbability(1 - alpha / 2);
        final double pbar = (p1 + k * p2) / (1 + k);
        final double se0 = Math.sqrt(pbar * (1 - pbar) * (1 + 1 / k));
        final double se1 = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2) / k);
        final double corrected = Math.abs(p1 - p2) - (1 + 1 / k) / (2 * n1);
        return NORMAL.cumulativeProbability((Math.sqrt(n1) * corrected - za * se0) / se1);
    }

    /**
     * Power of the two-sided normal-approximation test at group sizes n1 and k·n1 (power.prop.test, strict = FALSE).
     *
     * @param p1    proportion in group 1
     * @param p2    proportion in group 2
     * @param alpha two-sided type I error
     * @param n1    group-1 size
     * @param k     allocation ratio n2/n1
     * @return the power, in [0, 1]
     */
    public static double normalPower(double p1, double p2, double alpha, double n1, double k) {
        final double za = NORMAL.inverseCumulativeProbability(1 - alpha / 2);
        final double pbar = (p1 + k * p2) / (1 + k);
        final double se0 = Math.sqrt(pbar * (1 - pbar) * (1 + 1 / k));
        final double se1 = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2) / k);
        return NORMAL.cumulativeProbability((Math.sqrt(n1) * Math.abs(p1 - p2) - za * se0) / se1);
    }
}
