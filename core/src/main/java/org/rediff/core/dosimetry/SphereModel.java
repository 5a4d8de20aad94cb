package org.rediff.core.dosimetry;

import java.util.ArrayList;
import java.util.List;

/**
 * Absorbed dose to a uniformly active sphere from the I-131 voxel S-value kernel: the sphere is voxelised (voxel
 * centres within the radius, centred on a voxel) and the mean dose is Σ_t Σ_s S(t − s) / N² per unit
 * time-integrated activity in the sphere. The voxel size is the smallest tabulated one for which the radius
 * spans at most {@link VoxelSValueKernel#REACH} voxels, so small lesions are finely resolved and the truncated
 * kernel still reaches across most of a large one. The voxelised volume N·s³ differs from the lesion's; the dose
 * is scaled by N·s³/V (dose to a region with its energy absorbed scales as 1/mass).
 */
public final class SphereModel {
    private SphereModel() {
    }

    /**
     * The sphere's S-value.
     *
     * @param sValueMilliGrayPerMBqSecond mean dose per unit time-integrated activity in the lesion, mGy/(MBq·s)
     * @param voxelMm                     kernel voxel size used
     * @param voxels                      voxels in the voxelised sphere
     * @param volumeCorrection            N·s³/V applied
     */
    public record SphereSValue(double sValueMilliGrayPerMBqSecond, double voxelMm, int voxels,
                               double volumeCorrection) {
    }

    /**
     * The S-value of a uniformly active sphere of the given volume.
     *
     * @param volumeMl sphere volume, ml, above 0 (not checked here: {@link LesionInput} bounds it)
     * @return the mean dose per unit time-integrated activity, mGy/(MBq·s), with the voxel size and count used
     */
    public static SphereSValue forVolume(double volumeMl) {
        final double radiusMm = Math.cbrt(3 * volumeMl * 1000 / (4 * Math.PI));
        double chosen = VoxelSValueKernel.VOXEL_SIZES_MM.get(VoxelSValueKernel.VOXEL_SIZES_MM.size() - 1);
        for (double s : VoxelSValueKernel.VOXEL_SIZES_MM) {
            if (radiusMm / s <= VoxelSValueKernel.REACH) {
                chosen = s;
                break;
            }
        }
        final VoxelSValueKernel kernel = VoxelSValueKernel.forVoxelSize(chosen);
        final List<int[]> voxels = sphereVoxels(2 * radiusMm, chosen);
        final double perVoxelActivity = meanDosePerVoxelActivity(kernel, voxels);
        final int n = voxels.size();
        final double correction = n * chosen * chosen * chosen / (volumeMl * 1000);
        return new SphereSValue(perVoxelActivity / n * correction, chosen, n, correction);
    }

    /**
     * Mean dose over a voxelised sphere when every voxel holds unit time-integrated activity (1 MBq·s), mGy:
     * Σ_t Σ_s S(t − s) / N. Public for the reference checks of the kernel convolution.
     *
     * @param diameterMm sphere diameter, mm
     * @param voxelMm    a tabulated voxel size, mm ({@link VoxelSValueKernel#VOXEL_SIZES_MM})
     * @return mean dose per voxel activity, mGy
     * @throws org.rediff.core.common.InvalidInputException if {@code voxelMm} is not a tabulated size
     */
    public static double meanDosePerVoxelActivity(double diameterMm, double voxelMm) {
        return meanDosePerVoxelActivity(VoxelSValueKernel.forVoxelSize(voxelMm), sphereVoxels(diameterMm, voxelMm));
    }

    /**
     * Number of voxel centres within the sphere (at least 1).
     *
     * @param diameterMm sphere diameter, mm
     * @param voxelMm    voxel size, mm
     * @return the voxel count
     */
    public static int voxelCount(double diameterMm, double voxelMm) {
        return sphereVoxels(diameterMm, voxelMm).size();
    }

    private static double meanDosePerVoxelActivity(VoxelSValueKernel kernel, List<int[]> voxels) {
        final int r = VoxelSValueKernel.REACH;
        int extent = 0;
        for (int[] v : voxels) {
            extent = Math.max(extent, Math.max(Math.abs(v[0]), Math.max(Math.abs(v[1]), Math.abs(v[2]))));
        }
        final int size = 2 * extent + 1;
        final boolean[][][] inside = new boolean[size][size][size];
        for (int[] v : voxels) {
            inside[v[0] + extent][v[1] + extent][v[2] + extent] = true;
        }
        double total = 0;
        for (int[] t : voxels) {
            for (int i = -r; i <= r; i++) {
                for (int j = -r; j <= r; j++) {
                    for (int k = -r; k <= r; k++) {
                        final int a = t[0] + i + extent;
                        final int b = t[1] + j + extent;
                        final int c = t[2] + k + extent;
                        if (a >= 0 && b >= 0 && c >= 0 && a < size && b < size && c < size && inside[a][b][c]) {
                            total += kernel.at(i, j, k);
                        }
                    }
                }
            }
        }
        return total / voxels.size();
    }

    private static List<int[]> sphereVoxels(double diameterMm, double voxelMm) {
        final double r = diameterMm / 2 / voxelMm;
        final int m = (int) Math.ceil(r);
        final List<int[]> out = new ArrayList<>();
        for (int i = -m; i <= m; i++) {
            for (int j = -m; j <= m; j++) {
                for (int k = -m; k <= m; k++) {
                    if (i * i + j * j + k * k <= r * r + 1e-9) {
                        out.add(new int[] {i, j, k});
                    }
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, 0, 0});
        }
        return out;
    }
}
