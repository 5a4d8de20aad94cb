package org.rediff.io.dosimetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rediff.core.dosimetry.voxel.LabelDose;
import org.rediff.core.dosimetry.voxel.VoxelDoseResult;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output of {@code rediff dosimetry voxel}: JSON ({@code labels}, {@code kernel}, {@code dose_map},
 * {@code timing_s}, {@code warnings}) and text, and the DVH table as CSV.
 */
public final class VoxelDoseReport {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private VoxelDoseReport() {
    }

    /**
     * The result as the JSON object of the command's contract.
     *
     * @param r        the result
     * @param doseMap  where the dose map was written
     * @param timing   seconds per stage: read, fit, convolve, total (and any others), in order
     * @return the object
     */
    public static Map<String, Object> toMap(VoxelDoseResult r, String doseMap, Map<String, Double> timing) {
        final Map<String, Object> m = new LinkedHashMap<>();
        final List<Map<String, Object>> labels = new ArrayList<>();
        for (LabelDose l : r.labels()) {
            final Map<String, Object> e = new LinkedHashMap<>();
            e.put("label", l.label());
            e.put("voxels", l.voxels());
            e.put("volume_ml", l.volumeMl());
            e.put("mean_dose_per_GBq_Gy", l.meanDosePerGBqGy());
            e.put("median_dose_per_GBq_Gy", l.medianDosePerGBqGy());
            e.put("min_dose_per_GBq_Gy", l.minDosePerGBqGy());
            e.put("max_dose_per_GBq_Gy", l.maxDosePerGBqGy());
            e.put("d90_dose_per_GBq_Gy", l.d90DosePerGBqGy());
            e.put("d50_dose_per_GBq_Gy", l.d50DosePerGBqGy());
            if (l.v20GyFraction() != null) {
                e.put("v20Gy_fraction", l.v20GyFraction());
            }
            labels.add(e);
        }
        m.put("labels", labels);
        final Map<String, Object> k = new LinkedHashMap<>();
        k.put("voxel_mm", r.kernel().voxelMm());
        k.put("tissue", r.kernel().tissue().code());
        k.put("policy", r.kernel().policy());
        k.put("detail", r.kernel().detail());
        m.put("kernel", k);
        m.put("fit", r.fit().code());
        m.put("grid", Map.of("size", List.of(r.grid().nx(), r.grid().ny(), r.grid().nz()), "voxel_mm",
                List.of(r.grid().dxMm(), r.grid().dyMm(), r.grid().dzMm())));
        m.put("dose_map", doseMap);
        m.put("dose_map_unit", "Gy per GBq of I-131 administered");
        m.put("timing_s", timing);
        m.put("warnings", r.warnings());
        m.put("method", "per-voxel " + r.fit().code() + " integration of the 124I series converted to I-131 "
                + "kinetics; dose by FFT convolution with the Lanconelli 2012 I-131 voxel S-value kernel ("
                + r.kernel().detail() + "); D90 = minimum dose to the hottest 90 % of a label (ICRU 83)");
        return m;
    }

    /**
     * JSON text.
     *
     * @param r       the result
     * @param doseMap where the map was written
     * @param timing  seconds per stage
     * @return the JSON
     */
    public static String toJson(VoxelDoseResult r, String doseMap, Map<String, Double> timing) {
        return JSON.writeValueAsString(toMap(r, doseMap, timing));
    }

    /**
     * Text for a terminal.
     *
     * @param r       the result
     * @param doseMap where the map was written
     * @param timing  seconds per stage
     * @return the text
     */
    public static String toText(VoxelDoseResult r, String doseMap, Map<String, Double> timing) {
        final StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Grid %s; kernel %s; fit %s%n", r.grid().describe(),
                r.kernel().detail(), r.fit().code()));
        if (r.labels().isEmpty()) {
            out.append("No labels: give --labels FILE.nii or --sphere for per-lesion doses.\n");
        } else {
            final boolean v20 = r.labels().get(0).v20GyFraction() != null;
            out.append(String.format(Locale.ROOT, "%n%6s %10s %10s %10s %10s %10s%s%n", "label", "volume ml",
                    "mean Gy/GBq", "median", "D90", "max", v20 ? "   V20Gy" : ""));
            for (LabelDose l : r.labels()) {
                out.append(String.format(Locale.ROOT, "%6d %10.2f %10.3f %10.3f %10.3f %10.3f%s%n", l.label(),
                        l.volumeMl(), l.meanDosePerGBqGy(), l.medianDosePerGBqGy(), l.d90DosePerGBqGy(),
                        l.maxDosePerGBqGy(), v20 ? String.format(Locale.ROOT, " %7.1f%%", 100 * l.v20GyFraction())
                                : ""));
            }
        }
        out.append(String.format(Locale.ROOT, "%nDose map (Gy per GBq of I-131): %s%n", doseMap));
        out.append("Timing (s):");
        timing.forEach((k, v) -> out.append(String.format(Locale.ROOT, " %s %.2f", k, v)));
        out.append(System.lineSeparator());
        r.warnings().forEach(w -> out.append("warning: ").append(w).append(System.lineSeparator()));
        return out.toString();
    }

    /**
     * The summary kept with a patient: the contract's object without the map's path and the timings, with the
     * inputs it was computed from.
     *
     * @param r      the result
     * @param inputs the time points and activities, as text
     * @return the object
     */
    public static Map<String, Object> summary(VoxelDoseResult r, List<String> inputs) {
        final Map<String, Object> m = toMap(r, "not stored", Map.of());
        m.remove("dose_map");
        m.remove("timing_s");
        m.put("inputs", inputs);
        return m;
    }

    /**
     * The prescription from the labels' mean doses, as a JSON object.
     *
     * @param rx          the prescription
     * @param targetGy    target dose, Gy
     * @param rule        the rule's code
     * @param mtaGBq      blood maximum tolerated activity of the plan, GBq
     * @param retentionGBq 48-h retention limit of the plan, GBq
     * @return the object
     */
    public static Map<String, Object> prescription(org.rediff.core.dosimetry.PlanResult.Prescription rx,
                                                   double targetGy, String rule, double mtaGBq,
                                                   double retentionGBq) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("activity_GBq", rx.activityGBq());
        m.put("activity_mCi", rx.activityMCi());
        m.put("activity_for_target_GBq", rx.targetActivityGBq());
        m.put("limited_by", rx.limitedBy().code());
        m.put("proceed", rx.proceed());
        m.put("target_dose_Gy", targetGy);
        m.put("rule", rule);
        m.put("blood_mta_GBq", mtaGBq);
        m.put("retention_limit_GBq", retentionGBq);
        m.put("basis", "each label's mean dose per GBq stands for its lesion; limits from the plan file");
        m.put("lesion_doses_Gy", rx.lesionDosesGy().stream().map(d -> Map.of("label", Integer.parseInt(d.id()),
                "dose_Gy", d.doseGy())).toList());
        return m;
    }

    /**
     * A JSON object as text.
     *
     * @param m the object
     * @return indented JSON
     */
    public static String json(Map<String, Object> m) {
        return JSON.writeValueAsString(m);
    }

    /**
     * The cumulative DVHs as CSV: label, dose_per_GBq_Gy, volume_fraction.
     *
     * @param r the result
     * @return CSV text
     */
    public static String dvhCsv(VoxelDoseResult r) {
        final StringBuilder out = new StringBuilder("label,dose_per_GBq_Gy,volume_fraction\n");
        for (LabelDose l : r.labels()) {
            for (int i = 0; i < l.dvh().dosePerGBqGy().length; i++) {
                out.append(l.label()).append(',').append(significant(l.dvh().dosePerGBqGy()[i]))
                        .append(',').append(String.format(Locale.ROOT, "%.6f", l.dvh().volumeFraction()[i]))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Six significant digits without trailing zeros (0 as 0). */
    private static String significant(double v) {
        return v == 0 ? "0" : new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }
}
