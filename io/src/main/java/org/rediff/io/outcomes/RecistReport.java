package org.rediff.io.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rediff.core.response.RecistResult;
import org.rediff.core.response.Response;
import org.rediff.core.response.ThyroglobulinMeasurement;
import org.rediff.core.response.ThyroglobulinResponse;
import org.rediff.core.response.TimePoint;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output of {@code rediff recist}: time points, best overall response, best change (issue 4 contract), and a
 * {@code thyroglobulin} object when the input has thyroglobulin samples.
 */
public final class RecistReport {
    /** The RECIST reference every report names. */
    public static final String RECIST_METHOD = "RECIST 1.1 (Eisenhauer EA, et al. Eur J Cancer 2009;45:228-247, "
            + "doi:10.1016/j.ejca.2008.10.026): Tables 1-2 for time-point response, Table 3 for best overall response";
    /** The thyroglobulin reference. */
    public static final String TG_METHOD = "Percent change from the first sample of the same kind (suppressed or "
            + "stimulated); ATA 2015 response to therapy (Haugen BR, et al. Thyroid 2016;26:1-133) from the last sample "
            + "and imaging";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RecistReport() {
    }

    public static Map<String, Object> toMap(PatientResponse patient) {
        final RecistResult r = patient.recist();
        final Map<String, Object> m = new LinkedHashMap<>();
        final List<Map<String, Object>> points = new ArrayList<>();
        for (TimePoint p : r.timePoints()) {
            final Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", p.date().toString());
            row.put("baseline", p.baseline());
            row.put("sum_mm", num(p.sumMm()));
            row.put("change_from_baseline_pct", num(p.changeFromBaselinePct()));
            row.put("change_from_nadir_pct", num(p.changeFromNadirPct()));
            row.put("target", name(p.target()));
            row.put("non_target", name(p.nonTarget()));
            row.put("new_lesions", p.newLesions());
            row.put("overall", name(p.overall()));
            points.add(row);
        }
        m.put("timepoints", points);
        m.put("best_overall_response", name(r.bestOverallResponse()));
        m.put("best_change_pct", num(r.bestChangePct()));
        m.put("confirmation", r.settings().confirmation());
        m.put("confirmation_min_days", r.settings().confirmationMinDays());
        m.put("sd_min_days", r.settings().sdMinDays());
        m.put("notes", r.notes());
        m.put("method", RECIST_METHOD);
        if (patient.thyroglobulin() != null) {
            m.put("thyroglobulin", thyroglobulin(patient));
        }
        return m;
    }

    private static Map<String, Object> thyroglobulin(PatientResponse patient) {
        final ThyroglobulinResponse.Result t = patient.thyroglobulin();
        final RecistInputJson.Thyroglobulin in = patient.input().thyroglobulin();
        final List<Map<String, Object>> samples = new ArrayList<>();
        for (int i = 0; i < t.samples().size(); i++) {
            final ThyroglobulinMeasurement s = t.samples().get(i);
            final Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", s.date().toString());
            row.put("tg_ng_per_ml", s.tgNgPerMl());
            row.put("stimulated", s.stimulated());
            row.put("antibodies", antibodies(s.antibodiesPositive()));
            row.put("change_from_baseline_pct", num(t.changesPct().get(i)));
            samples.add(row);
        }
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", samples);
        m.put("best_change_pct", num(t.bestChangePct()));
        m.put("antibody_interference", t.antibodyInterference());
        m.put("imaging", in.imaging().code());
        m.put("antibodies_rising", in.antibodiesRising());
        m.put("ata_category", t.ataCategory().code());
        m.put("notes", t.notes());
        m.put("method", TG_METHOD);
        return m;
    }

    public static String toJson(PatientResponse patient) {
        return JSON.writeValueAsString(toMap(patient));
    }

    public static String toText(PatientResponse patient) {
        final RecistResult r = patient.recist();
        final StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %9s %10s %10s %-8s %-14s %-4s %-14s%n", "date", "sum mm",
                "vs base %", "vs nadir %", "target", "non-target", "new", "overall"));
        for (TimePoint p : r.timePoints()) {
            out.append(String.format(Locale.ROOT, "%-12s %9s %10s %10s %-8s %-14s %-4s %-14s%n", p.date(),
                    fmt(p.sumMm()), fmt(p.changeFromBaselinePct()), fmt(p.changeFromNadirPct()), dash(p.target()),
                    dash(p.nonTarget()), p.newLesions() ? "yes" : "no", p.baseline() ? "baseline" : dash(p.overall())));
        }
        out.append(String.format(Locale.ROOT, "%nBest overall response: %s (%s confirmation)%n",
                label(r.bestOverallResponse()), r.settings().confirmation() ? "with" : "without"));
        out.append(String.format(Locale.ROOT, "Best change from baseline: %s%%%n", fmt(r.bestChangePct())));
        r.notes().forEach(n -> out.append("note: ").append(n).append(System.lineSeparator()));
        final ThyroglobulinResponse.Result t = patient.thyroglobulin();
        if (t != null) {
            out.append(String.format(Locale.ROOT, "%nThyroglobulin%n%-12s %12s %-11s %-13s %10s%n", "date",
                    "Tg ng/mL", "kind", "anti-Tg Ab", "vs base %"));
            for (int i = 0; i < t.samples().size(); i++) {
                final ThyroglobulinMeasurement s = t.samples().get(i);
                out.append(String.format(Locale.ROOT, "%-12s %12s %-11s %-13s %10s%n", s.date(),
                        java.math.BigDecimal.valueOf(s.tgNgPerMl()).stripTrailingZeros().toPlainString(), s.stimulated() ? "stimulated" : "suppressed",
                        antibodies(s.antibodiesPositive()), fmt(t.changesPct().get(i))));
            }
            out.append(String.format(Locale.ROOT, "Best thyroglobulin change: %s%%; ATA response: %s (imaging %s)%n",
                    fmt(t.bestChangePct()), t.ataCategory().label(),
                    patient.input().thyroglobulin().imaging().label()));
            t.notes().forEach(n -> out.append("note: ").append(n).append(System.lineSeparator()));
        }
        return out.toString();
    }

    /** The antibody status as the input spells it. */
    public static String antibodies(Boolean positive) {
        return positive == null ? "not_measured" : positive ? "positive" : "negative";
    }

    /** The response's code, for the JSON report. */
    private static String name(Response r) {
        return r == null ? null : r.code();
    }

    /** The response as RECIST tables write it (non-CR/non-PD), for the text report. */
    private static String label(Response r) {
        return r == null ? null : r.label();
    }

    private static String dash(Response r) {
        return r == null ? "-" : r.label();
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "-";
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
