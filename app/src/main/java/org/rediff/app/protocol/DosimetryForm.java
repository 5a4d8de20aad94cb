package org.rediff.app.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.core.common.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * The decision page's grid of serial 124I measurements (whole body and blood as % of the administered tracer
 * activity, lesions as % per lesion) turned into the plan file of {@code rediff dosimetry plan}, so that the grid
 * and a pasted plan go through the same reader and the same planner. Field names are {@code dm_hours_R},
 * {@code dm_wb_R}, {@code dm_blood_R}, {@code dm_lN_R} (row R, lesion N) and {@code dm_lesion_id_N},
 * {@code dm_volume_ml_N}, {@code dm_rc_N}; errors name the plan's path, e.g.
 * {@code dosimetry.lesions[1].measurements[2].percent_administered}.
 */
final class DosimetryForm {
    static final int ROWS = 6;
    static final int LESIONS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DosimetryForm() {
    }

    /** Whether any cell of the grid was filled. */
    static boolean filled(MultiValueMap<String, String> f) {
        return f.keySet().stream().filter(k -> k.startsWith("dm_") && !k.equals("dm_lung_metastases"))
                .anyMatch(k -> !text(f, k).isEmpty());
    }

    /** The plan file (JSON) for the grid. */
    static String plan(MultiValueMap<String, String> f) {
        final Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("patient", EnrolmentPageController.map("weight_kg", required(f, "dm_weight_kg",
                "dosimetry.patient.weight_kg"), "lung_metastases", "diffuse".equals(text(f, "dm_lung_metastases"))
                ? "diffuse" : "none"));
        plan.put("tracer", EnrolmentPageController.map("nuclide", "I-124", "administered_MBq",
                required(f, "dm_tracer_MBq", "dosimetry.tracer.administered_MBq")));
        final List<Map<String, Object>> wb = new ArrayList<>();
        final List<Map<String, Object>> blood = new ArrayList<>();
        final List<List<Map<String, Object>>> lesionPoints = new ArrayList<>();
        for (int n = 0; n < LESIONS; n++) {
            lesionPoints.add(new ArrayList<>());
        }
        for (int r = 0; r < ROWS; r++) {
            final String hoursText = text(f, "dm_hours_" + r);
            if (hoursText.isEmpty()) {
                continue;
            }
            final double hours = EnrolmentPageController.number("dosimetry.measurement_rows[" + r + "].hours",
                    hoursText);
            point(f, "dm_wb_" + r, "dosimetry.whole_body[" + wb.size() + "].percent_administered",
                    "percent_administered", hours, wb);
            point(f, "dm_blood_" + r, "dosimetry.blood[" + blood.size() + "].percent_administered_per_ml",
                    "percent_administered_per_ml", hours, blood);
            for (int n = 0; n < LESIONS; n++) {
                final List<Map<String, Object>> m = lesionPoints.get(n);
                point(f, "dm_l" + n + "_" + r, "dosimetry.lesions[" + n + "].measurements[" + m.size()
                        + "].percent_administered", "percent_administered", hours, m);
            }
        }
        plan.put("whole_body", wb);
        plan.put("blood", blood);
        final List<Map<String, Object>> lesions = new ArrayList<>();
        for (int n = 0; n < LESIONS; n++) {
            final String id = text(f, "dm_lesion_id_" + n);
            if (id.isEmpty()) {
                if (!lesionPoints.get(n).isEmpty()) {
                    throw InvalidInputException.of("dosimetry.lesions[" + n + "].id", null, "is required: the "
                            + "lesion has measurements in column " + (n + 1));
                }
                continue;
            }
            final String rc = text(f, "dm_rc_" + n);
            lesions.add(EnrolmentPageController.map("id", id,
                    "volume_ml", required(f, "dm_volume_ml_" + n, "dosimetry.lesions[" + n + "].volume_ml"),
                    "recovery_coefficient", rc.isEmpty() ? null : EnrolmentPageController.number(
                            "dosimetry.lesions[" + n + "].recovery_coefficient", rc),
                    "measurements", lesionPoints.get(n)));
        }
        plan.put("lesions", lesions);
        try {
            return JSON.writeValueAsString(plan);
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("a map of numbers and strings always serialises", x);
        }
    }

    private static void point(MultiValueMap<String, String> f, String key, String path, String valueKey,
                              double hours, List<Map<String, Object>> into) {
        final String v = text(f, key);
        if (!v.isEmpty()) {
            into.add(EnrolmentPageController.map("hours", hours, valueKey, EnrolmentPageController.number(path, v)));
        }
    }

    private static double required(MultiValueMap<String, String> f, String key, String path) {
        final String v = text(f, key);
        if (v.isEmpty()) {
            throw InvalidInputException.of(path, null, "is required with 124I measurements");
        }
        return EnrolmentPageController.number(path, v);
    }

    private static String text(MultiValueMap<String, String> f, String key) {
        final String v = f.getFirst(key);
        return v == null ? "" : v.strip();
    }
}
