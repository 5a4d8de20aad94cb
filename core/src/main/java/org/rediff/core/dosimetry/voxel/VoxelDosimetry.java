package org.rediff.core.dosimetry.voxel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.Nuclide;
import org.rediff.core.dosimetry.VoxelSValueKernel;

/**
 * The voxel pipeline: series → time-integrated I-131 activity → kernel for the voxels → dose map → per-label
 * statistics.
 */
public final class VoxelDosimetry {
    private VoxelDosimetry() {
    }

    /**
     * Runs the pipeline.
     *
     * @param grid                  the series' grid (every frame and the label map on it)
     * @param frames                the time points
     * @param tracer                the imaged nuclide
     * @param tracerAdministeredMBq tracer activity administered, MBq
     * @param fit                   per-voxel integration
     * @param tissue                kernel medium
     * @param labels                label per voxel (0 = background), or null for none
     * @param activityGBq           I-131 activity for V20Gy, GBq, or null
     * @return the result
     */
    public static VoxelDoseResult run(VoxelGrid grid, List<ActivityFrame> frames, Nuclide tracer,
                                      double tracerAdministeredMBq, VoxelFit fit, VoxelSValueKernel.Tissue tissue,
                                      int[] labels, Double activityGBq) {
        if (activityGBq != null && !(activityGBq > 0 && activityGBq <= 100)) {
            throw InvalidInputException.of("activity_GBq", activityGBq, "an I-131 activity above 0 and at most 100 GBq");
        }
        final VoxelKernel kernel = VoxelKernel.forGrid(grid, tissue);
        final long t0 = System.nanoTime();
        final TimeIntegratedActivity tia = TimeIntegratedActivity.of(grid, frames, tracer, tracerAdministeredMBq, fit);
        final long t1 = System.nanoTime();
        final double[] dose = DoseConvolution.dosePerGBq(tia, kernel);
        final long t2 = System.nanoTime();
        final List<String> warnings = new ArrayList<>(kernel.warnings());
        if (kernel.policy().equals("interpolated")) {
            warnings.add("no kernel is tabulated for these voxels: " + kernel.detail());
        }
        if (tia.singlePointVoxels() > 0) {
            warnings.add(String.format(Locale.ROOT, "%d voxels had one positive value: integrated with I-131 "
                    + "physical decay from it (no clearance assumed)", tia.singlePointVoxels()));
        }
        final List<LabelDose> stats = labels == null ? List.of() : DoseStatistics.of(grid, dose, labels, activityGBq);
        if (labels != null && stats.isEmpty()) {
            warnings.add("the label map has no voxel other than 0 (background)");
        }
        return new VoxelDoseResult(grid, dose, kernel, fit, stats, List.copyOf(warnings), (t1 - t0) / 1e9,
                (t2 - t1) / 1e9);
    }
}
