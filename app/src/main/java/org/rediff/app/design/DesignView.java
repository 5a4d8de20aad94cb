package org.rediff.app.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rediff.core.design.SimonTwoStage;
import org.rediff.core.design.SingleStageExact;
import org.rediff.core.design.SurvivalSampleSize;
import org.rediff.core.design.TwoProportions;
import org.rediff.core.design.TwoStageDesign;
import org.rediff.core.evidence.PooledProportion;
import org.rediff.service.design.EvidencePlanning;

/**
 * A design as the text the design page shows. Only the parts of its type are set.
 *
 * @param planning  where p0 and p1 came from (evidence), or null
 * @param simon     Simon's designs: optimal, minimax, then the admissible ones
 * @param rules     the decision rules of the designs shown, in words
 * @param single    the single-stage designs: smallest n, and the n from which every n works
 * @param failing   sizes between them that fail ("none" when power is monotone)
 * @param twoArm    one row per method
 * @param survival  events and patients
 * @param method    the method and its reference
 * @param assumptions the assumptions of the report, as text
 */
public record DesignView(Planning planning, List<SimonRow> simon, List<String> rules, List<SingleRow> single,
                         String failing, List<TwoArmRow> twoArm, Survival survival, String method,
                         List<Entry> assumptions) {

    /**
     * @param description EvidencePlanning's sentence: cohorts, outcome, model, pooled result, values, data version
     * @param outcome     what was pooled
     * @param genotype    genotype, or all
     * @param measure     pooling model
     * @param k           cohorts pooled
     * @param estimate    pooled proportion
     * @param ci          its 95% confidence interval
     * @param studyIds    the cohorts (links to the evidence base)
     * @param p0          p0 used
     * @param p0Note      where it came from, or "entered (overrides …)"
     * @param p1          p1 used
     * @param p1Note      where it came from
     */
    public record Planning(String description, String outcome, String genotype, String measure, int k,
                           String estimate, String ci, List<String> studyIds, String p0, String p0Note, String p1,
                           String p1Note) {
    }

    /**
     * @param id      element id (simon-optimal, simon-minimax), or null
     * @param name    optimal, minimax or admissible (with what it coincides with)
     * @param stage1  r1/n1
     * @param total   r/n
     * @param en0     EN(p0)
     * @param pet0    PET(p0)
     * @param en1     EN(p1)
     * @param pet1    PET(p1)
     * @param alpha   attained type I error
     * @param power   attained power
     * @param weight  range of the weight q on n for which the design is best, or "–"
     * @param css     row class
     */
    public record SimonRow(String id, String name, String stage1, String total, String en0, String pet0, String en1,
                           String pet1, String alpha, String power, String weight, String css) {
    }

    /**
     * @param id    element id
     * @param name  what the design is
     * @param n     sample size
     * @param r     critical value
     * @param alpha attained type I error
     * @param power attained power
     * @param rule  the decision rule
     */
    public record SingleRow(String id, String name, int n, int r, String alpha, String power, String rule) {
    }

    /**
     * @param id         element id
     * @param method     method
     * @param n1         arm 1
     * @param n2         arm 2
     * @param total      both arms
     * @param unrounded  n1 before rounding up ("–" for the exact search)
     * @param power      attained power
     * @param note       why it was not computed, or null
     */
    public record TwoArmRow(String id, String method, String n1, String n2, String total, String unrounded,
                            String power, String note) {
    }

    /**
     * @param events           events needed
     * @param eventsUnrounded  before rounding up
     * @param patients         patients, or null without accrual assumptions
     * @param eventProbability probability of an event by the analysis, or null
     * @param analysisTime     months from the start of accrual to the analysis (accrual + follow-up), or null
     */
    public record Survival(int events, String eventsUnrounded, Integer patients, String eventProbability,
                           String analysisTime) {
    }

    /**
     * @param name  key
     * @param value value as text
     */
    public record Entry(String name, String value) {
    }

    /** What each time-to-event assumption is measured in: the page asks for the times in months. */
    static final Map<String, String> SURVIVAL_UNITS = Map.of("hr", "(hazard ratio, experimental / control; no unit)",
            "alpha", "(two-sided)", "power", "(probability)", "allocation", "(share of patients in the experimental "
                    + "arm)", "median_control", "months", "accrual", "months", "follow_up", "months (after accrual)");

    public static DesignView of(DesignResult result) {
        final List<SimonRow> simon = new ArrayList<>();
        final List<String> rules = new ArrayList<>();
        if (result.simon() != null) {
            final SimonTwoStage.Result r = result.simon();
            simon.add(simonRow("simon-optimal", "Optimal (smallest EN(p0))", r.optimal(), weight(r, r.optimal()),
                    "optimal"));
            simon.add(simonRow("simon-minimax", "Minimax (smallest n)", r.minimax(), weight(r, r.minimax()),
                    "minimax"));
            for (SimonTwoStage.Admissible a : r.admissible()) {
                final String same = a.design().equals(r.optimal()) && a.design().equals(r.minimax())
                        ? " (= optimal = minimax)" : a.design().equals(r.optimal()) ? " (= optimal)"
                        : a.design().equals(r.minimax()) ? " (= minimax)" : "";
                simon.add(simonRow(null, "Admissible" + same, a.design(), range(a.qLower(), a.qUpper()),
                        "admissible"));
            }
            rules.add("Optimal: " + rule(r.optimal()));
            if (!r.minimax().equals(r.optimal())) {
                rules.add("Minimax: " + rule(r.minimax()));
            }
        }
        final List<SingleRow> single = new ArrayList<>();
        String failing = null;
        if (result.single() != null) {
            final SingleStageExact.Result r = result.single();
            single.add(singleRow("single-smallest", "Smallest n", r.smallest()));
            single.add(singleRow("single-stable", "Every n from", r.stable()));
            failing = r.failingAbove().isEmpty() ? "none" : String.join(", ",
                    r.failingAbove().stream().map(String::valueOf).toList());
            rules.add(single.get(0).rule());
        }
        final List<TwoArmRow> twoArm = new ArrayList<>();
        for (DesignResult.TwoArm t : result.twoArm()) {
            final String name = switch (t.code()) {
                case "normal" -> "Normal approximation (R power.prop.test)";
                case "cc" -> "Normal with Fleiss continuity correction";
                default -> "Fisher exact test (unconditional power)";
            };
            final TwoProportions.Result r = t.result();
            final String id = "two-arm-" + t.code();
            twoArm.add(r == null ? new TwoArmRow(id, name, "–", "–", "–", "–", "–", t.note())
                    : new TwoArmRow(id, name, String.valueOf(r.n1()), String.valueOf(r.n2()),
                    String.valueOf(r.total()), Fmt.fixed(r.n1Exact(), 2), Fmt.fixed(r.power(), 4), null));
        }
        Survival survival = null;
        if (result.survival() != null) {
            final SurvivalSampleSize.Result r = result.survival();
            final Object as = result.report().get("assumptions");
            String analysisTime = null;
            if (as instanceof Map<?, ?> m && m.get("accrual") instanceof Double ac && m.get("follow_up") instanceof Double f) {
                analysisTime = Fmt.upTo(ac + f, 2);
            }
            survival = new Survival(r.events(), Fmt.fixed(r.eventsExact(), 2), r.patients() < 0 ? null : r.patients(),
                    Double.isFinite(r.eventProbability()) ? Fmt.fixed(r.eventProbability(), 4) : null, analysisTime);
        }
        final Object method = result.report().get("method");
        final List<Entry> assumptions = new ArrayList<>();
        final Object a = result.report().get("assumptions");
        final Map<String, String> units = result.type() == DesignType.SURVIVAL ? SURVIVAL_UNITS : Map.of();
        if (a instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (v != null && !(v instanceof Map<?, ?>)) {
                    final String unit = units.get(String.valueOf(k));
                    assumptions.add(new Entry(String.valueOf(k), text(v) + (unit == null ? "" : " " + unit)));
                }
            });
        }
        return new DesignView(planning(result), simon, rules, single, failing, twoArm, survival,
                method instanceof String s ? s : methods(result), assumptions);
    }

    private static Planning planning(DesignResult result) {
        final DesignResult.Planning p = result.planning();
        if (p == null) {
            return null;
        }
        final EvidencePlanning.Values v = p.values();
        final PooledProportion pooled = v.pooled();
        final double p0 = result.requirements().p0();
        final double p1 = result.requirements().p1();
        return new Planning(v.description(), p.outcome().equals("uptake") ? "restored radioiodine uptake"
                : "objective response", p.genotype(), p.measure(), pooled.k(), Fmt.fixed(pooled.estimate(), 3),
                "[" + Fmt.fixed(pooled.ciLower(), 3) + ", " + Fmt.fixed(pooled.ciUpper(), 3) + "]", v.studyIds(),
                Fmt.upTo(p0, 4), note(p.p0Overridden(), p.p0From(), v.p0()), Fmt.upTo(p1, 4),
                note(p.p1Overridden(), p.p1From(), v.p1()));
    }

    private static String note(boolean overridden, String from, double planned) {
        final String source = switch (from) {
            case "lower" -> "lower 95% CI bound";
            case "upper" -> "upper 95% CI bound";
            default -> "pooled estimate";
        };
        return overridden ? "entered, overriding the " + source + " " + Fmt.fixed(planned, 4) : source;
    }

    private static SimonRow simonRow(String id, String name, TwoStageDesign d, String weight, String css) {
        return new SimonRow(id, name, d.r1() + "/" + d.n1(), d.r() + "/" + d.n(), Fmt.fixed(d.en0(), 2),
                Fmt.fixed(d.pet0(), 4), Fmt.fixed(d.en1(), 2), Fmt.fixed(d.pet1(), 4), Fmt.fixed(d.alpha(), 4),
                Fmt.fixed(d.power(), 4), weight, css);
    }

    /** The weight range of a design among the admissible ones, or "–". */
    private static String weight(SimonTwoStage.Result r, TwoStageDesign d) {
        for (SimonTwoStage.Admissible a : r.admissible()) {
            if (a.design().equals(d)) {
                return range(a.qLower(), a.qUpper());
            }
        }
        return "–";
    }

    private static String range(double lo, double hi) {
        return Fmt.fixed(lo, 2) + " – " + Fmt.fixed(hi, 2);
    }

    /** A Simon design's decision rule in words. */
    static String rule(TwoStageDesign d) {
        return "enrol " + d.n1() + "; stop for futility if " + (d.r1() == 0 ? "none of them responds"
                : d.r1() + " or fewer of them respond") + ". Otherwise enrol " + (d.n() - d.n1()) + " more ("
                + d.n() + " in all) and declare the treatment promising if more than " + d.r() + " of the " + d.n()
                + " respond.";
    }

    private static SingleRow singleRow(String id, String name, SingleStageExact.Design d) {
        return new SingleRow(id, name, d.n(), d.r(), Fmt.fixed(d.alpha(), 4), Fmt.fixed(d.power(), 4),
                "Enrol " + d.n() + " and declare the treatment promising if more than " + d.r() + " of them respond.");
    }

    private static String methods(DesignResult result) {
        final List<String> out = new ArrayList<>();
        result.report().forEach((k, v) -> {
            if (v instanceof Map<?, ?> m && m.get("method") instanceof String s) {
                out.add(s);
            }
        });
        return String.join("; ", out);
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return Fmt.upTo(d, 6);
        }
        if (v instanceof List<?> l) {
            return String.join(", ", l.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }
}
