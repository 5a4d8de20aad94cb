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
    /**
     * Absorbed dose (and dose per activity) recomputed by hand from the same ICRP 107 emission data: limited by the
     * core's Δ_np constant, 191.8479 keV, being the JSON sum 191.847868 keV rounded to 7 significant figures
     * (1.7e-7 relative); 1e-6 leaves room for a different summation order, nothing more.
     */
    public static final double DOSE_RELATIVE = 1e-6;
    /**
     * Nonlinear least-squares fits to noise-free data generated from the model itself (zero-residual problems, where
     * Gauss-Newton/Levenberg-Marquardt converge quadratically): the residence time and rates must come back to 1e-6.
     */
    public static final double FIT_EXACT_RELATIVE = 1e-6;
    /**
     * Sums of the same tabulated kernel values in another order (double rounding only): 1e-9 relative, far below
     * the 3 significant figures Lanconelli et al. tabulate.
     */
    public static final double KERNEL_ARITHMETIC_RELATIVE = 1e-9;
    /** Absolute floor for quantities that are exactly 0 in the reference. */
    public static final double ABSOLUTE_FLOOR = 1e-12;

    private Tolerances() {
    }

    /**
     * Half a unit in the last printed place of a value printed to {@code significantFigures} significant figures
     * (e.g. 5.2088e-02 at 5 figures: 0.5e-6), the tolerance for a reference value quoted at those digits.
     */
    public static double halfUnitInLastPlace(double printed, int significantFigures) {
        final int exponent = (int) Math.floor(Math.log10(Math.abs(printed)));
        return 0.5 * Math.pow(10, exponent - significantFigures + 1);
    }

    public static boolean closeRelative(double actual, double expected, double relative) {
        if (Double.isNaN(expected)) {
            return Double.isNaN(actual);
        }
        return Math.abs(actual - expected) <= relative * Math.abs(expected) + ABSOLUTE_FLOOR;
    }
}
