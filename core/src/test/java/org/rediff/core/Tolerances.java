package org.rediff.core;

/**
 * Named tolerances for reference tests, by kind of quantity. Relative tolerances apply as
 * |actual - expected| ≤ rel·|expected| + {@link #ABSOLUTE_FLOOR}, the floor covering exact zeros.
 */
public final class Tolerances {
    /** Closed-form and REML results against metafor run with tight convergence (issue 2: ≤ 1e-6 relative). */
    public static final double ESTIMATE_RELATIVE = 1e-6;
    /** Confidence and prediction bounds, same standard as the estimates. */
    public static final double CI_RELATIVE = 1e-6;
    /** p-values: same relative standard. */
    public static final double P_VALUE_RELATIVE = 1e-6;
    /** GLMM results against lme4's adaptive quadrature and optimiser (issue 2: ≤ 1e-3 relative). */
    public static final double GLMM_RELATIVE = 1e-3;
    /** Values printed with 4 decimals in a publication: half a unit in the last place. */
    public static final double PRINTED_4DP = 0.5e-4;
    /**
     * Absolute tolerance for I² (percent) when τ² lies on the boundary 0: metafor's Fisher scoring approaches the
     * boundary asymptotically and stops at τ² ≈ 1e-12, giving I² ≈ 1e-6 %, where the exact solution is 0.
     */
    public static final double I2_AT_BOUNDARY_PERCENT = 1e-5;
    /** Absolute floor for quantities that are exactly 0 in the reference. */
    public static final double ABSOLUTE_FLOOR = 1e-12;

    private Tolerances() {
    }

    public static boolean closeRelative(double actual, double expected, double relative) {
        if (Double.isNaN(expected)) {
            return Double.isNaN(actual);
        }
        return Math.abs(actual - expected) <= relative * Math.abs(expected) + ABSOLUTE_FLOOR;
    }
}
