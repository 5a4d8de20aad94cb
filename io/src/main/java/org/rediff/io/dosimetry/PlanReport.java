package org.rediff.io.dosimetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rediff.core.dosimetry.CurveFit;
import org.rediff.core.dosimetry.DosimetryWarning;
import org.rediff.core.dosimetry.PlanResult;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output of {@code rediff dosimetry plan} as the JSON object of issue 3's contract, and as text. Undefined
 * numbers are null, never sentinels.
 */
public final class PlanReport {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PlanReport() {
    }

    public static Map<String, Object> toMap(PlanResult r) {
        final Map<String, Object> m = new LinkedHashMap<>();
        final Map<String, Object> wb = new LinkedHashMap<>();
        wb.put("residence_time_h", num(r.wholeBody().residenceTimeHours()));
        wb.put("retention_48h_percent", num(r.wholeBody().retention48hPercent()));
        wb.put("fit", r.wholeBody().fit().model().code());
        wb.put("retention_48h_fit", r.wholeBody().retentionFit().model().code());
        wb.put("fit_details", fit(r.wholeBody().fit()));
        wb.put("candidates", candidates(r.wholeBody().candidates(), r.wholeBody().fit(),
                r.wholeBody().retentionFit()));
        m.put("whole_body", wb);
        final Map<String, Object> blood = new LinkedHashMap<>();
        blood.put("residence_time_h_per_ml", num(r.blood().residenceTimeHoursPerMl()));
        blood.put("dose_per_GBq_Gy", num(r.blood().dosePerGBqGy()));
        blood.put("beta_fraction", num(r.blood().betaFraction()));
        blood.put("mta_GBq", num(r.blood().mtaGBq()));
        blood.put("fit", r.blood().fit().model().code());
        blood.put("fit_details", fit(r.blood().fit()));
        blood.put("candidates", candidates(r.blood().candidates(), r.blood().fit(), null));
        m.put("blood", blood);
        m.put("retention_limit_GBq", num(r.retentionLimitGBq()));
        final List<Map<String, Object>> lesions = new ArrayList<>();
        for (PlanResult.Lesion l : r.lesions()) {
            final Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", l.id());
            row.put("residence_time_h", num(l.residenceTimeHours()));
            row.put("fraction_extrapolated", num(l.fractionExtrapolated()));
            row.put("fit", l.fit().model().code());
            row.put("dose_per_GBq_Gy", num(l.dosePerGBqGy()));
            row.put("dose_per_GBq_Gy_led", num(l.dosePerGBqGyLed()));
            row.put("dose_per_GBq_ci", l.dosePerGBqCi() == null ? null
                    : List.of(l.dosePerGBqCi()[0], l.dosePerGBqCi()[1]));
            row.put("activity_for_target_GBq", num(l.activityForTargetGBq()));
            row.put("recovery_coefficient", num(l.recoveryCoefficient()));
            final Map<String, Object> sphere = new LinkedHashMap<>();
            sphere.put("s_value_mGy_per_MBq_s", l.sphere().sValueMilliGrayPerMBqSecond());
            sphere.put("kernel_voxel_mm", l.sphere().voxelMm());
            sphere.put("voxels", l.sphere().voxels());
            sphere.put("volume_correction", l.sphere().volumeCorrection());
            row.put("sphere_model", sphere);
            row.put("fit_details", fit(l.fit()));
            row.put("candidates", candidates(l.candidates(), l.fit(), null));
            lesions.add(row);
        }
        m.put("lesions", lesions);
        final Map<String, Object> rx = new LinkedHashMap<>();
        rx.put("activity_GBq", num(r.prescription().activityGBq()));
        rx.put("activity_mCi", num(r.prescription().activityMCi()));
        rx.put("target_activity_GBq", num(r.prescription().targetActivityGBq()));
        rx.put("limited_by", r.prescription().limitedBy().code());
        rx.put("proceed", r.prescription().proceed());
        final List<Map<String, Object>> doses = new ArrayList<>();
        for (PlanResult.LesionDoseAtActivity d : r.prescription().lesionDosesGy()) {
            doses.add(new LinkedHashMap<>(Map.of("id", d.id(), "dose_Gy", d.doseGy())));
        }
        rx.put("lesion_doses_Gy", doses);
        m.put("prescription", rx);
        final Map<String, Object> method = new LinkedHashMap<>();
        method.put("summary", r.method().summary());
        method.put("nuclear_data", r.method().nuclearData());
        method.put("monte_carlo_seed", r.method().seed());
        method.put("monte_carlo_samples", r.method().samples());
        method.put("references", r.method().references());
        m.put("method", method);
        // Ranked (safety, then fit quality, then information) and grouped, as the page and the text report show them.
        final List<Map<String, Object>> groups = new ArrayList<>();
        for (DosimetryWarning.Group g : r.warningGroups()) {
            final Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("severity", g.severity().code());
            gm.put("kind", g.kind().code());
            gm.put("summary", g.summary());
            gm.put("what_to_do", g.advice());
            gm.put("count", g.items().size());
            final List<Map<String, Object>> items = new ArrayList<>();
            for (DosimetryWarning w : g.items()) {
                final Map<String, Object> wm = new LinkedHashMap<>();
                wm.put("region", w.region().isEmpty() ? null : w.region());
                wm.put("message", w.message());
                items.add(wm);
            }
            gm.put("items", items);
            groups.add(gm);
        }
        m.put("warnings", r.warningGroups().stream().map(DosimetryWarning.Group::summary).toList());
        m.put("warning_groups", groups);
        return m;
    }

    public static String toJson(PlanResult r) {
        return JSON.writeValueAsString(toMap(r));
    }

    public static String toText(PlanResult r) {
        final StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Whole body: residence time %.2f h (fit %s), 48-h retention %.1f%% "
                + "(fit %s)%n", r.wholeBody().residenceTimeHours(), r.wholeBody().fit().model().code(),
                r.wholeBody().retention48hPercent(), r.wholeBody().retentionFit().model().code()));
        out.append(String.format(Locale.ROOT, "Blood: %.4f Gy/GBq (beta %.0f%%), maximum tolerated activity %.2f GBq, "
                + "residence time %.4g h/ml (fit %s)%n", r.blood().dosePerGBqGy(), 100 * r.blood().betaFraction(),
                r.blood().mtaGBq(), r.blood().residenceTimeHoursPerMl(), r.blood().fit().model().code()));
        out.append(String.format(Locale.ROOT, "48-h retention limit: %.2f GBq%n%n", r.retentionLimitGBq()));
        out.append(String.format(Locale.ROOT, "%-10s %12s %8s %-15s %14s %22s %12s %14s%n", "lesion", "residence h",
                "extrap", "fit", "Gy/GBq sphere", "95% interval", "Gy/GBq LED", "GBq to target"));
        for (PlanResult.Lesion l : r.lesions()) {
            out.append(String.format(Locale.ROOT, "%-10s %12.4f %7.0f%% %-15s %14.2f %22s %12.2f %14.3f%n", l.id(),
                    l.residenceTimeHours(), 100 * l.fractionExtrapolated(), l.fit().model().code(), l.dosePerGBqGy(),
                    l.dosePerGBqCi() == null ? "-" : String.format(Locale.ROOT, "[%.2f, %.2f]", l.dosePerGBqCi()[0],
                            l.dosePerGBqCi()[1]), l.dosePerGBqGyLed(), l.activityForTargetGBq()));
        }
        final PlanResult.Prescription rx = r.prescription();
        out.append(String.format(Locale.ROOT, "%nPrescription: %.2f GBq (%.0f mCi), limited by %s; proceed: %s%n",
                rx.activityGBq(), rx.activityMCi(), rx.limitedBy().code(), rx.proceed() ? "yes" : "no"));
        for (PlanResult.LesionDoseAtActivity d : rx.lesionDosesGy()) {
            out.append(String.format(Locale.ROOT, "  %-10s %8.1f Gy%n", d.id(), d.doseGy()));
        }
        out.append(System.lineSeparator()).append("Method: ").append(r.method().summary())
                .append(System.lineSeparator());
        DosimetryWarning.Severity severity = null;
        for (DosimetryWarning.Group g : r.warningGroups()) {
            if (g.severity() != severity) {
                severity = g.severity();
                out.append(System.lineSeparator()).append("Warnings, ").append(severity.label()).append(':')
                        .append(System.lineSeparator());
            }
            out.append("warning: ").append(g.summary()).append(System.lineSeparator())
                    .append("  what to do: ").append(g.advice()).append(System.lineSeparator());
        }
        return out.toString();
    }

    /**
     * Every model tried for a region: model, status, parameters, AICc and its distance from the smallest, residence
     * time, and whether it is the fit used ({@code chosen}); for the whole body also each fit's 48-h retention and
     * whether the retention limit uses it ({@code chosen_for_retention_48h}).
     */
    private static List<Map<String, Object>> candidates(List<CurveFit> tried, CurveFit.Evaluated chosen,
                                                        CurveFit.Evaluated retentionFit) {
        final double best = tried.stream().filter(c -> c instanceof CurveFit.Evaluated e && Double.isFinite(e.aicc()))
                .mapToDouble(c -> ((CurveFit.Evaluated) c).aicc()).min().orElse(Double.NaN);
        final List<Map<String, Object>> out = new ArrayList<>();
        for (CurveFit c : tried) {
            final Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("model", c.model().code());
            if (c instanceof CurveFit.Evaluated e) {
                cm.put("status", "evaluated");
                cm.put("parameters", new TreeMap<>(e.parameters()));
                cm.put("aicc", num(e.aicc()));
                cm.put("delta_aicc", num(e.aicc() - best));
                cm.put("residence_time_h", num(e.residenceTimeHours()));
                if (retentionFit != null) {
                    cm.put("retention_48h_percent", num(100 * e.curve().applyAsDouble(48)));
                }
            } else if (c instanceof CurveFit.NotConverged nc) {
                cm.put("status", "not_converged");
                cm.put("reason", nc.reason());
            } else if (c instanceof CurveFit.NotEvaluable ne) {
                cm.put("status", "not_evaluable");
                cm.put("reason", ne.reason());
            }
            cm.put("chosen", c == chosen);
            if (retentionFit != null) {
                cm.put("chosen_for_retention_48h", c == retentionFit);
            }
            out.add(cm);
        }
        return out;
    }

    private static Map<String, Object> fit(CurveFit.Evaluated f) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", f.model().code());
        m.put("parameters", f.parameters());
        final Map<String, Object> cv = new LinkedHashMap<>();
        f.parameterCv().forEach((k, v) -> cv.put(k, num(v)));
        m.put("cv", cv);
        m.put("max_abs_correlation", num(f.maxAbsCorrelation()));
        m.put("aicc", num(f.aicc()));
        m.put("residence_time_h", num(f.residenceTimeHours()));
        m.put("fraction_extrapolated", num(f.fractionExtrapolated()));
        m.put("warnings", f.warnings());
        return m;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
