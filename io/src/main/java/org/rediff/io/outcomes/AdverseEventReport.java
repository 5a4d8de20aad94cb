package org.rediff.io.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rediff.core.response.AdverseEventSummary;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output of {@code rediff adverse-events}: patients by worst CTCAE grade, grade ≥ 3, interruptions and
 * withdrawals (the columns of the ITOG 2025 review's Table 4), and per-term counts; every percentage is of the
 * treated patients.
 */
public final class AdverseEventReport {
    /** How the summary is counted. */
    public static final String METHOD = "CTCAE v5.0 (NCI 2017) grades; each patient counted once per line, at their "
            + "worst grade; percentages of all treated patients, including those without events; columns as the "
            + "ITOG 2025 review's Table 4 (grade 3, grade 4, temporary discontinuation, definitive withdrawal)";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private AdverseEventReport() {
    }

    public static Map<String, Object> toMap(AdverseEventSummary.Result r) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("treated", r.treated());
        m.put("related_only", r.relatedOnly());
        m.put("patients_with_events", patientsWithEvents(r));
        final List<Map<String, Object>> grades = new ArrayList<>();
        for (int g = 1; g <= 5; g++) {
            final Map<String, Object> row = new LinkedHashMap<>();
            row.put("grade", g);
            row.put("patients", r.worstGradeCounts()[g - 1]);
            row.put("percent", pct(r.worstGradeCounts()[g - 1], r.treated()));
            grades.add(row);
        }
        m.put("worst_grade", grades);
        m.put("grade3_or_worse", r.grade3OrWorse());
        m.put("grade3_or_worse_pct", pct(r.grade3OrWorse(), r.treated()));
        m.put("interrupted_or_reduced", r.interrupted());
        m.put("interrupted_or_reduced_pct", pct(r.interrupted(), r.treated()));
        m.put("withdrawn", r.withdrawn());
        m.put("withdrawn_pct", pct(r.withdrawn(), r.treated()));
        final List<Map<String, Object>> terms = new ArrayList<>();
        for (AdverseEventSummary.TermCount t : r.terms()) {
            final Map<String, Object> row = new LinkedHashMap<>();
            row.put("term", t.term());
            row.put("any_grade", t.anyGrade());
            row.put("any_grade_pct", pct(t.anyGrade(), r.treated()));
            row.put("grade3_or_worse", t.grade3OrWorse());
            row.put("grade3_or_worse_pct", pct(t.grade3OrWorse(), r.treated()));
            terms.add(row);
        }
        m.put("terms", terms);
        m.put("method", METHOD);
        return m;
    }

    public static String toJson(AdverseEventSummary.Result r) {
        return JSON.writeValueAsString(toMap(r));
    }

    public static String toText(AdverseEventSummary.Result r) {
        final StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d treated patients, %d with %sevents%n", r.treated(),
                patientsWithEvents(r), r.relatedOnly() ? "drug-related " : ""));
        out.append(String.format(Locale.ROOT, "%-32s %9s %8s%n", "worst grade", "patients", "%"));
        for (int g = 1; g <= 5; g++) {
            out.append(row("grade " + g, r.worstGradeCounts()[g - 1], r.treated()));
        }
        out.append(row("grade >= 3", r.grade3OrWorse(), r.treated()));
        out.append(row("interrupted or dose reduced", r.interrupted(), r.treated()));
        out.append(row("withdrawn", r.withdrawn(), r.treated()));
        if (!r.terms().isEmpty()) {
            final int width = Math.max(32, r.terms().stream().mapToInt(t -> t.term().length()).max().orElse(0));
            out.append(String.format(Locale.ROOT, "%n%-" + width + "s %9s %8s %9s %8s%n", "term", "any grade", "%",
                    "grade>=3", "%"));
            for (AdverseEventSummary.TermCount t : r.terms()) {
                out.append(String.format(Locale.ROOT, "%-" + width + "s %9d %8.1f %9d %8.1f%n", t.term(), t.anyGrade(),
                        pct(t.anyGrade(), r.treated()), t.grade3OrWorse(), pct(t.grade3OrWorse(), r.treated())));
            }
        }
        return out.toString();
    }

    /** Patients with at least one counted event. */
    public static int patientsWithEvents(AdverseEventSummary.Result r) {
        int n = 0;
        for (int c : r.worstGradeCounts()) {
            n += c;
        }
        return n;
    }

    /** Percent of the treated patients. */
    public static double pct(int patients, int treated) {
        return 100.0 * patients / treated;
    }

    private static String row(String label, int patients, int treated) {
        return String.format(Locale.ROOT, "%-32s %9d %8.1f%n", label, patients, pct(patients, treated));
    }
}
