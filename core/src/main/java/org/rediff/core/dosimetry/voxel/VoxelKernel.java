package org.rediff.core.dosimetry.voxel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.VoxelSValueKernel;

/**
 * The 11×11×11 I-131 S-value kernel for an image's voxels, with the policy that made it. The Lanconelli 2012
 * kernels are tabulated for 13 cubic voxel sizes (2.21–9.28 mm); PET voxels rarely match one, so:
 * <ul>
 *   <li>a size within 0.5 % of a tabulated one takes that kernel ({@code tabulated});</li>
 *   <li>a size between two tabulated ones takes, offset by offset, the log-log interpolation of S against the
 *       voxel size between them ({@code interpolated}): S falls close to a power of the voxel size (about −3 for
 *       the self-dose, which scales as 1/mass), so a straight line in log-log is nearly exact between close
 *       neighbours;</li>
 *   <li>a size outside the table is refused: resample the images (extrapolating a kernel is not defensible);</li>
 *   <li>non-cubic voxels use the cube of equal volume, with a warning (the kernels are for cubes).</li>
 * </ul>
 *
 * @param values   S-values, mGy/(MBq·s), index {@code (i+5) + 11·((j+5) + 11·(k+5))} for offsets −5…5
 * @param voxelMm  the cubic voxel size the kernel is for, mm
 * @param tissue   the medium
 * @param policy   {@code tabulated} or {@code interpolated}
 * @param detail   what was done, e.g. "interpolated log-log between the 3.9 and 4 mm kernels"
 * @param warnings anisotropy and the like
 */
public record VoxelKernel(double[] values, double voxelMm, VoxelSValueKernel.Tissue tissue, String policy,
                          String detail, List<String> warnings) {
    /** Kernel side, voxels. */
    public static final int SIDE = 2 * VoxelSValueKernel.REACH + 1;
    private static final double TABULATED_TOLERANCE = 0.005;

    /**
     * The kernel for a grid's voxels.
     *
     * @param grid   the image grid
     * @param tissue the medium
     * @return the kernel and its policy
     * @throws InvalidInputException when the voxel size lies outside the tabulated range
     */
    public static VoxelKernel forGrid(VoxelGrid grid, VoxelSValueKernel.Tissue tissue) {
        final List<String> warnings = new ArrayList<>();
        final double d = Math.cbrt(grid.dxMm() * grid.dyMm() * grid.dzMm());
        final double longest = Math.max(grid.dxMm(), Math.max(grid.dyMm(), grid.dzMm()));
        final double shortest = Math.min(grid.dxMm(), Math.min(grid.dyMm(), grid.dzMm()));
        if (longest > shortest * 1.01) {
            warnings.add(String.format(Locale.ROOT, "voxels of %s are not cubic: the kernel is the one for cubes of "
                    + "the same volume (%.3f mm); neighbour doses along the long axis are approximate",
                    grid.describe().replaceFirst("^.* voxels of ", ""), d));
        }
        return forSize(d, tissue, warnings);
    }

    /**
     * The kernel for cubic voxels of {@code voxelMm}.
     *
     * @param voxelMm  voxel size, mm
     * @param tissue   the medium
     * @param warnings warnings so far (kept)
     * @return the kernel
     */
    static VoxelKernel forSize(double voxelMm, VoxelSValueKernel.Tissue tissue, List<String> warnings) {
        final List<Double> sizes = VoxelSValueKernel.VOXEL_SIZES_MM;
        for (double s : sizes) {
            if (Math.abs(voxelMm - s) <= TABULATED_TOLERANCE * s) {
                return new VoxelKernel(table(VoxelSValueKernel.forVoxelSize(s, tissue)), s, tissue, "tabulated",
                        "the tabulated " + VoxelGrid.mm(s) + " mm " + tissue.code() + " kernel", List.copyOf(warnings));
            }
        }
        if (voxelMm < sizes.get(0) || voxelMm > sizes.get(sizes.size() - 1)) {
            throw InvalidInputException.of("voxel_mm", String.format(Locale.ROOT, "%.3f", voxelMm),
                    "a voxel size within the tabulated I-131 kernels, " + VoxelGrid.mm(sizes.get(0)) + " to "
                            + VoxelGrid.mm(sizes.get(sizes.size() - 1)) + " mm (Lanconelli 2012): resample the images");
        }
        int upper = 1;
        while (sizes.get(upper) < voxelMm) {
            upper++;
        }
        return interpolated(voxelMm, sizes.get(upper - 1), sizes.get(upper), tissue, warnings);
    }

    /** The kernel for {@code voxelMm} interpolated log-log, offset by offset, between the tabulated s1 and s2. */
    static VoxelKernel interpolated(double voxelMm, double s1, double s2, VoxelSValueKernel.Tissue tissue,
                                    List<String> warnings) {
        final double[] a = table(VoxelSValueKernel.forVoxelSize(s1, tissue));
        final double[] b = table(VoxelSValueKernel.forVoxelSize(s2, tissue));
        final double w = Math.log(voxelMm / s1) / Math.log(s2 / s1);
        final double[] v = new double[a.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = a[i] > 0 && b[i] > 0 ? Math.exp((1 - w) * Math.log(a[i]) + w * Math.log(b[i]))
                    : (1 - w) * a[i] + w * b[i];
        }
        return new VoxelKernel(v, voxelMm, tissue, "interpolated", String.format(Locale.ROOT,
                "interpolated log-log between the %s and %s mm %s kernels for %.3f mm voxels", VoxelGrid.mm(s1),
                VoxelGrid.mm(s2), tissue.code(), voxelMm), List.copyOf(warnings));
    }

    /**
     * The S-value at an offset.
     *
     * @param i offset along x, voxels
     * @param j offset along y, voxels
     * @param k offset along z, voxels
     * @return mGy/(MBq·s), 0 beyond ±5
     */
    public double at(int i, int j, int k) {
        final int r = VoxelSValueKernel.REACH;
        if (Math.abs(i) > r || Math.abs(j) > r || Math.abs(k) > r) {
            return 0;
        }
        return values[(i + r) + SIDE * ((j + r) + SIDE * (k + r))];
    }

    /**
     * Sum of the kernel: the dose per unit time-integrated activity per voxel at the centre of a uniform region
     * larger than the kernel.
     *
     * @return mGy/(MBq·s)
     */
    public double sum() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double[] table(VoxelSValueKernel k) {
        final int r = VoxelSValueKernel.REACH;
        final double[] v = new double[SIDE * SIDE * SIDE];
        for (int kk = -r; kk <= r; kk++) {
            for (int j = -r; j <= r; j++) {
                for (int i = -r; i <= r; i++) {
                    v[(i + r) + SIDE * ((j + r) + SIDE * (kk + r))] = k.at(i, j, kk);
                }
            }
        }
        return v;
    }
}
