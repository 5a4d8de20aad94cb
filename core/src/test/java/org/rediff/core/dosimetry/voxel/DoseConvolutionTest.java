package org.rediff.core.dosimetry.voxel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rediff.core.dosimetry.SphereModel;
import org.rediff.core.dosimetry.VoxelSValueKernel.Tissue;

/**
 * The FFT convolution against independent calculations: a direct spatial sum over the kernel on a random map,
 * the centre of a uniform sphere larger than the kernel (the kernel's sum), and the mean dose of a voxelised
 * uniform sphere from the lesion planner's direct-sum {@link SphereModel}.
 */
class DoseConvolutionTest {
    private static TimeIntegratedActivity map(VoxelGrid g, double[] tia) {
        return new TimeIntegratedActivity(g, tia, 0, 0);
    }

    @Test
    void theFftEqualsTheDirectSumOnARandomMap() {
        final VoxelGrid g = new VoxelGrid(9, 8, 7, 4, 4, 4);
        final Random random = new Random(7);
        final double[] tia = new double[g.voxels()];
        for (int v = 0; v < tia.length; v++) {
            tia[v] = random.nextDouble() < 0.3 ? 0 : random.nextDouble() * 100;
        }
        final VoxelKernel k = VoxelKernel.forGrid(g, Tissue.SOFT);
        final double[] dose = DoseConvolution.dosePerGBq(map(g, tia), k);
        double worst = 0;
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    double direct = 0;
                    for (int c = 0; c < g.nz(); c++) {
                        for (int b = 0; b < g.ny(); b++) {
                            for (int a = 0; a < g.nx(); a++) {
                                direct += tia[a + g.nx() * (b + g.ny() * c)] * k.at(x - a, y - b, z - c);
                            }
                        }
                    }
                    final double fft = dose[x + g.nx() * (y + g.ny() * z)] * 1000;
                    worst = Math.max(worst, Math.abs(fft - direct) / direct);
                }
            }
        }
        // estimate tolerance: double-precision FFT round-off
        assertThat(worst).isLessThan(1e-9);
    }

    @Test
    void aUniformSphereMatchesTheKernelSumAtItsCentreAndTheSphereModelOnAverage() {
        final VoxelGrid g = new VoxelGrid(31, 31, 31, 4, 4, 4);
        final double diameterMm = 88; // 11 voxels of radius: contains the whole 11³ kernel around the centre
        final double[] tia = new double[g.voxels()];
        final int[] labels = new int[g.voxels()];
        final double r = diameterMm / 2 / 4;
        for (int z = 0; z < 31; z++) {
            for (int y = 0; y < 31; y++) {
                for (int x = 0; x < 31; x++) {
                    final int dx = x - 15;
                    final int dy = y - 15;
                    final int dz = z - 15;
                    if (dx * dx + dy * dy + dz * dz <= r * r + 1e-9) {
                        tia[x + 31 * (y + 31 * z)] = 1; // 1 MBq·s per voxel
                        labels[x + 31 * (y + 31 * z)] = 1;
                    }
                }
            }
        }
        final VoxelKernel k = VoxelKernel.forGrid(g, Tissue.SOFT);
        final double[] dose = DoseConvolution.dosePerGBq(map(g, tia), k);
        assertThat(dose[15 + 31 * (15 + 31 * 15)] * 1000).isCloseTo(k.sum(), within(1e-12));
        final List<LabelDose> stats = DoseStatistics.of(g, dose, labels, null);
        assertThat(stats).singleElement().satisfies(s -> {
            assertThat(s.voxels()).isEqualTo(SphereModel.voxelCount(diameterMm, 4));
            assertThat(s.meanDosePerGBqGy() * 1000).isCloseTo(SphereModel.meanDosePerVoxelActivity(diameterMm, 4),
                    within(1e-9 * s.meanDosePerGBqGy() * 1000));
            assertThat(s.maxDosePerGBqGy() * 1000).isCloseTo(k.sum(), within(1e-12));
        });
    }

    @Test
    void paddedSizesHaveOnlySmallPrimeFactors() {
        assertThat(DoseConvolution.paddedSize(133)).isEqualTo(135);
        assertThat(DoseConvolution.paddedSize(165)).isEqualTo(180);
        assertThat(DoseConvolution.paddedSize(305)).isEqualTo(320);
        assertThat(DoseConvolution.paddedSize(1)).isEqualTo(1);
    }
}
