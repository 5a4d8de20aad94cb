package org.rediff.core.dosimetry.voxel;

import java.util.List;

/**
 * A voxel dose calculation: the dose map, per-label statistics, the kernel used and what the user must know.
 *
 * @param grid            the grid of the series and of the map
 * @param dosePerGBqGy    dose per voxel, Gy per GBq of I-131 administered
 * @param kernel          the kernel and its policy
 * @param fit             the per-voxel integration used
 * @param labels          statistics per label, ascending (empty without a label map)
 * @param warnings        kernel policy, voxels integrated on too few values, and the like
 * @param fitSeconds      wall time of the per-voxel integration, s
 * @param convolveSeconds wall time of the convolution, s
 */
public record VoxelDoseResult(VoxelGrid grid, double[] dosePerGBqGy, VoxelKernel kernel, VoxelFit fit,
                              List<LabelDose> labels, List<String> warnings, double fitSeconds,
                              double convolveSeconds) {
    /**
     * The dose map in single precision, as image files store it.
     *
     * @return Gy per GBq per voxel
     */
    public float[] dosePerGBqGyAsFloat() {
        final float[] f = new float[dosePerGBqGy.length];
        for (int v = 0; v < f.length; v++) {
            f[v] = (float) dosePerGBqGy[v];
        }
        return f;
    }

    /**
     * The largest voxel dose.
     *
     * @return Gy per GBq (0 for an empty map)
     */
    public double maxDosePerGBqGy() {
        double m = 0;
        for (double v : dosePerGBqGy) {
            m = Math.max(m, v);
        }
        return m;
    }
}
