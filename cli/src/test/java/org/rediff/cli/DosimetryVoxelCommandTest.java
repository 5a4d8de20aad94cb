package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.dosimetry.Nuclide;
import org.rediff.core.dosimetry.SphereModel;
import org.rediff.core.dosimetry.voxel.VoxelGrid;
import org.rediff.io.image.Nifti;
import org.rediff.io.image.NiftiImage;

/**
 * {@code rediff dosimetry voxel}'s contract on a generated series: a uniform 124I sphere that only decays, in 4 mm
 * voxels. Its voxels then hold I-131 for its mean life, Ã = A·1000/λ₁₃₁ MBq·s per GBq with A the fraction per voxel,
 * and the mean dose is Ã times the voxelised sphere's mean S (the lesion planner's direct sum,
 * {@link SphereModel}); the map is written on the grid; bad input exits 2 naming the file or option.
 */
class DosimetryVoxelCommandTest {
    @TempDir
    Path dir;

    private static final VoxelGrid GRID = new VoxelGrid(24, 24, 24, 4, 4, 4);
    private static final double CONCENTRATION_BQ_PER_ML = 50_000;
    private static final double DIAMETER_MM = 40;

    private Path frame(double hours, VoxelGrid grid) throws Exception {
        final float[] v = new float[grid.voxels()];
        final double r = DIAMETER_MM / 2 / 4;
        for (int z = 0; z < grid.nz(); z++) {
            for (int y = 0; y < grid.ny(); y++) {
                for (int x = 0; x < grid.nx(); x++) {
                    final int dx = x - 12;
                    final int dy = y - 12;
                    final int dz = z - 12;
                    if (dx * dx + dy * dy + dz * dz <= r * r + 1e-9) {
                        v[x + grid.nx() * (y + grid.ny() * z)] = (float) (CONCENTRATION_BQ_PER_ML
                                * Math.exp(-Nuclide.I124.decayConstantPerHour() * hours));
                    }
                }
            }
        }
        final Path f = dir.resolve("pet-" + (int) hours + "h-" + grid.nx() + ".nii");
        Nifti.write(f, grid, v, null, "Bq/ml");
        return f;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDecayingSphereGivesTheSphereModelsDoseAndTheContractsJson() throws Exception {
        final Path out = dir.resolve("out");
        final MetaCommandTest.Run r = MetaCommandTest.run("dosimetry", "voxel", "--image",
                frame(4, GRID).toString(), "--hours", "4", "--image", frame(24, GRID).toString(), "--hours", "24",
                "--image", frame(48, GRID).toString(), "--hours", "48", "--image", frame(96, GRID).toString(),
                "--hours", "96", "--tracer", "I-124", "--administered-MBq", "74", "--sphere", "48,48,48,20",
                "--activity-GBq", "3.7", "--out", out.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty(); // no progress bar with JSON
        final Map<String, Object> m = MetaCommandTest.json(r.out());
        assertThat(m).containsKeys("labels", "kernel", "dose_map", "timing_s", "warnings");
        assertThat((Map<String, Object>) m.get("kernel")).containsEntry("voxel_mm", 4.0)
                .containsEntry("tissue", "soft").containsEntry("policy", "tabulated");
        assertThat((Map<String, Object>) m.get("timing_s")).containsKeys("read", "fit", "convolve", "total");
        final Map<String, Object> label = ((List<Map<String, Object>>) m.get("labels")).get(0);
        assertThat(label).containsKeys("label", "volume_ml", "mean_dose_per_GBq_Gy", "median_dose_per_GBq_Gy",
                "max_dose_per_GBq_Gy", "d90_dose_per_GBq_Gy");
        final double perVoxelFraction = CONCENTRATION_BQ_PER_ML * GRID.voxelVolumeMl() / 1e6 / 74;
        final double tiaMBqS = perVoxelFraction * 1000 / Nuclide.I131.decayConstantPerHour() * 3600;
        final double expectedGyPerGBq = tiaMBqS * SphereModel.meanDosePerVoxelActivity(DIAMETER_MM, 4) / 1000;
        // estimate tolerance: float images (7 digits) and the log-linear fit of exact exponentials
        assertThat(((Number) label.get("mean_dose_per_GBq_Gy")).doubleValue())
                .isCloseTo(expectedGyPerGBq, within(1e-5 * expectedGyPerGBq));
        assertThat(((Number) label.get("volume_ml")).doubleValue())
                .isEqualTo(SphereModel.voxelCount(DIAMETER_MM, 4) * 0.064, within(1e-9));
        final NiftiImage map = Nifti.read(Path.of((String) m.get("dose_map")));
        assertThat(map.grid()).isEqualTo(GRID);
        assertThat(Files.readString(out.resolve("dvh.csv"))).startsWith("label,dose_per_GBq_Gy,volume_fraction\n1,0,");
    }

    /**
     * With the README's plan file the labels' mean doses go through the lesion planner's prescription rule: the
     * activity is the smallest of 20 Gy / (mean Gy/GBq), the plan's blood MTA, its 48-h retention limit and its
     * 11.1 GBq cap (README: MTA 12.39 GBq, retention limit 12.76 GBq).
     */
    @Test
    @SuppressWarnings("unchecked")
    void aPlanFileTurnsTheLabelDosesIntoAPrescription() throws Exception {
        final MetaCommandTest.Run r = MetaCommandTest.run("dosimetry", "voxel", "--image",
                frame(4, GRID).toString(), "--hours", "4", "--image", frame(24, GRID).toString(), "--hours", "24",
                "--image", frame(96, GRID).toString(), "--hours", "96", "--administered-MBq", "74", "--sphere",
                "48,48,48,20", "--plan", "../examples/dosimetry-plan.json", "--out", dir.resolve("rx").toString(),
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        final Map<String, Object> m = MetaCommandTest.json(r.out());
        final double mean = ((Number) ((List<Map<String, Object>>) m.get("labels")).get(0)
                .get("mean_dose_per_GBq_Gy")).doubleValue();
        final Map<String, Object> rx = (Map<String, Object>) m.get("prescription");
        final double mta = ((Number) rx.get("blood_mta_GBq")).doubleValue();
        final double retention = ((Number) rx.get("retention_limit_GBq")).doubleValue();
        // estimate tolerance: the README prints these to 2 decimals
        assertThat(mta).isCloseTo(12.39, within(0.005));
        assertThat(retention).isCloseTo(12.76, within(0.005));
        final double forTarget = 20 / mean;
        final double expected = Math.min(Math.min(forTarget, mta), Math.min(retention, 11.1));
        assertThat(((Number) rx.get("activity_GBq")).doubleValue()).isCloseTo(expected, within(1e-12));
        assertThat(rx.get("limited_by")).isEqualTo(expected == forTarget ? "target" : expected == 11.1
                ? "max_activity" : expected == mta ? "blood_mta" : "retention_48h");
        assertThat(((Number) ((List<Map<String, Object>>) rx.get("lesion_doses_Gy")).get(0).get("dose_Gy"))
                .doubleValue()).isCloseTo(mean * expected, within(1e-9));
        final MetaCommandTest.Run noLabels = MetaCommandTest.run("dosimetry", "voxel", "--image",
                frame(4, GRID).toString(), "--hours", "4", "--image", frame(24, GRID).toString(), "--hours", "24",
                "--administered-MBq", "74", "--plan", "../examples/dosimetry-plan.json", "--out",
                dir.resolve("rx2").toString());
        assertThat(noLabels.code()).isEqualTo(2);
        assertThat(noLabels.err()).contains("--plan").contains("--labels or --sphere");
    }

    @Test
    void badInputExitsTwoNamingTheFileOrOption() throws Exception {
        final Path a = frame(4, GRID);
        final Path other = frame(24, new VoxelGrid(20, 24, 24, 4, 4, 4));
        MetaCommandTest.Run r = MetaCommandTest.run("dosimetry", "voxel", "--image", a.toString(), "--hours", "4",
                "--image", other.toString(), "--hours", "24", "--administered-MBq", "74", "--out",
                dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(other.getFileName().toString()).contains("differs").contains("co-registered");
        r = MetaCommandTest.run("dosimetry", "voxel", "--image", a.toString(), "--hours", "4", "--image",
                a.toString(), "--administered-MBq", "74", "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--hours").contains("one --hours per --image");
        final Path junk = dir.resolve("junk.nii");
        Files.writeString(junk, "not an image at all, just some text that is long enough? no.");
        r = MetaCommandTest.run("dosimetry", "voxel", "--image", junk.toString(), "--hours", "4", "--image",
                a.toString(), "--hours", "24", "--administered-MBq", "74", "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("junk.nii");
        r = MetaCommandTest.run("dosimetry", "voxel", "--image", a.toString(), "--hours", "4", "--image",
                frame(24, GRID).toString(), "--hours", "24", "--administered-MBq", "74", "--tissue", "lung",
                "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--tissue lung").contains("soft, bone");
        assertThat(dir.resolve("o")).doesNotExist();
    }
}
