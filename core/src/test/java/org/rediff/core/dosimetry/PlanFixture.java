package org.rediff.core.dosimetry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Builds planner inputs from 131I kinetics chosen by the test author: each region's 131I curve is a known function;
 * the tracer measurements are generated from it by the inverse of the docs/background/domain.md §3 conversion,
 * A_tracer(t)/A0 = A131(t)/A0 · e^{−(λ_tracer − λ131) t}, with ICRP 107 decay constants written out here.
 */
final class PlanFixture {
    static final double LN2 = Math.log(2);
    static final double L131 = LN2 / (8.0207 * 24);
    static final double L124 = LN2 / (4.176 * 24);
    static final double L123 = LN2 / 13.27;
    /** 124I imaging times, h (typical: 2 h to 6 days). */
    static final double[] TIMES = {2, 4, 24, 48, 72, 96, 144};

    double weightKg = 70;
    boolean diffuseLung = false;
    Nuclide tracer = Nuclide.I124;
    FitModel fit = FitModel.MONO;
    TailPolicy tail = TailPolicy.PHYSICAL;
    List<TimeActivityPoint> wholeBody = tracerCurve(t -> Math.exp(-LN2 / 24 * t));
    List<TimeActivityPoint> blood = tracerCurve(t -> 4e-5 * Math.exp(-LN2 / 16 * t));
    List<LesionInput> lesions = new ArrayList<>(List.of(
            new LesionInput("L1", 2.0, 1.0, 1.0, tracerCurve(t -> 0.002 * Math.exp(-LN2 / 60 * t))),
            // measured = 0.8 × true (recovery coefficient 0.8)
            new LesionInput("L2", 0.5, 1.0, 0.8, tracerCurve(t -> 0.8 * 0.0005 * Math.exp(-LN2 / 40 * t)))));
    List<PlanInput.RecoveryPoint> recoveryCurve = List.of();
    double targetGy = 20;
    PrescriptionRule rule = PrescriptionRule.parse("all_lesions");
    Double capGBq = null;
    double bloodLimitGy = 2;
    double retentionLimitGBq = PlanInput.RETENTION_LIMIT_GBQ;
    double minimumVolumeMl = 0.16;
    long seed = 20130214L;

    /** Tracer (124I unless changed) measurements at {@link #TIMES} of a 131I curve. */
    static List<TimeActivityPoint> tracerCurve(DoubleUnaryOperator i131) {
        return tracerCurve(i131, Nuclide.I124, TIMES);
    }

    static List<TimeActivityPoint> tracerCurve(DoubleUnaryOperator i131, Nuclide tracer, double[] times) {
        final double lt = switch (tracer) {
            case I131 -> L131;
            case I124 -> L124;
            case I123 -> L123;
        };
        final List<TimeActivityPoint> out = new ArrayList<>();
        for (double t : times) {
            out.add(new TimeActivityPoint(t, i131.applyAsDouble(t) * Math.exp(-(lt - L131) * t)));
        }
        return out;
    }

    PlanInput input() {
        return new PlanInput(weightKg, diffuseLung, tracer, 40.0, Nuclide.I131, fit, tail, wholeBody, blood, lesions,
                recoveryCurve, targetGy, rule, capGBq, bloodLimitGy, retentionLimitGBq,
                "Benua-Leeper 48-h retention (test fixture)", minimumVolumeMl, seed);
    }

    PlanResult plan() {
        return DosimetryPlanner.plan(input());
    }

    static PlanResult.Lesion lesion(PlanResult r, String id) {
        return r.lesions().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    static double doseAt(PlanResult r, String id) {
        return r.prescription().lesionDosesGy().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow()
                .doseGy();
    }
}
