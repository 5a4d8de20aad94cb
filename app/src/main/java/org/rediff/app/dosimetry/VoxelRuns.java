package org.rediff.app.dosimetry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rediff.core.dosimetry.voxel.VoxelDoseResult;
import org.springframework.stereotype.Component;

/**
 * The last few voxel dose calculations of this server, kept in memory for their slice viewer and downloads (a dose
 * map is tens of MB; nothing of it is stored in the database). The oldest is dropped beyond {@link #KEPT}.
 */
@Component
class VoxelRuns {
    static final int KEPT = 4;

    /**
     * A kept calculation with the PET shown under the dose and the labels, and the viewer's scale (the maximum dose
     * and the PET value shown white), computed once here rather than for every slice shown.
     */
    record Run(String id, VoxelDoseResult result, float[] pet, int[] labels, String by, List<String> inputs,
               double doseMaxPerGBqGy, double petWhiteBqPerMl) {
    }

    private final Map<String, Run> runs = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Run> eldest) {
            return size() > KEPT;
        }
    };

    synchronized Run keep(VoxelDoseResult result, float[] pet, int[] labels, String by, List<String> inputs) {
        final Run r = new Run(UUID.randomUUID().toString(), result, pet, labels, by, List.copyOf(inputs),
                result.maxDosePerGBqGy(), white(pet));
        runs.put(r.id(), r);
        return r;
    }

    /** The 99.5th percentile of the positive PET values: white in the viewer, so that a hot spot does not grey all. */
    private static double white(float[] pet) {
        final float[] positive = new float[pet.length];
        int n = 0;
        for (float v : pet) {
            if (v > 0) {
                positive[n++] = v;
            }
        }
        if (n == 0) {
            return 1;
        }
        final float[] p = java.util.Arrays.copyOf(positive, n);
        java.util.Arrays.sort(p);
        return p[Math.min(n - 1, (int) (0.995 * n))];
    }

    synchronized Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }
}
