package org.rediff.io.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rediff.core.survival.CoxModel;
import org.rediff.core.survival.KaplanMeierCurve;
import org.rediff.core.survival.LogRankTest;
import org.rediff.core.survival.SurvivalObservation;
import org.rediff.io.chart.KaplanMeierSvg;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result of a cohort's survival analysis (computed by the service layer's {@code CohortSurvival}) and its
 * renderings: the overall Kaplan-Meier curve (at landmark
 * times), medians, per-group curves, the log-rank test and a Cox model, with the JSON object of issue 4's contract.
 *
 * @param overall    overall curve
 * @param landmarks  overall curve at the requested times (every event time when none were requested)
 * @param groups     per-group curves in sorted group order (empty without groups)
 * @param groupLandmarks each group's curve at the same times as {@code landmarks}, in the same group order
 * @param logRank    log-rank test, or null without groups
 * @param cox        Cox model, or null without covariates or groups
 * @param input      the data
 */
public record SurvivalAnalysis(KaplanMeierCurve overall, List<KaplanMeierCurve.Landmark> landmarks,
                               Map<String, KaplanMeierCurve> groups,
                               Map<String, List<KaplanMeierCurve.Landmark>> groupLandmarks, LogRankTest.Result logRank,
                               CoxModel.Result cox, SurvivalInput input) {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Kaplan-Meier curves as SVG: one per group with its number at risk, or a single "All" curve. */
    public String kaplanMeierSvg(String title, String timeLabel) {
        final Map<String, KaplanMeierCurve> curves = new LinkedHashMap<>();
        final Map<String, List<SurvivalObservation>> data = new LinkedHashMap<>();
        if (groups.isEmpty()) {
            curves.put("All", overall);
            data.put("All", input.observations());
        } else {
            curves.putAll(groups);
            groups.keySet().forEach(g -> data.put(g, input.observationsOf(g)));
        }
        return KaplanMeierSvg.render(title, timeLabel, curves, data);
    }

    public Map<String, Object> toMap() {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("km", landmarkMap(landmarks));
        m.put("n", overall.subjects());
        m.put("events", overall.events());
        m.put("median", num(overall.median().estimate()));
        m.put("median_lower", num(overall.median().lower()));
        m.put("median_upper", num(overall.median().upper()));
        m.put("conf_type", overall.confidenceType().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("level", overall.level());
        if (!groups.isEmpty()) {
            final List<Map<String, Object>> rows = new ArrayList<>();
            groups.forEach((g, c) -> {
                final Map<String, Object> row = new LinkedHashMap<>();
                row.put("group", g);
                row.put("n", c.subjects());
                row.put("events", c.events());
                row.put("median", num(c.median().estimate()));
                row.put("lower", num(c.median().lower()));
                row.put("upper", num(c.median().upper()));
                row.put("km", landmarkMap(groupLandmarks.get(g)));
                rows.add(row);
            });
            m.put("groups", rows);
        }
        if (logRank != null) {
            final Map<String, Object> lr = new LinkedHashMap<>();
            lr.put("chisq", logRank.chiSquare());
            lr.put("df", logRank.df());
            lr.put("p", logRank.pValue());
            lr.put("observed", arrayMap(logRank.groups(), logRank.observed()));
            lr.put("expected", arrayMap(logRank.groups(), logRank.expected()));
            m.put("logrank", lr);
        }
        if (cox != null) {
            final Map<String, Object> c = new LinkedHashMap<>();
            c.put("terms", cox.terms().stream().map(CoxModel.Term::name).toList());
            c.put("coef", cox.terms().stream().map(CoxModel.Term::coef).toList());
            c.put("hr", cox.terms().stream().map(CoxModel.Term::hazardRatio).toList());
            c.put("se", cox.terms().stream().map(CoxModel.Term::se).toList());
            c.put("z", cox.terms().stream().map(CoxModel.Term::z).toList());
            c.put("p", cox.terms().stream().map(CoxModel.Term::pValue).toList());
            c.put("hr_lower", cox.terms().stream().map(CoxModel.Term::hrLower).toList());
            c.put("hr_upper", cox.terms().stream().map(CoxModel.Term::hrUpper).toList());
            c.put("ties", cox.ties().name().toLowerCase(Locale.ROOT));
            c.put("lr_chisq", cox.lrChiSquare());
            c.put("lr_df", cox.df());
            c.put("lr_p", cox.lrPValue());
            c.put("n", cox.subjects());
            c.put("events", cox.events());
            c.put("warnings", cox.warnings());
            m.put("cox", c);
        }
        m.put("method", "Kaplan-Meier with Greenwood variance; log-rank (survdiff rho = 0); Cox proportional hazards "
                + "(Newton-Raphson, " + (cox == null ? "efron" : cox.ties().name().toLowerCase(Locale.ROOT))
                + " ties; categorical terms against the first sorted level) — as R's survival package (Therneau).");
        return m;
    }

    /** A curve at landmark times as issue 4's {@code km} object. */
    private static Map<String, Object> landmarkMap(List<KaplanMeierCurve.Landmark> at) {
        final Map<String, Object> km = new LinkedHashMap<>();
        km.put("times", at.stream().map(KaplanMeierCurve.Landmark::time).toList());
        km.put("survival", at.stream().map(l -> num(l.survival())).toList());
        km.put("lower", at.stream().map(l -> num(l.lower())).toList());
        km.put("upper", at.stream().map(l -> num(l.upper())).toList());
        km.put("n_risk", at.stream().map(KaplanMeierCurve.Landmark::atRisk).toList());
        return km;
    }

    public String toJson() {
        return JSON.writeValueAsString(toMap());
    }

    /**
     * The text report. Every column keeps one number of decimals (survival and its limits 4; times and medians as
     * many as the data need, 0 for whole times, else 2), and intervals read {@code [lower, upper]}.
     */
    public String toText() {
        final StringBuilder out = new StringBuilder();
        final List<Double> times = new java.util.ArrayList<>(List.of(overall.median().estimate(),
                overall.median().lower(), overall.median().upper()));
        groups.values().forEach(c -> times.addAll(List.of(c.median().estimate(), c.median().lower(),
                c.median().upper())));
        final int timeDecimals = decimals(times);
        out.append(String.format(Locale.ROOT, "n = %d, events = %d; median %s [%s, %s] (%.0f%% CI, %s)%n",
                overall.subjects(), overall.events(), fixed(overall.median().estimate(), timeDecimals),
                fixed(overall.median().lower(), timeDecimals), fixed(overall.median().upper(), timeDecimals),
                overall.level() * 100, toMap().get("conf_type")));
        final List<Double> landmarkTimes = new java.util.ArrayList<>();
        landmarks.forEach(l -> landmarkTimes.add(l.time()));
        groupLandmarks.values().forEach(at -> at.forEach(l -> landmarkTimes.add(l.time())));
        final int landmarkDecimals = decimals(landmarkTimes);
        out.append(String.format(Locale.ROOT, "%n%-16s %10s %8s %10s %10s %8s%n", "group", "time", "S(t)", "lower",
                "upper", "at risk"));
        landmarkRows(out, "all", landmarks, landmarkDecimals);
        groupLandmarks.forEach((g, at) -> landmarkRows(out, g, at, landmarkDecimals));
        if (!groups.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n%-16s %5s %7s %10s %10s %10s%n", "group", "n", "events",
                    "median", "lower", "upper"));
            groups.forEach((g, c) -> out.append(String.format(Locale.ROOT, "%-16s %5d %7d %10s %10s %10s%n", g,
                    c.subjects(), c.events(), fixed(c.median().estimate(), timeDecimals),
                    fixed(c.median().lower(), timeDecimals), fixed(c.median().upper(), timeDecimals))));
        }
        if (logRank != null) {
            out.append(String.format(Locale.ROOT, "%nLog-rank: chisq = %.4f on %d df, p = %.4g%n", logRank.chiSquare(),
                    logRank.df(), logRank.pValue()));
        }
        if (cox != null) {
            out.append(String.format(Locale.ROOT, "%nCox (%s ties): %-18s %9s %9s %9s %9s %19s%n",
                    cox.ties().name().toLowerCase(Locale.ROOT), "term", "coef", "HR", "se", "p", "95% CI (HR)"));
            for (CoxModel.Term t : cox.terms()) {
                out.append(String.format(Locale.ROOT, "%20s %-18s %9.4f %9.4f %9.4f %9.4g %19s%n", "", t.name(),
                        t.coef(), t.hazardRatio(), t.se(), t.pValue(), "[" + fixed(t.hrLower(), 3) + ", "
                                + fixed(t.hrUpper(), 3) + "]"));
            }
            cox.warnings().forEach(w -> out.append("warning: ").append(w).append(System.lineSeparator()));
        }
        return out.toString();
    }

    private static void landmarkRows(StringBuilder out, String group, List<KaplanMeierCurve.Landmark> at,
                                     int timeDecimals) {
        for (KaplanMeierCurve.Landmark l : at) {
            out.append(String.format(Locale.ROOT, "%-16s %10s %8s %10s %10s %8d%n", group,
                    fixed(l.time(), timeDecimals), fixed(l.survival(), 4), fixed(l.lower(), 4),
                    fixed(l.upper(), 4), l.atRisk()));
        }
    }

    /** 0 when every finite value is whole, else 2. */
    private static int decimals(List<Double> values) {
        return values.stream().filter(Double::isFinite).allMatch(v -> v == Math.rint(v)) ? 0 : 2;
    }

    private static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "NA";
    }

    private static Map<String, Double> arrayMap(List<String> keys, double[] values) {
        final Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            m.put(keys.get(i), values[i]);
        }
        return m;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
