package org.rediff.app.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.rediff.core.common.ConfidenceInterval;
import org.rediff.core.evidence.ClopperPearsonInterval;
import org.rediff.core.response.Response;
import org.rediff.core.survival.CoxModel;
import org.rediff.core.survival.KaplanMeierCurve;
import org.rediff.core.survival.LogRankTest;
import org.rediff.io.outcomes.CohortCsv;
import org.rediff.io.outcomes.SurvivalAnalysis;

/**
 * An analysed cohort as the text the cohort page shows. Undefined numbers show as "–", medians not reached as "NR".
 *
 * @param summary    patients, events, overall median
 * @param landmarks  the overall curve at the landmark times
 * @param groupLandmarks each group's curve at the landmark times (empty without groups)
 * @param groups     per-group medians (empty without a group column)
 * @param logRank    the log-rank test, or null
 * @param cox        the Cox model, or null
 * @param responses  best-response counts (null without a best_response column)
 * @param bars       patients drawn in the waterfall plot
 * @param notDrawn   patients without a best change (not in the waterfall plot)
 * @param bestChangeColumn whether the CSV has a best_change_pct column
 * @param method     how it was computed
 */
public record CohortView(Summary summary, List<LandmarkRow> landmarks, List<GroupLandmarkRow> groupLandmarks,
                         List<GroupRow> groups, LogRank logRank,
                         Cox cox, Responses responses, int bars, List<String> notDrawn, boolean bestChangeColumn,
                         String method) {

    /**
     * @param n          patients
     * @param events     events
     * @param median     median time (NR: not reached)
     * @param lower      its lower confidence limit
     * @param upper      its upper confidence limit
     * @param confidence interval type and level, e.g. "95% CI, log"
     * @param groupColumn group column, or null
     */
    public record Summary(int n, int events, String median, String lower, String upper, String confidence,
                          String groupColumn) {
    }

    /**
     * @param time     landmark
     * @param survival S(t)
     * @param lower    lower limit
     * @param upper    upper limit
     * @param atRisk   number at risk at t
     */
    public record LandmarkRow(String time, String survival, String lower, String upper, int atRisk) {
        static LandmarkRow of(KaplanMeierCurve.Landmark l) {
            return new LandmarkRow(Fmt.upTo(l.time(), 2), Fmt.fixed(l.survival(), 3), Fmt.fixed(l.lower(), 3),
                    Fmt.fixed(l.upper(), 3), l.atRisk());
        }
    }

    /**
     * @param group    group
     * @param landmark the group's curve at one landmark time
     */
    public record GroupLandmarkRow(String group, LandmarkRow landmark) {
    }

    /**
     * @param group  group
     * @param n      patients
     * @param events events
     * @param median median (NR: not reached)
     * @param lower  lower limit
     * @param upper  upper limit
     */
    public record GroupRow(String group, int n, int events, String median, String lower, String upper) {
    }

    /**
     * @param chiSquare χ²
     * @param df        degrees of freedom
     * @param p         p-value
     * @param rows      observed and expected events per group
     */
    public record LogRank(String chiSquare, int df, String p, List<ObservedExpected> rows) {
    }

    /**
     * @param group    group
     * @param n        patients
     * @param observed observed events
     * @param expected expected events
     */
    public record ObservedExpected(String group, int n, String observed, String expected) {
    }

    /**
     * @param model    what was modelled
     * @param ties     tie handling
     * @param terms    one row per term
     * @param lr       likelihood-ratio test
     * @param warnings convergence problems
     */
    public record Cox(String model, String ties, List<Term> terms, String lr, List<String> warnings) {
    }

    /**
     * @param name  term
     * @param coef  log hazard ratio
     * @param hr    hazard ratio
     * @param lower lower limit of the hazard ratio
     * @param upper upper limit
     * @param se    standard error of coef
     * @param z     Wald z
     * @param p     p-value
     */
    public record Term(String name, String coef, String hr, String lower, String upper, String se, String z,
                       String p) {
    }

    /**
     * @param columns the groups and "All"
     * @param rows    one per response that occurs, then objective response, its 95% CI and disease control
     * @param orr     the objective response rate of all patients
     */
    public record Responses(List<String> columns, List<ResponseRow> rows, Orr orr) {
    }

    /**
     * @param responders patients with a best response of CR or PR
     * @param patients   all patients (the denominator)
     * @param percent    the rate in percent, one decimal
     * @param ci         its exact 95% interval, e.g. "15.4–59.2%"
     */
    public record Orr(int responders, int patients, String percent, String ci) {
    }

    /**
     * @param label     CR, PR … or "Objective response (CR + PR)"
     * @param cssClass  colour class
     * @param code      response code (resp-… ids), or orr/dcr
     * @param cells     "n (%)" per column
     */
    public record ResponseRow(String label, String cssClass, String code, List<String> cells) {
    }

    public static CohortView of(CohortRun run) {
        final SurvivalAnalysis a = run.analysis();
        final KaplanMeierCurve overall = a.overall();
        final String ci = Math.round(overall.level() * 100) + "% CI, "
                + overall.confidenceType().label();
        final Summary summary = new Summary(overall.subjects(), overall.events(), Fmt.time(overall.median().estimate()),
                Fmt.time(overall.median().lower()), Fmt.time(overall.median().upper()), ci,
                a.groups().isEmpty() ? null : run.form().group());

        final List<LandmarkRow> landmarks = a.landmarks().stream().map(LandmarkRow::of).toList();
        final List<GroupLandmarkRow> groupLandmarks = new ArrayList<>();
        a.groupLandmarks().forEach((g, at) -> at.forEach(l -> groupLandmarks.add(new GroupLandmarkRow(g,
                LandmarkRow.of(l)))));
        final List<GroupRow> groups = new ArrayList<>();
        a.groups().forEach((g, c) -> groups.add(new GroupRow(g, c.subjects(), c.events(),
                Fmt.time(c.median().estimate()), Fmt.time(c.median().lower()), Fmt.time(c.median().upper()))));

        LogRank logRank = null;
        if (a.logRank() != null) {
            final LogRankTest.Result lr = a.logRank();
            final List<ObservedExpected> rows = new ArrayList<>();
            for (int i = 0; i < lr.groups().size(); i++) {
                rows.add(new ObservedExpected(lr.groups().get(i), lr.subjects()[i], Fmt.upTo(lr.observed()[i], 0),
                        Fmt.fixed(lr.expected()[i], 2)));
            }
            logRank = new LogRank(Fmt.fixed(lr.chiSquare(), 4), lr.df(), Fmt.p(lr.pValue()), rows);
        }

        Cox cox = null;
        if (a.cox() != null) {
            final CoxModel.Result c = a.cox();
            final List<Term> terms = new ArrayList<>();
            for (CoxModel.Term t : c.terms()) {
                terms.add(new Term(t.name(), Fmt.fixed(t.coef(), 4), Fmt.fixed(t.hazardRatio(), 3),
                        Fmt.fixed(t.hrLower(), 3), Fmt.fixed(t.hrUpper(), 3), Fmt.fixed(t.se(), 4),
                        Fmt.fixed(t.z(), 3), Fmt.p(t.pValue())));
            }
            final String model = a.input().covariates().isEmpty()
                    ? "the group column '" + run.form().group() + "' (reference: " + new TreeSet<>(a.groups().keySet())
                    .first() + ")"
                    : "covariates " + String.join(", ", a.input().covariates().stream()
                    .map(v -> v.categorical() ? "factor(" + v.name() + ")" : v.name()).toList());
            cox = new Cox(model, c.ties().label(), terms,
                    "likelihood ratio χ² = " + Fmt.fixed(c.lrChiSquare(), 3) + " on " + c.df() + " df, p = "
                            + Fmt.p(c.lrPValue()) + " (n = " + c.subjects() + ", events = " + c.events() + ")",
                    c.warnings());
        }

        final CohortCsv cohort = run.cohort();
        final List<String> notDrawn = new ArrayList<>();
        int bars = 0;
        for (CohortCsv.Patient p : cohort.patients()) {
            if (p.hasBestChange()) {
                bars++;
            } else {
                notDrawn.add(p.id());
            }
        }
        return new CohortView(summary, landmarks, groupLandmarks, groups, logRank, cox,
                cohort.hasBestResponseColumn() ? responses(cohort) : null, bars, notDrawn,
                cohort.hasBestChangeColumn(), (String) a.toMap().get("method"));
    }

    /** Best-response counts per group and in all, with objective response (CR + PR) and disease control. */
    private static Responses responses(CohortCsv cohort) {
        final Map<String, List<CohortCsv.Patient>> byColumn = new LinkedHashMap<>();
        final TreeSet<String> groups = new TreeSet<>();
        cohort.patients().forEach(p -> {
            if (p.group() != null) {
                groups.add(p.group());
            }
        });
        if (groups.size() > 1) {
            groups.forEach(g -> byColumn.put(g, cohort.patients().stream().filter(p -> g.equals(p.group())).toList()));
        }
        byColumn.put("All", cohort.patients());
        final List<ResponseRow> rows = new ArrayList<>();
        final Response[] order = {Response.CR, Response.PR, Response.SD, Response.NON_CR_NON_PD, Response.PD,
                Response.NE};
        for (Response r : order) {
            if (cohort.patients().stream().anyMatch(p -> p.bestResponse() == r)) {
                rows.add(row(Fmt.response(r), Fmt.responseClass(r), r.code(), byColumn,
                        p -> p.bestResponse() == r));
            }
        }
        if (cohort.patients().stream().anyMatch(p -> p.bestResponse() == null)) {
            rows.add(row("not given", Fmt.responseClass(null), "none", byColumn, p -> p.bestResponse() == null));
        }
        final Predicate<CohortCsv.Patient> objective = p -> p.bestResponse() == Response.CR
                || p.bestResponse() == Response.PR;
        rows.add(row("Objective response (CR + PR)", "total", "orr", byColumn, objective));
        rows.add(orrInterval(byColumn, objective));
        rows.add(row("Disease control (CR + PR + SD + non-CR/non-PD)", "total", "dcr", byColumn,
                p -> p.bestResponse() != null && p.bestResponse() != Response.PD && p.bestResponse() != Response.NE));
        final int responders = (int) cohort.patients().stream().filter(objective).count();
        final int n = cohort.patients().size();
        return new Responses(List.copyOf(byColumn.keySet()), rows, new Orr(responders, n,
                Fmt.fixed(100.0 * responders / n, 1), orrCi(cohort.patients(), objective)));
    }

    /**
     * The exact (Clopper-Pearson) 95% interval of each column's objective response rate, over the same denominator
     * as the percentages (every patient in the column): a rate from 10 or 20 patients means little without it, and
     * the exact interval keeps its coverage at such sizes where the Wald interval does not.
     */
    private static ResponseRow orrInterval(Map<String, List<CohortCsv.Patient>> columns,
                                           Predicate<CohortCsv.Patient> objective) {
        final List<String> cells = new ArrayList<>();
        columns.values().forEach(ps -> cells.add(orrCi(ps, objective)));
        return new ResponseRow("95% CI of the objective response rate (exact, Clopper-Pearson)", "ci", "orr-ci",
                cells);
    }

    /** "15.4–59.2%": the interval in percent to one decimal. */
    static String orrCi(List<CohortCsv.Patient> patients, Predicate<CohortCsv.Patient> objective) {
        final int k = (int) patients.stream().filter(objective).count();
        final ConfidenceInterval ci = ClopperPearsonInterval.of(k, patients.size(), OutcomesService.LEVEL);
        return Fmt.fixed(100 * ci.lower(), 1) + "–" + Fmt.fixed(100 * ci.upper(), 1) + "%";
    }

    private static ResponseRow row(String label, String css, String code, Map<String, List<CohortCsv.Patient>> columns,
                                   Predicate<CohortCsv.Patient> counted) {
        final List<String> cells = new ArrayList<>();
        columns.values().forEach(ps -> {
            final long k = ps.stream().filter(counted).count();
            cells.add(k + " (" + Math.round(100.0 * k / ps.size()) + "%)");
        });
        return new ResponseRow(label, css, code, cells);
    }
}
