package org.rediff.core.dosimetry.voxel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.Nuclide;

/**
 * Per-voxel integration with the 124I → 131I conversion, checked against closed forms: a voxel that only decays
 * (no biological clearance) holds I-131 for its mean life, ∫ = A₀/λ₁₃₁; trapezoids on known points; the
 * λ ≥ λ_phys bound; voxels with one or no positive value; measured values are not decay-corrected.
 */
class TimeIntegratedActivityTest {
    private static final VoxelGrid ONE = new VoxelGrid(1, 1, 1, 4, 4, 4); // 0.064 ml
    private static final double L124 = Nuclide.I124.decayConstantPerHour();
    private static final double L131 = Nuclide.I131.decayConstantPerHour();

    private static ActivityFrame frame(double hours, double bqPerMl) {
        return new ActivityFrame(hours, new float[] {(float) bqPerMl});
    }

    @Test
    void aVoxelThatOnlyDecaysHoldsI131ForItsMeanLife() {
        // 10 kBq/ml at administration that only decays as 124I, scanned at 4, 24, 48 and 96 h; 74 MBq given
        final double c0 = 10_000;
        final List<ActivityFrame> frames = List.of(4.0, 24.0, 48.0, 96.0).stream()
                .map(t -> frame(t, c0 * Math.exp(-L124 * t))).toList();
        final TimeIntegratedActivity tia = TimeIntegratedActivity.of(ONE, frames, Nuclide.I124, 74, VoxelFit.MONO);
        final double fraction0 = c0 * ONE.voxelVolumeMl() / 1e6 / 74;
        final double expectedMBqS = fraction0 * 1000 / L131 * 3600;
        // estimate tolerance: float storage of the measured values (7 digits)
        assertThat(tia.mbqSecondsPerGBq()[0]).isCloseTo(expectedMBqS, within(1e-5 * expectedMBqS));
        assertThat(tia.singlePointVoxels()).isZero();
        assertThat(tia.emptyVoxels()).isZero();
    }

    @Test
    void uptakeStillRisingIsBoundedByPhysicalDecay() {
        final List<ActivityFrame> rising = List.of(frame(4, 100), frame(24, 200), frame(48, 300));
        final TimeIntegratedActivity tia = TimeIntegratedActivity.of(ONE, rising, Nuclide.I131, 1000, VoxelFit.MONO);
        // with λ = λ131 the intercept is the mean of ln A + λ t
        double mean = 0;
        for (ActivityFrame f : rising) {
            mean += Math.log(f.bqPerMl()[0] * ONE.voxelVolumeMl() / 1e6 / 1000 * 1000) + L131 * f.hoursAfterAdministration();
        }
        mean /= 3;
        assertThat(tia.mbqSecondsPerGBq()[0]).isCloseTo(Math.exp(mean) / L131 * 3600, within(1e-9));
    }

    @Test
    void trapezoidsFromZeroThenThePhysicalTail() {
        final List<ActivityFrame> f = List.of(frame(24, 1e6), frame(48, 5e5));
        final TimeIntegratedActivity tia = TimeIntegratedActivity.of(ONE, f, Nuclide.I131, 1000, VoxelFit.TRAPEZOID);
        final double a24 = 1e6 * 0.064 / 1e6 / 1000 * 1000; // MBq per GBq of I-131
        final double a48 = a24 / 2;
        final double expected = (24 * a24 / 2 + 24 * (a24 + a48) / 2 + a48 / L131) * 3600;
        assertThat(tia.mbqSecondsPerGBq()[0]).isCloseTo(expected, within(1e-6 * expected));
    }

    @Test
    void voxelsWithTooFewValuesAreCountedAndIntegratedExplicitly() {
        final VoxelGrid g = new VoxelGrid(3, 1, 1, 4, 4, 4);
        final List<ActivityFrame> f = List.of(new ActivityFrame(24, new float[] {100, 0, -5}),
                new ActivityFrame(48, new float[] {80, 50, 0}));
        final TimeIntegratedActivity tia = TimeIntegratedActivity.of(g, f, Nuclide.I131, 1000, VoxelFit.MONO);
        assertThat(tia.singlePointVoxels()).isEqualTo(1);
        assertThat(tia.emptyVoxels()).isEqualTo(1);
        assertThat(tia.mbqSecondsPerGBq()[2]).isZero();
        final double a48 = 50 * 0.064 / 1e6;
        assertThat(tia.mbqSecondsPerGBq()[1]).isCloseTo(a48 * Math.exp(L131 * 48) / L131 * 3600, within(1e-12));
    }

    @Test
    void badSeriesAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> TimeIntegratedActivity.of(ONE, List.of(frame(24, 1)), Nuclide.I124, 74,
                VoxelFit.MONO)).isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> TimeIntegratedActivity.of(ONE, List.of(frame(24, 1), frame(24, 2)), Nuclide.I124,
                74, VoxelFit.MONO)).hasMessageContaining("same time");
        assertThatThrownBy(() -> TimeIntegratedActivity.of(ONE, List.of(frame(24, 1), new ActivityFrame(48,
                new float[2])), Nuclide.I124, 74, VoxelFit.MONO)).hasMessageContaining("images[1]")
                .hasMessageContaining("1 voxels");
        assertThatThrownBy(() -> TimeIntegratedActivity.of(ONE, List.of(frame(24, 1), frame(48, 1)), Nuclide.I124,
                0, VoxelFit.MONO)).hasMessageContaining("administered_MBq");
    }
}
