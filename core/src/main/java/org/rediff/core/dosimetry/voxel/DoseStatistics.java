package org.rediff.core.dosimetry.voxel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.rediff.core.common.InvalidInputException;

/** Per-label dose statistics and cumulative DVHs from a dose map and a label map (0 is background). */
public final class DoseStatistics {
    /** Dose levels in each DVH. */
    public static final int DVH_LEVELS = 101;
    /** The V-threshold reported, Gy (the tumoricidal lesion dose of Maxon 1983 and Ho 2013's rule). */
    public static final double THRESHOLD_GY = 20;

    private DoseStatistics() {
    }

    /**
     * Statistics of every non-zero label.
     *
     * @param grid          the grid of both maps
     * @param dosePerGBqGy  dose per voxel, Gy/GBq
     * @param labels        label per voxel (0 = background), same length
     * @param activityGBq   activity for V20Gy, GBq, or null
     * @return one entry per label, ascending
     */
    public static List<LabelDose> of(VoxelGrid grid, double[] dosePerGBqGy, int[] labels, Double activityGBq) {
        if (labels.length != dosePerGBqGy.length) {
            throw InvalidInputException.of("labels", labels.length + " voxels", dosePerGBqGy.length + " voxels ("
                    + grid.describe() + ")");
        }
        final TreeMap<Integer, int[]> counts = new TreeMap<>();
        for (int l : labels) {
            if (l != 0) {
                counts.computeIfAbsent(l, k -> new int[1])[0]++;
            }
        }
        final TreeMap<Integer, double[]> doses = new TreeMap<>();
        counts.forEach((l, c) -> doses.put(l, new double[c[0]]));
        final TreeMap<Integer, int[]> filled = new TreeMap<>();
        counts.keySet().forEach(l -> filled.put(l, new int[1]));
        for (int v = 0; v < labels.length; v++) {
            if (labels[v] != 0) {
                doses.get(labels[v])[filled.get(labels[v])[0]++] = dosePerGBqGy[v];
            }
        }
        final List<LabelDose> out = new ArrayList<>();
        doses.forEach((l, d) -> out.add(summarise(l, d, grid.voxelVolumeMl(), activityGBq)));
        return out;
    }

    static LabelDose summarise(int label, double[] d, double voxelMl, Double activityGBq) {
        Arrays.sort(d);
        final int n = d.length;
        double sum = 0;
        for (double v : d) {
            sum += v;
        }
        final double median = n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
        Double v20 = null;
        if (activityGBq != null) {
            final double needed = THRESHOLD_GY / activityGBq;
            v20 = (double) (n - lowerBound(d, needed)) / n;
        }
        return new LabelDose(label, n, n * voxelMl, sum / n, median, d[0], d[n - 1], dx(d, 90), dx(d, 50), v20,
                histogram(d));
    }

    /** D_x: the dose that x % of the voxels receive or exceed, d[floor((1 − x/100)·n)] of the ascending doses. */
    static double dx(double[] ascending, double percent) {
        // (100 − x)·n/100 in this order is exact for whole percentages; 1 − 0.9 is not 0.1 in binary
        final int i = (int) Math.floor((100 - percent) * ascending.length / 100 + 1e-9);
        return ascending[Math.min(Math.max(i, 0), ascending.length - 1)];
    }

    private static DoseVolumeHistogram histogram(double[] ascending) {
        final double max = ascending[ascending.length - 1];
        final double[] level = new double[DVH_LEVELS];
        final double[] fraction = new double[DVH_LEVELS];
        for (int i = 0; i < DVH_LEVELS; i++) {
            level[i] = max * i / (DVH_LEVELS - 1);
            fraction[i] = (double) (ascending.length - lowerBound(ascending, level[i])) / ascending.length;
        }
        return new DoseVolumeHistogram(level, fraction);
    }

    /** The first index whose dose is at least {@code x}. */
    private static int lowerBound(double[] ascending, double x) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (ascending[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
