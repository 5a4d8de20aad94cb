package org.rediff.io.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rediff.core.response.RecistResult;
import org.rediff.core.response.Response;
import org.rediff.core.response.TimePoint;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The output of {@code rediff recist}: time points, best overall response, best change (issue 4 contract). */
public final class RecistReport {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RecistReport() {
    }

    public static Map<String, Object> toMap(RecistResult r) {
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
        m.put("method", "RECIST 1.1 (Eisenhauer EA, et al. Eur J Cancer 2009;45:228-247, doi:10.1016/j.ejca.2008.10.026)"
                + ": Tables 1-2 for time-point response, Table 3 for best overall response");
        return m;
    }

    public static String toJson(RecistResult r) {
        return JSON.writeValueAsString(toMap(r));
    }

    public static String toText(RecistResult r) {
        final StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %9s %10s %10s %-8s %-14s %-4s %-14s%n", "date", "sum mm",
                "vs base %", "vs nadir %", "target", "non-target", "new", "overall"));
        for (TimePoint p : r.timePoints()) {
            out.append(String.format(Locale.ROOT, "%-12s %9s %10s %10s %-8s %-14s %-4s %-14s%n", p.date(),
                    fmt(p.sumMm()), fmt(p.changeFromBaselinePct()), fmt(p.changeFromNadirPct()), dash(p.target()),
                    dash(p.nonTarget()), p.newLesions() ? "yes" : "no", p.baseline() ? "baseline" : dash(p.overall())));
        }
        out.append(String.format(Locale.ROOT, "%nBest overall response: %s (%s confirmation)%n",
                name(r.bestOverallResponse()), r.settings().confirmation() ? "with" : "without"));
        out.append(String.format(Locale.ROOT, "Best change from baseline: %s%%%n", fmt(r.bestChangePct())));
        r.notes().forEach(n -> out.append("note: ").append(n).append(System.lineSeparator()));
        return out.toString();
    }

    private static String name(Response r) {
        return r == null ? null : r.name();
    }

    private static String dash(Response r) {
        return r == null ? "-" : r.name();
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "-";
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
