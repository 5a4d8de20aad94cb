package org.rediff.core.dosimetry.voxel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-label statistics on a hand-made dose map: D90 and D50 by ICRU 83's definition, V20Gy at an activity, DVH. */
class DoseStatisticsTest {
    @Test
    void labelStatisticsByHand() {
        final VoxelGrid g = new VoxelGrid(12, 1, 1, 10, 10, 10); // 1 ml voxels
        // label 1: doses 1..10 Gy/GBq; label 2: two voxels of 5; two background voxels
        final double[] dose = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 5, 5};
        final int[] labels = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2};
        final List<LabelDose> s = DoseStatistics.of(g, dose, labels, 4.0);
        assertThat(s).hasSize(2);
        final LabelDose one = s.get(0);
        assertThat(one.label()).isEqualTo(1);
        assertThat(one.volumeMl()).isEqualTo(10.0);
        assertThat(one.meanDosePerGBqGy()).isEqualTo(5.5);
        assertThat(one.medianDosePerGBqGy()).isEqualTo(5.5);
        assertThat(one.minDosePerGBqGy()).isEqualTo(1.0);
        assertThat(one.maxDosePerGBqGy()).isEqualTo(10.0);
        assertThat(one.d90DosePerGBqGy()).isEqualTo(2.0); // 9 of 10 voxels get at least 2
        assertThat(one.d50DosePerGBqGy()).isEqualTo(6.0); // 5 of 10 get at least 6
        assertThat(one.v20GyFraction()).isEqualTo(0.6); // at 4 GBq, 20 Gy needs 5 Gy/GBq: 5..10
        assertThat(one.dvh().volumeFraction()[0]).isEqualTo(1.0);
        assertThat(one.dvh().dosePerGBqGy()[DoseStatistics.DVH_LEVELS - 1]).isEqualTo(10.0);
        assertThat(one.dvh().volumeFraction()[DoseStatistics.DVH_LEVELS - 1]).isEqualTo(0.1);
        assertThat(s.get(1).meanDosePerGBqGy()).isEqualTo(5.0);
        assertThat(DoseStatistics.of(g, dose, labels, null).get(0).v20GyFraction()).isNull();
    }
}
