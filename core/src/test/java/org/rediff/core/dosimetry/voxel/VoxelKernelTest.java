package org.rediff.core.dosimetry.voxel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.Iodine131Emissions;
import org.rediff.core.dosimetry.VoxelSValueKernel;
import org.rediff.core.dosimetry.VoxelSValueKernel.Tissue;

/**
 * The I-131 kernels (Lanconelli 2012) as loaded, and the voxel-size policy. A kernel's sum is the dose at the
 * centre of a uniform region per unit time-integrated activity per voxel; times the voxel mass it is the energy
 * absorbed per decay within the 11³ region, which must lie between all the electron energy (191.85 keV per decay,
 * ICRP 107; electrons stop within a few mm) and all the electron plus photon energy (+382.76 keV).
 */
class VoxelKernelTest {
    private static final double MGY_G_PER_MBQ_S_PER_KEV = 1e6 * Iodine131Emissions.JOULE_PER_KEV / 1e-3 * 1e3;

    @Test
    void everyTabulatedKernelAbsorbsTheElectronsAndPartOfThePhotons() {
        final double electrons = Iodine131Emissions.ELECTRON_ENERGY_PER_DECAY_KEV * MGY_G_PER_MBQ_S_PER_KEV;
        final double all = (Iodine131Emissions.ELECTRON_ENERGY_PER_DECAY_KEV
                + Iodine131Emissions.PHOTON_ENERGY_PER_DECAY_KEV) * MGY_G_PER_MBQ_S_PER_KEV;
        double previousSoft = 0;
        for (double s : VoxelSValueKernel.VOXEL_SIZES_MM) {
            for (Tissue t : Tissue.values()) {
                final VoxelKernel k = VoxelKernel.forSize(s, t, List.of());
                assertThat(k.policy()).isEqualTo("tabulated");
                final double densityGPerMl = t == Tissue.SOFT ? 1.0 : 1.92; // ICRU compact bone, Lanconelli 2012
                final double absorbed = k.sum() * s * s * s / 1000 * densityGPerMl;
                assertThat(absorbed).as("%s mm %s", s, t).isBetween(electrons, all);
                assertThat(k.at(0, 0, 0)).isEqualTo(VoxelSValueKernel.forVoxelSize(s, t).at(0, 0, 0));
                assertThat(k.at(3, -2, 5)).isEqualTo(VoxelSValueKernel.forVoxelSize(s, t).at(3, 2, 5));
            }
            // the larger the region, the more photon energy stays in it
            final double soft = VoxelKernel.forSize(s, Tissue.SOFT, List.of()).sum() * s * s * s;
            assertThat(soft).isGreaterThan(previousSoft);
            previousSoft = soft;
        }
        // the soft 4 mm self-dose as published: 3.99E-01 mGy/(MBq·s)
        assertThat(VoxelKernel.forSize(4.0, Tissue.SOFT, List.of()).at(0, 0, 0)).isEqualTo(0.399);
        assertThat(VoxelKernel.forSize(4.0, Tissue.BONE, List.of()).at(0, 0, 0)).isEqualTo(0.241);
    }

    @Test
    void aSizeBetweenTwoTabulatedOnesIsInterpolatedLogLog() {
        final VoxelKernel a = VoxelKernel.forSize(3.9, Tissue.SOFT, List.of());
        final VoxelKernel b = VoxelKernel.forSize(4.0, Tissue.SOFT, List.of());
        final VoxelKernel m = VoxelKernel.forGrid(new VoxelGrid(4, 4, 4, 3.95, 3.95, 3.95), Tissue.SOFT);
        assertThat(m.policy()).isEqualTo("interpolated");
        assertThat(m.detail()).contains("3.9 and 4 mm soft");
        final double w = Math.log(3.95 / 3.9) / Math.log(4.0 / 3.9);
        assertThat(m.at(0, 0, 0)).isCloseTo(Math.pow(a.at(0, 0, 0), 1 - w) * Math.pow(b.at(0, 0, 0), w),
                within(1e-15));
        for (int i = 0; i <= 5; i++) {
            assertThat(m.at(i, 1, 2)).isBetween(Math.min(a.at(i, 1, 2), b.at(i, 1, 2)),
                    Math.max(a.at(i, 1, 2), b.at(i, 1, 2)));
        }
        // within 0.5 % of a tabulated size the tabulated kernel is used as it is
        assertThat(VoxelKernel.forGrid(new VoxelGrid(4, 4, 4, 4.01, 4.01, 4.01), Tissue.SOFT).policy())
                .isEqualTo("tabulated");
    }

    /**
     * The interpolation policy against published values: the 4 mm and 5 mm kernels of Lanconelli 2012, rebuilt
     * from their neighbours (3.9 and 4.42 mm; 4.8 and 6 mm) as if they were not tabulated, reproduce the published
     * self-dose and kernel sum within 0.1 % and every offset within 1.5 % (estimate tolerance of the policy).
     */
    @Test
    void interpolatingBetweenNeighboursReproducesTabulatedKernels() {
        for (double[] c : new double[][] {{4.0, 3.9, 4.42}, {5.0, 4.8, 6.0}}) {
            final VoxelKernel published = VoxelKernel.forSize(c[0], Tissue.SOFT, List.of());
            final VoxelKernel rebuilt = VoxelKernel.interpolated(c[0], c[1], c[2], Tissue.SOFT, List.of());
            assertThat(rebuilt.at(0, 0, 0)).isCloseTo(published.at(0, 0, 0), within(1e-3 * published.at(0, 0, 0)));
            assertThat(rebuilt.sum()).isCloseTo(published.sum(), within(1e-3 * published.sum()));
            for (int k = 0; k <= 5; k++) {
                for (int j = 0; j <= 5; j++) {
                    for (int i = 0; i <= 5; i++) {
                        assertThat(rebuilt.at(i, j, k)).as("%s mm (%d,%d,%d)", c[0], i, j, k)
                                .isCloseTo(published.at(i, j, k), within(0.015 * published.at(i, j, k)));
                    }
                }
            }
        }
    }

    @Test
    void sizesOutsideTheTableAreRefusedAndNonCubicVoxelsWarned() {
        assertThatThrownBy(() -> VoxelKernel.forGrid(new VoxelGrid(4, 4, 4, 1.5, 1.5, 1.5), Tissue.SOFT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("voxel_mm")
                .hasMessageContaining("1.500").hasMessageContaining("2.21 to 9.28 mm").hasMessageContaining("resample");
        final VoxelKernel k = VoxelKernel.forGrid(new VoxelGrid(4, 4, 4, 4, 4, 3.27), Tissue.SOFT);
        assertThat(k.voxelMm()).isCloseTo(Math.cbrt(4 * 4 * 3.27), within(1e-12));
        assertThat(k.warnings()).singleElement().asString().contains("not cubic");
    }
}
