package org.rediff.app.dosimetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rediff.core.dosimetry.BindingConstraint;
import org.rediff.core.dosimetry.CurveFit;
import org.rediff.core.dosimetry.FitModel;
import org.rediff.core.dosimetry.LesionInput;
import org.rediff.core.dosimetry.PlanInput;
import org.rediff.core.dosimetry.PlanResult;
import org.rediff.core.dosimetry.PrescriptionRule;

/**
 * A plan as the text the dosimetry page and its printable report show. Undefined numbers (NaN, ∞) show as "–".
 *
 * @param rx          the prescription
 * @param constraints the activity each constraint allows; the binding one is flagged
 * @param lesions     the lesion table
 * @param wholeBody   whole-body kinetics
 * @param blood       blood dosimetry
 * @param input       what was planned (patient, tracer, limits), as label and value
 * @param fits        the fitted curves (model, parameters, acceptance), one row per region
 * @param candidates  every model tried for every region (whole body, blood, lesions), the fit used flagged
 * @param method      how it was computed
 * @param warnings    the core's warnings, ranked (safety, fit quality, information) and grouped, each with what to do
 * @param plots       the time-activity curves
 */
public record DosimetryView(Prescription rx, List<Constraint> constraints, List<LesionRow> lesions,
                            WholeBody wholeBody, Blood blood, List<Item> input, List<FitRow> fits,
                            List<Candidate> candidates, Method method,
                            List<Warning> warnings, List<Plot> plots) {

    /**
     * One ranked warning entry (a safety warning, or every repeat of another kind).
     *
     * @param severity      safety, fit_quality or information
     * @param severityLabel what the severity means
     * @param kind          the kind's code
     * @param summary       the entry's text
     * @param advice        what a clinician should do
     * @param count         how many warnings it stands for
     */
    public record Warning(String severity, String severityLabel, String kind, String summary, String advice,
                          int count) {
    }

    /**
     * The warning entries of one severity, for the page's headings.
     *
     * @param severity the severity code
     * @return the entries of that severity, in rank order
     */
    public List<Warning> warnings(String severity) {
        return warnings.stream().filter(w -> w.severity().equals(severity)).toList();
    }

    /** @return the number of individual warnings the entries stand for */
    public int warningCount() {
        return warnings.stream().mapToInt(Warning::count).sum();
    }

    /**
     * @param activityGBq  prescribed activity, GBq (number only)
     * @param activityMCi  the same in mCi (number only)
     * @param limitedBy    binding constraint code: target, blood, retention or cap
     * @param limitedByText what the binding constraint means
     * @param proceed      Ho 2013's rule: at least one lesion reaches the target dose
     * @param target       target dose, Gy
     * @param doses        predicted dose per lesion at the prescribed activity
     */
    public record Prescription(String activityGBq, String activityMCi, String limitedBy, String limitedByText,
                               boolean proceed, String target, List<LesionDose> doses) {
        public String proceedText() {
            return proceed ? "yes" : "no";
        }
    }

    /**
     * @param id            lesion id
     * @param doseGy        predicted dose, Gy
     * @param reachesTarget whether it reaches the target dose
     */
    public record LesionDose(String id, String doseGy, boolean reachesTarget) {
    }

    /**
     * @param code        target, blood, retention or cap
     * @param label       what it is
     * @param activityGBq the largest activity it allows (for the target: the activity the rule needs), GBq
     * @param binding     whether it sets the prescription
     */
    public record Constraint(String code, String label, String activityGBq, boolean binding) {
    }

    /**
     * @param id                  lesion id
     * @param volumeMl            volume, ml
     * @param rc                  recovery coefficient
     * @param fit                 fitted model
     * @param residenceTimeHours  residence time, h
     * @param extrapolatedPercent share of the integral after the last measurement, %
     * @param dosePerGBq          sphere-model dose per GBq, Gy/GBq
     * @param ci                  its 95% Monte Carlo interval
     * @param dosePerGBqLed       local-energy-deposition dose per GBq, Gy/GBq
     * @param activityForTarget   activity for the target dose, GBq
     */
    public record LesionRow(String id, String volumeMl, String rc, String fit, String residenceTimeHours,
                            String extrapolatedPercent, String dosePerGBq, String ci, String dosePerGBqLed,
                            String activityForTarget) {
    }

    /**
     * @param residenceTimeHours  residence time, h
     * @param retention48hPercent 48-h retention, % of administered
     * @param fit                 model of the fit used for the residence time
     * @param retentionFit        model of the fit the 48-h retention is taken from
     * @param retentionLimitGBq   largest activity that keeps the 48-h retention under its limit, GBq
     * @param retentionLimitText  that limit and its source
     */
    public record WholeBody(String residenceTimeHours, String retention48hPercent, String fit, String retentionFit,
                            String retentionLimitGBq, String retentionLimitText) {
        /** Whether the 48-h retention comes from another fit than the residence time. */
        public boolean retentionFromOtherFit() {
            return !fit.equals(retentionFit);
        }
    }

    /**
     * @param residenceTimeHoursPerMl residence time per ml, h
     * @param dosePerGBq              blood dose per GBq, Gy/GBq
     * @param betaPercent             β share of the blood dose, %
     * @param mtaGBq                  maximum tolerated activity, GBq
     * @param limit                   blood dose limit, Gy
     * @param fit                     fitted model
     */
    public record Blood(String residenceTimeHoursPerMl, String dosePerGBq, String betaPercent, String mtaGBq,
                        String limit, String fit) {
    }

    /**
     * @param label label
     * @param value value
     */
    public record Item(String label, String value) {
    }

    /**
     * @param region       whole body, blood or lesion ID
     * @param model        fitted model
     * @param parameters   parameters with their CV
     * @param correlation  largest |correlation| between parameters
     * @param aicc         AICc
     * @param residence    residence time with its unit (h; h/ml for blood)
     * @param candidates   the models tried (under fit auto), or empty
     */
    public record FitRow(String region, String model, String parameters, String correlation, String aicc,
                         String residence, String candidates) {
    }

    /**
     * @param region      whole body, blood or lesion ID
     * @param model       model code
     * @param status      evaluated, not converged (reason) or not evaluable (reason)
     * @param parameters  fitted parameters, or "–"
     * @param aicc        AICc, or "–"
     * @param deltaAicc   AICc minus the region's smallest, or "–"
     * @param residence   residence time with its unit (h; h/ml for blood), or "–"
     * @param used        what the fit is used for ("residence time", "48-h retention", both), or "" when not used
     */
    public record Candidate(String region, String model, String status, String parameters, String aicc,
                            String deltaAicc, String residence, String used) {
        /** Whether this candidate is a fit the plan uses. */
        public boolean chosen() {
            return !used.isEmpty();
        }
    }

    /**
     * @param summary     one paragraph
     * @param nuclearData nuclear data
     * @param seed        Monte Carlo seed
     * @param samples     Monte Carlo samples
     * @param references  references
     */
    public record Method(String summary, String nuclearData, String seed, String samples, List<String> references) {
    }

    /**
     * @param file    file name (whole_body.svg …)
     * @param svg     the chart on a linear y axis
     * @param logSvg  the chart on a logarithmic y axis
     */
    public record Plot(String file, String svg, String logSvg) {
    }

    public static DosimetryView of(DosimetryRun run) {
        final PlanInput in = run.input();
        final PlanResult r = run.result();
        final PlanResult.Prescription p = r.prescription();

        final List<LesionDose> doses = new ArrayList<>();
        for (PlanResult.LesionDoseAtActivity d : p.lesionDosesGy()) {
            doses.add(new LesionDose(d.id(), fixed(d.doseGy(), 1), d.doseGy() >= in.targetDoseGy() * (1 - 1e-12)));
        }
        final Prescription rx = new Prescription(fixed(p.activityGBq(), 2), fixed(p.activityMCi(), 0),
                p.limitedBy().code(), limitedByText(p.limitedBy(), in, r), p.proceed(), plain(in.targetDoseGy()),
                doses);

        final List<Constraint> constraints = List.of(
                new Constraint(BindingConstraint.TARGET.code(), "Target " + plain(in.targetDoseGy()) + " Gy to "
                        + ruleText(in.rule()), fixed(p.targetActivityGBq(), 2),
                        p.limitedBy() == BindingConstraint.TARGET),
                new Constraint(BindingConstraint.BLOOD_MTA.code(), "Blood dose ≤ " + fixed(in.bloodLimitGy(), 2)
                        + " Gy (maximum tolerated activity)", fixed(r.blood().mtaGBq(), 2),
                        p.limitedBy() == BindingConstraint.BLOOD_MTA),
                new Constraint(BindingConstraint.RETENTION_48H.code(), "Whole-body retention at 48 h ≤ "
                        + fixed(in.retentionLimitGBq(), 2) + " GBq", fixed(r.retentionLimitGBq(), 2),
                        p.limitedBy() == BindingConstraint.RETENTION_48H),
                new Constraint(BindingConstraint.MAX_ACTIVITY.code(), "Fixed activity cap (max_activity_GBq)",
                        in.maxActivityGBq() == null ? "none" : fixed(in.maxActivityGBq(), 2),
                        p.limitedBy() == BindingConstraint.MAX_ACTIVITY));

        final List<LesionRow> lesions = new ArrayList<>();
        final List<FitRow> fits = new ArrayList<>();
        fits.add(fitRow("Whole body", r.wholeBody().fit(), r.wholeBody().candidates(), "h"));
        fits.add(fitRow("Blood (per ml)", r.blood().fit(), r.blood().candidates(), "h/ml"));
        final List<Candidate> candidates = new ArrayList<>();
        candidates.addAll(candidates("Whole body", r.wholeBody().candidates(), r.wholeBody().fit(),
                r.wholeBody().retentionFit(), "h"));
        candidates.addAll(candidates("Blood (per ml)", r.blood().candidates(), r.blood().fit(), null, "h/ml"));
        for (int i = 0; i < r.lesions().size(); i++) {
            final PlanResult.Lesion l = r.lesions().get(i);
            final LesionInput li = in.lesions().get(i);
            final double[] ci = l.dosePerGBqCi();
            lesions.add(new LesionRow(l.id(), sig(li.volumeMl(), 3), fixed(l.recoveryCoefficient(), 2),
                    l.fit().model().code(), sig(l.residenceTimeHours(), 4), fixed(100 * l.fractionExtrapolated(), 0),
                    fixed(l.dosePerGBqGy(), 2),
                    ci == null ? "–" : "[" + fixed(ci[0], 2) + ", " + fixed(ci[1], 2) + "]",
                    fixed(l.dosePerGBqGyLed(), 2), fixed(l.activityForTargetGBq(), 3)));
            fits.add(fitRow("Lesion " + l.id(), l.fit(), l.candidates(), "h"));
            candidates.addAll(candidates("Lesion " + l.id(), l.candidates(), l.fit(), null, "h"));
        }

        final WholeBody wb = new WholeBody(fixed(r.wholeBody().residenceTimeHours(), 2),
                fixed(r.wholeBody().retention48hPercent(), 1), r.wholeBody().fit().model().code(),
                r.wholeBody().retentionFit().model().code(), fixed(r.retentionLimitGBq(), 2), fixed(in.retentionLimitGBq(), 2) + " GBq retained at 48 h ("
                        + in.retentionLimitSource() + ")");
        final Blood blood = new Blood(sig(r.blood().residenceTimeHoursPerMl(), 4), fixed(r.blood().dosePerGBqGy(), 4),
                fixed(100 * r.blood().betaFraction(), 0), fixed(r.blood().mtaGBq(), 2), fixed(in.bloodLimitGy(), 2),
                r.blood().fit().model().code());

        final List<Item> input = List.of(
                new Item("Patient id", run.record().patientIdText()),
                new Item("Tracer administered at", run.record().administeredAtText()),
                new Item("Patient", plain(in.weightKg()) + " kg; lung metastases: "
                        + (in.diffuseLungMetastases() ? "diffuse" : "none")),
                new Item("Tracer", in.tracer().code() + ", " + plain(in.tracerAdministeredMBq()) + " MBq administered"),
                new Item("Therapy", in.therapy().code()),
                new Item("Measurements", "whole body " + in.wholeBody().size() + ", blood " + in.bloodPerMl().size()
                        + ", " + in.lesions().size() + (in.lesions().size() == 1 ? " lesion" : " lesions")),
                new Item("Curve model", in.fit().code() + (in.fit() == FitModel.TRAPEZOID
                        ? ", " + in.tail().code() + " tail" : "")),
                new Item("Target dose", plain(in.targetDoseGy()) + " Gy, rule " + in.rule().code()),
                new Item("Blood limit", fixed(in.bloodLimitGy(), 2) + " Gy"),
                new Item("48-h retention limit", fixed(in.retentionLimitGBq(), 2) + " GBq ("
                        + in.retentionLimitSource() + ")"),
                new Item("Activity cap", in.maxActivityGBq() == null ? "none" : plain(in.maxActivityGBq()) + " GBq"),
                new Item("Minimum lesion volume", plain(in.minimumVolumeMl()) + " ml"));

        final Method method = new Method(r.method().summary(), r.method().nuclearData(),
                String.valueOf(r.method().seed()), String.valueOf(r.method().samples()), r.method().references());
        final List<Plot> plots = run.plots().entrySet().stream().map(e -> new Plot(e.getKey(), e.getValue(),
                run.logPlots().get(e.getKey()))).toList();
        final List<Warning> warnings = r.warningGroups().stream().map(g -> new Warning(g.severity().code(),
                g.severity().label(), g.kind().code(), g.summary(), g.advice(), g.items().size())).toList();
        return new DosimetryView(rx, constraints, lesions, wb, blood, input, fits, candidates, method, warnings,
                plots);
    }

    /** The activity the rule needs for the target dose (before the limits), as the planner computes it. */
    private static String ruleText(PrescriptionRule rule) {
        return switch (rule.kind()) {
            case ALL_LESIONS -> "every lesion";
            case ANY_LESION -> "at least one lesion";
            case INDEX_LESION -> "index lesion " + rule.indexLesionId();
        };
    }

    private static String limitedByText(BindingConstraint constraint, PlanInput in, PlanResult r) {
        return switch (constraint) {
            case TARGET -> "the target dose: " + plain(in.targetDoseGy()) + " Gy to " + ruleText(in.rule())
                    + " is reached within every limit";
            case BLOOD_MTA -> "the blood dose limit: " + fixed(in.bloodLimitGy(), 2) + " Gy to the blood (maximum "
                    + "tolerated activity " + fixed(r.blood().mtaGBq(), 2) + " GBq)";
            case RETENTION_48H -> "the 48-h whole-body retention limit: at most " + fixed(in.retentionLimitGBq(), 2)
                    + " GBq retained at 48 h";
            case MAX_ACTIVITY -> "the fixed activity cap (max_activity_GBq = " + (in.maxActivityGBq() == null ? "–"
                    : plain(in.maxActivityGBq())) + " GBq)";
        };
    }

    private static List<Candidate> candidates(String region, List<CurveFit> tried, CurveFit.Evaluated chosen,
                                              CurveFit.Evaluated retentionFit, String unit) {
        final double best = tried.stream().filter(c -> c instanceof CurveFit.Evaluated e && Double.isFinite(e.aicc()))
                .mapToDouble(c -> ((CurveFit.Evaluated) c).aicc()).min().orElse(Double.NaN);
        final List<Candidate> out = new ArrayList<>();
        for (CurveFit c : tried) {
            final List<String> used = new ArrayList<>();
            if (c == chosen) {
                used.add(retentionFit == null ? "used" : "residence time");
            }
            if (c == retentionFit) {
                used.add("48-h retention");
            }
            if (c instanceof CurveFit.Evaluated e) {
                final String params = parameters(e);
                out.add(new Candidate(region, c.model().code(), "evaluated", params.isEmpty() ? "–" : params,
                        fixed(e.aicc(), 1), Double.isFinite(e.aicc()) ? String.format(Locale.ROOT, "%+.1f",
                        e.aicc() - best) : "–", sig(e.residenceTimeHours(), 4) + " " + unit,
                        String.join(", ", used)));
            } else {
                out.add(new Candidate(region, c.model().code(), c instanceof CurveFit.NotConverged nc
                        ? "not converged (" + nc.reason() + ")" : "not evaluable ("
                        + ((CurveFit.NotEvaluable) c).reason() + ")", "–", "–", "–", "–", String.join(", ", used)));
            }
        }
        return out;
    }

    private static String parameters(CurveFit.Evaluated f) {
        final List<String> params = new ArrayList<>();
        for (Map.Entry<String, Double> e : new TreeMap<>(f.parameters()).entrySet()) {
            final Double cv = f.parameterCv().get(e.getKey());
            params.add(e.getKey() + " = " + sig(e.getValue(), 4)
                    + (cv == null || !Double.isFinite(cv) ? "" : " (CV " + fixed(100 * cv, 0) + "%)"));
        }
        return String.join("; ", params);
    }

    private static FitRow fitRow(String region, CurveFit.Evaluated f, List<CurveFit> candidates, String unit) {
        final String params = parameters(f);
        final List<String> tried = new ArrayList<>();
        for (CurveFit c : candidates) {
            if (c instanceof CurveFit.Evaluated e) {
                tried.add(c.model().code() + ": AICc " + fixed(e.aicc(), 1));
            } else if (c instanceof CurveFit.NotConverged nc) {
                tried.add(c.model().code() + ": not converged (" + nc.reason() + ")");
            } else if (c instanceof CurveFit.NotEvaluable ne) {
                tried.add(c.model().code() + ": not evaluable (" + ne.reason() + ")");
            }
        }
        return new FitRow(region, f.model().code(), params.isEmpty() ? "–" : params,
                fixed(f.maxAbsCorrelation(), 2), fixed(f.aicc(), 1), sig(f.residenceTimeHours(), 4) + " " + unit,
                String.join("; ", tried));
    }

    static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "–";
    }

    /** Significant digits, without exponent for the usual magnitudes (0.4686, 45.60, 0.0009134; 1.234e-05). */
    static String sig(double v, int digits) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        if (v == 0) {
            return "0";
        }
        final double a = Math.abs(v);
        if (a < 1e-4 || a >= 1e6) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        }
        final int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A number without trailing zeros (70 → "70", 0.16 → "0.16"). */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
