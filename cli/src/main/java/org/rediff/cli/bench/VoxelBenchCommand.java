package org.rediff.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.rediff.cli.Main;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.Nuclide;
import org.rediff.core.dosimetry.voxel.VoxelGrid;
import org.rediff.io.image.Nifti;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times {@code rediff dosimetry voxel} on a generated series: four 124I time points (4, 24, 48, 96 h) of 4 mm
 * voxels with a smooth background and lesions of different kinetics, and a label map. Each run is the whole
 * command (read, fit, convolve, summarise, write) in this JVM; the first run includes the JIT's warm-up.
 */
@Command(name = "voxel", mixinStandardHelpOptions = true,
        description = {"Time rediff dosimetry voxel on a generated 4-time-point series; prints each run's stages and "
                + "the peak heap.", "With --generate-only, writes the series (pet-4h.nii … pet-96h.nii, labels.nii) "
                + "into --dir and stops (bench/voxel.sh uses it to time the command as a process and against NumPy)."})
public final class VoxelBenchCommand implements Callable<Integer> {
    static final double[] HOURS = {4, 24, 48, 96};

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--size", defaultValue = "128x128x160", description = "NXxNYxNZ voxels (default "
            + "${DEFAULT-VALUE}; 200x200x300 is a whole body).")
    String size;

    @Option(names = "--runs", defaultValue = "3", description = "Runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--dir", description = "Directory for the generated series (default: a temporary one, deleted).")
    Path dir;

    @Option(names = "--generate-only", description = "Write the series into --dir and stop.")
    boolean generateOnly;

    @Override
    public Integer call() throws IOException {
        final String[] n = size.split("x");
        if (n.length != 3 || !size.matches("\\d+x\\d+x\\d+")) {
            throw new InvalidInputException("--size " + size + ": give NXxNYxNZ, e.g. 128x128x160");
        }
        final VoxelGrid grid = new VoxelGrid(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]),
                4, 4, 4);
        if (generateOnly && dir == null) {
            throw new InvalidInputException("--generate-only needs --dir");
        }
        final boolean temporary = dir == null;
        final Path where = temporary ? Files.createTempDirectory("rediff-bench-") : Files.createDirectories(dir);
        final PrintWriter out = spec.commandLine().getOut();
        try {
            final List<String> args = generate(grid, where);
            if (generateOnly) {
                out.println("wrote " + grid.describe() + " series to " + where);
                out.println("rediff " + String.join(" ", args));
                return 0;
            }
            out.printf(Locale.ROOT, "rediff dosimetry voxel, %s, %d time points, %d processors%n", grid.describe(),
                    HOURS.length, Runtime.getRuntime().availableProcessors());
            out.printf("%4s %8s %8s %9s %8s %8s%n", "run", "read s", "fit s", "convolve s", "write s", "total s");
            for (int r = 1; r <= runs; r++) {
                final Map<String, Object> t = run(args);
                out.printf(Locale.ROOT, "%4d %8.2f %8.2f %9.2f %8.2f %8.2f%n", r, t.get("read"), t.get("fit"),
                        t.get("convolve"), t.get("write"), t.get("total"));
                out.flush();
            }
            out.printf(Locale.ROOT, "peak heap %.0f MB (JVM maximum %.0f MB)%n", peakHeapBytes() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
        } finally {
            if (temporary) {
                try (var files = Files.walk(where)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(List<String> args) {
        final StringWriter o = new StringWriter();
        final StringWriter e = new StringWriter();
        final int code = Main.execute(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        if (code != 0) {
            throw new IllegalStateException("the benchmark's own series failed: " + e);
        }
        return (Map<String, Object>) JsonMapper.builder().build().readValue(o.toString(), Map.class).get("timing_s");
    }

    /** Writes the series and labels; returns the dosimetry voxel arguments for them. */
    static List<String> generate(VoxelGrid g, Path dir) throws IOException {
        final Random random = new Random(20261207L);
        // lesions: centre (fraction of the grid), radius mm, uptake Bq/ml at 0 h, effective half-life h
        final double[][] lesions = {{0.3, 0.4, 0.5, 12, 60_000, 40}, {0.6, 0.5, 0.4, 8, 30_000, 70},
            {0.5, 0.7, 0.6, 20, 15_000, 25}, {0.7, 0.3, 0.7, 6, 80_000, 90}};
        final int[] labels = new int[g.voxels()];
        final float[][] frames = new float[HOURS.length][g.voxels()];
        final double lambda124 = Nuclide.I124.decayConstantPerHour();
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    final int v = x + g.nx() * (y + g.ny() * z);
                    // a smooth body-like background that clears with a 15 h effective half-life
                    final double bx = (x - g.nx() / 2.0) / (0.4 * g.nx());
                    final double by = (y - g.ny() / 2.0) / (0.3 * g.ny());
                    final double body = bx * bx + by * by <= 1 ? 2_000 : 0;
                    double a0 = body;
                    double half = 15;
                    for (int l = 0; l < lesions.length; l++) {
                        final double dx = (x - lesions[l][0] * g.nx()) * g.dxMm();
                        final double dy = (y - lesions[l][1] * g.ny()) * g.dyMm();
                        final double dz = (z - lesions[l][2] * g.nz()) * g.dzMm();
                        if (dx * dx + dy * dy + dz * dz <= lesions[l][3] * lesions[l][3]) {
                            a0 = lesions[l][4];
                            half = lesions[l][5];
                            labels[v] = l + 1;
                        }
                    }
                    for (int t = 0; t < HOURS.length; t++) {
                        final double noise = 1 + 0.05 * random.nextGaussian();
                        // measured, not decay-corrected: biological clearance and 124I decay together
                        final double biological = Math.log(2) / half - Nuclide.I131.decayConstantPerHour();
                        frames[t][v] = a0 == 0 ? 0 : (float) (a0 * noise * Math.exp(-(Math.max(biological, 0)
                                + lambda124) * HOURS[t]));
                    }
                }
            }
        }
        final List<String> args = new ArrayList<>(List.of("dosimetry", "voxel"));
        for (int t = 0; t < HOURS.length; t++) {
            final Path f = dir.resolve("pet-" + (int) HOURS[t] + "h.nii");
            Nifti.write(f, g, frames[t], null, "Bq/ml 124I, generated");
            args.addAll(List.of("--image", f.toString(), "--hours", String.valueOf(HOURS[t])));
        }
        final float[] l = new float[labels.length];
        for (int v = 0; v < l.length; v++) {
            l[v] = labels[v];
        }
        Nifti.write(dir.resolve("labels.nii"), g, l, null, "labels, generated");
        args.addAll(List.of("--tracer", "I-124", "--administered-MBq", "74", "--labels",
                dir.resolve("labels.nii").toString(), "--activity-GBq", "3.7", "--out", dir.resolve("out").toString(),
                "--format", "json"));
        return args;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
