package org.rediff.core.dosimetry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * An I-131 voxel S-value kernel (soft tissue or compact bone) of Lanconelli et al. 2012 (Phys Med Biol 57:517,
 * doi:10.1088/0031-9155/57/2/517): the dose to a voxel per unit time-integrated activity in a voxel at offset
 * (i, j, k), tabulated for |i|, |j|, |k| ≤ 5 and mirrored by symmetry; beyond 5 voxels the kernel is 0
 * (truncated, as published).
 */
public final class VoxelSValueKernel {
    /** Tabulated voxel sizes, mm. */
    public static final List<Double> VOXEL_SIZES_MM = List.of(2.21, 2.33, 2.4, 3.0, 3.59, 3.9, 4.0, 4.42, 4.8, 5.0,
            6.0, 6.8, 9.28);
    /** Largest tabulated offset, voxels. */
    public static final int REACH = 5;

    /** The medium the kernel was computed in (Lanconelli 2012: ICRU soft tissue, ICRU compact bone). */
    public enum Tissue {
        SOFT("soft"), BONE("bone");

        private final String code;

        Tissue(String code) {
            this.code = code;
        }

        /**
         * The code in file names and on the command line.
         *
         * @return {@code soft} or {@code bone}
         */
        public String code() {
            return code;
        }
    }

    private static final java.util.Map<String, VoxelSValueKernel> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private final double voxelMm;
    private final Tissue tissue;
    private final double[][][] octant = new double[REACH + 1][REACH + 1][REACH + 1];

    private VoxelSValueKernel(double voxelMm, Tissue tissue) {
        this.voxelMm = voxelMm;
        this.tissue = tissue;
        final String name = "voxel-s-values-I131/131I" + format(voxelMm) + "mm" + tissue.code() + ".txt";
        try (InputStream in = VoxelSValueKernel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing kernel resource " + name);
            }
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int rows = 0;
            for (String line; (line = r.readLine()) != null; ) {
                final String[] f = line.trim().split("\\s+");
                if (f.length == 4 && f[0].matches("\\d+")) {
                    octant[Integer.parseInt(f[0])][Integer.parseInt(f[1])][Integer.parseInt(f[2])] =
                            Double.parseDouble(f[3]);
                    rows++;
                }
            }
            if (rows != (REACH + 1) * (REACH + 1) * (REACH + 1)) {
                throw new IllegalStateException(name + ": expected 216 kernel values, read " + rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The kernel for a tabulated voxel size (mm); kernels are read once and kept (they are immutable).
     *
     * @param voxelMm one of {@link #VOXEL_SIZES_MM}, mm (matched to 1e-9 mm)
     * @return the kernel
     * @throws org.rediff.core.common.InvalidInputException if {@code voxelMm} is not a tabulated size
     */
    public static VoxelSValueKernel forVoxelSize(double voxelMm) {
        return forVoxelSize(voxelMm, Tissue.SOFT);
    }

    /**
     * The kernel for a tabulated voxel size (mm) in {@code tissue}.
     *
     * @param voxelMm one of {@link #VOXEL_SIZES_MM}, mm (matched to 1e-9 mm)
     * @param tissue soft tissue or compact bone
     * @return the kernel
     * @throws org.rediff.core.common.InvalidInputException if {@code voxelMm} is not a tabulated size
     */
    public static VoxelSValueKernel forVoxelSize(double voxelMm, Tissue tissue) {
        for (double s : VOXEL_SIZES_MM) {
            if (Math.abs(s - voxelMm) < 1e-9) {
                return CACHE.computeIfAbsent(tissue.code() + s, k -> new VoxelSValueKernel(s, tissue));
            }
        }
        throw new org.rediff.core.common.InvalidInputException("no I-131 voxel S-value kernel for " + voxelMm
                + " mm voxels; tabulated sizes are " + VOXEL_SIZES_MM + " mm");
    }

    /**
     * The kernel's voxel size.
     *
     * @return voxel size, mm
     */
    public double voxelMm() {
        return voxelMm;
    }

    /**
     * The kernel's medium.
     *
     * @return soft tissue or bone
     */
    public Tissue tissue() {
        return tissue;
    }

    /** S-value at offset (i, j, k) voxels, mGy/(MBq·s); 0 beyond the tabulated reach. */
    public double at(int i, int j, int k) {
        final int a = Math.abs(i);
        final int b = Math.abs(j);
        final int c = Math.abs(k);
        if (a > REACH || b > REACH || c > REACH) {
            return 0;
        }
        return octant[a][b][c];
    }

    /** Sum of the full 11×11×11 kernel: the dose at the centre of a uniform region larger than the kernel. */
    public double sum() {
        double s = 0;
        for (int i = -REACH; i <= REACH; i++) {
            for (int j = -REACH; j <= REACH; j++) {
                for (int k = -REACH; k <= REACH; k++) {
                    s += at(i, j, k);
                }
            }
        }
        return s;
    }

    private static String format(double mm) {
        return mm == Math.rint(mm) ? String.valueOf((long) mm) : String.format(Locale.ROOT, "%s", mm);
    }
}
