package org.rediff.core.dosimetry.voxel;

import org.rediff.core.common.InvalidInputException;

/**
 * The shape of a co-registered image series: voxel counts along x, y, z and the voxel spacing in mm. Voxel
 * (x, y, z) is element {@code x + nx·(y + ny·z)} of every image array.
 *
 * @param nx   voxels along x, at least 1
 * @param ny   voxels along y, at least 1
 * @param nz   voxels along z, at least 1
 * @param dxMm spacing along x, mm, above 0
 * @param dyMm spacing along y, mm, above 0
 * @param dzMm spacing along z, mm, above 0
 */
public record VoxelGrid(int nx, int ny, int nz, double dxMm, double dyMm, double dzMm) {
    public VoxelGrid {
        if (nx < 1 || ny < 1 || nz < 1 || (long) nx * ny * nz > Integer.MAX_VALUE / 2) {
            throw new InvalidInputException("image size " + nx + "×" + ny + "×" + nz + " voxels: each side must be "
                    + "at least 1 and the image at most " + Integer.MAX_VALUE / 2 + " voxels");
        }
        for (double d : new double[] {dxMm, dyMm, dzMm}) {
            if (!(d > 0) || !Double.isFinite(d)) {
                throw new InvalidInputException("voxel spacing " + dxMm + " × " + dyMm + " × " + dzMm + " mm: each "
                        + "must be a positive number of mm");
            }
        }
    }

    /**
     * Voxel count.
     *
     * @return nx·ny·nz
     */
    public int voxels() {
        return nx * ny * nz;
    }

    /**
     * Volume of one voxel.
     *
     * @return ml (cm³)
     */
    public double voxelVolumeMl() {
        return dxMm * dyMm * dzMm / 1000;
    }

    /**
     * Whether two grids describe the same voxels (counts equal, spacing within 0.1 %).
     *
     * @param other the other grid
     * @return true when images on both can be combined voxel by voxel
     */
    public boolean matches(VoxelGrid other) {
        return nx == other.nx && ny == other.ny && nz == other.nz && close(dxMm, other.dxMm)
                && close(dyMm, other.dyMm) && close(dzMm, other.dzMm);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-3 * Math.max(a, b);
    }

    /**
     * The grid as text for messages.
     *
     * @return e.g. {@code 128×128×160 voxels of 4×4×4 mm}
     */
    public String describe() {
        return nx + "×" + ny + "×" + nz + " voxels of " + mm(dxMm) + "×" + mm(dyMm) + "×" + mm(dzMm) + " mm";
    }

    /** A length in mm as text: whole numbers without decimals ({@code 4}, {@code 3.9}). */
    static String mm(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
