package org.rediff.io.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.core.design.SimonTwoStage;
import org.rediff.core.design.SingleStageExact;
import org.rediff.core.design.SurvivalSampleSize;
import org.rediff.core.design.TwoProportions;
import org.rediff.core.design.TwoStageDesign;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON objects of the {@code rediff design} contracts (issue 5). */
public final class DesignReport {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DesignReport() {
    }

    public static String json(Map<String, Object> map) {
        return JSON.writeValueAsString(map);
    }

    public static Map<String, Object> simon(SimonTwoStage.Result r, Map<String, Object> assumptions) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("optimal", design(r.optimal()));
        m.put("minimax", design(r.minimax()));
        m.put("admissible", r.admissible().stream().map(a -> {
            final Map<String, Object> d = design(a.design());
            d.put("weight_range", List.of(a.qLower(), a.qUpper()));
            return d;
        }).toList());
        m.put("nmax", r.nmax());
        m.put("assumptions", assumptions);
        m.put("warnings", r.warnings());
        m.put("method", "Simon R. Optimal two-stage designs for phase II clinical trials. Control Clin Trials "
                + "1989;10:1-10 (exhaustive search, exact binomial); admissible designs: Jung SH, et al. Stat Med "
                + "2004;23:561-9 (weight q on n, 1 - q on EN(p0)).");
        return m;
    }

    public static Map<String, Object> design(TwoStageDesign d) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("r1", d.r1());
        m.put("n1", d.n1());
        m.put("r", d.r());
        m.put("n", d.n());
        m.put("en0", d.en0());
        m.put("pet0", d.pet0());
        m.put("en1", d.en1());
        m.put("pet1", d.pet1());
        m.put("alpha", d.alpha());
        m.put("power", d.power());
        return m;
    }

    public static Map<String, Object> single(SingleStageExact.Result r, Map<String, Object> assumptions) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", r.smallest().n());
        m.put("r", r.smallest().r());
        m.put("alpha", r.smallest().alpha());
        m.put("power", r.smallest().power());
        final Map<String, Object> stable = new LinkedHashMap<>();
        stable.put("n", r.stable().n());
        stable.put("r", r.stable().r());
        stable.put("alpha", r.stable().alpha());
        stable.put("power", r.stable().power());
        m.put("every_n_from", stable);
        m.put("failing_n", r.failingAbove());
        m.put("assumptions", assumptions);
        m.put("warnings", r.warnings());
        m.put("method", "Single-stage exact binomial design (A'Hern 2001, Stat Med 20:859): promising if more than r "
                + "responses in n.");
        return m;
    }

    public static Map<String, Object> twoArm(TwoProportions.Result r, double ratio) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("n_per_group", ratio == 1 ? r.n1() : null);
        m.put("n1", r.n1());
        m.put("n2", r.n2());
        m.put("n_total", r.total());
        m.put("n1_unrounded", Double.isFinite(r.n1Exact()) ? r.n1Exact() : null);
        m.put("power", r.power());
        m.put("method", switch (r.method()) {
            case NORMAL -> "normal approximation, two-sided (R power.prop.test, strict = FALSE)";
            case CONTINUITY_CORRECTED -> "normal approximation with the Fleiss continuity correction";
            case EXACT -> "two-sided Fisher exact test, unconditional power by enumeration";
        });
        return m;
    }

    /** The planning values of a two-arm comparison (two-sided test). */
    public static Map<String, Object> twoArmAssumptions(double p1, double p2, double alpha, double power,
                                                        double ratio) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("p1", p1);
        m.put("p2", p2);
        m.put("alpha", alpha);
        m.put("power", power);
        m.put("ratio", ratio);
        m.put("sides", 2);
        return m;
    }

    /** The planning values of a time-to-event comparison (two-sided log-rank test). */
    public static Map<String, Object> survivalAssumptions(double hr, double alpha, double power, double allocation,
                                                          Double medianControl, Double accrual, Double followUp) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("hr", hr);
        m.put("alpha", alpha);
        m.put("power", power);
        m.put("allocation", allocation);
        m.put("median_control", medianControl);
        m.put("accrual", accrual);
        m.put("follow_up", followUp);
        m.put("sides", 2);
        return m;
    }

    public static Map<String, Object> survival(SurvivalSampleSize.Result r, double hr, double alpha, double power,
                                               double allocation) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", r.events());
        m.put("events_unrounded", r.eventsExact());
        m.put("patients", r.patients() < 0 ? null : r.patients());
        m.put("event_probability", Double.isFinite(r.eventProbability()) ? r.eventProbability() : null);
        m.put("hr", hr);
        m.put("alpha", alpha);
        m.put("power", power);
        m.put("allocation", allocation);
        m.put("method", "Schoenfeld D. Biometrika 1981;68:316-9: d = (z_{1-a/2} + z_{1-b})^2 / (pi (1 - pi) ln(HR)^2); "
                + "patients under exponential survival with uniform accrual.");
        return m;
    }
}
