package org.rediff.core.dosimetry.voxel;

/** How each voxel's time-activity curve is integrated. */
public enum VoxelFit {
    /**
     * Mono-exponential A·e^(−λt) by log-linear least squares on the positive values, with λ at least the physical
     * decay constant of I-131 (no voxel clears slower than the nuclide decays), integrated from 0 to ∞.
     */
    MONO("mono"),
    /**
     * Trapezoids from zero activity at administration through the measured points, then physical I-131 decay
     * after the last point (the conservative tail when nothing is known of later clearance).
     */
    TRAPEZOID("trapezoid");

    private final String code;

    VoxelFit(String code) {
        this.code = code;
    }

    /**
     * The code on the command line.
     *
     * @return {@code mono} or {@code trapezoid}
     */
    public String code() {
        return code;
    }
}
