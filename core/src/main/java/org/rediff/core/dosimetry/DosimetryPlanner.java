package org.rediff.core.dosimetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.units.Activity;

/**
 * From serial tracer measurements to a 131I prescription: convert each curve to 131I kinetics, integrate it,
 * compute lesion doses per GBq (sphere model and local deposition), blood dose and MTA (EANM SOP), the 48-h
 * retention limit, and the activity that reaches the target dose under the rule — capped by the MTA, the
 * retention limit and any fixed cap — with the binding constraint and Ho 2013's proceed rule (treat when at least
 * one lesion reaches the target within the limits).
 */
public final class DosimetryPlanner {
    static final List<String> REFERENCES = List.of(
            "ICRP Publication 107: Nuclear decay data for dosimetric calculations. Ann ICRP 2008;38(3).",
            "Lassmann M, et al. EANM Dosimetry Committee series on standard operational procedures for "
                    + "pre-therapeutic dosimetry I: blood and bone marrow dosimetry in differentiated thyroid cancer "
                    + "therapy. Eur J Nucl Med Mol Imaging 2008;35:1405-12. doi:10.1007/s00259-008-0761-x",
            "Lanconelli N, et al. A free database of radionuclide voxel S values for the dosimetry of nonuniform "
                    + "activity distributions. Phys Med Biol 2012;57:517-33. doi:10.1088/0031-9155/57/2/517",
            "Ho AL, et al. Selumetinib-enhanced radioiodine uptake in advanced thyroid cancer. N Engl J Med "
                    + "2013;368:623-32. doi:10.1056/NEJMoa1209288",
            "Benua RS, et al. The relation of radioiodine dosimetry to results and complications in the treatment "
                    + "of metastatic thyroid cancer. Am J Roentgenol 1962;87:171-82.");

    private DosimetryPlanner() {
    }

    /**
     * Computes the dosimetry and the prescription.
     *
     * @param in the patient's measurements (fractions of the administered tracer activity at times in h), lesions
     *           and the prescription settings
     * @return whole-body and blood kinetics, blood dose per GBq and MTA (GBq), the retention-limited activity (GBq),
     *         per-lesion doses per GBq (Gy/GBq), the prescribed activity (GBq and mCi) with its binding constraint,
     *         the method and the warnings
     * @throws org.rediff.core.common.InvalidInputException if the weight is not in [1, 400] kg or the blood limit
     *                                                      not in (0, 10] Gy; both the blood and whole-body residence
     *                                                      times are 0; a curve's measurement times do not increase
     *                                                      strictly; the recovery curve is invalid (volumes not
     *                                                      increasing, an RC outside (0, 1.5]); or an explicitly
     *                                                      requested fit model cannot be fitted to a curve
     */
    public static PlanResult plan(PlanInput in) {
        final List<DosimetryWarning> warnings = new ArrayList<>();
        final Nuclide ther = in.therapy();
        final CurveFitting.Result wb = CurveFitting.fitForLimits(new TimeActivityCurve("whole_body", in.wholeBody())
                .convert(in.tracer(), ther), in.fit(), in.tail(), ther, 1.0, in.seed());
        warnings.addAll(wb.findings());
        warnings.addAll(wb.chosen().findings());
        final double wbTau = wb.chosen().residenceTimeHours();
        // The retention limit is conservative on its own terms: the largest 48-h retention of the plausible fits.
        final CurveFit.Evaluated retentionFit = CurveFitting.mostConservative(wb, e -> e.curve().applyAsDouble(48));
        final double retention48 = retentionFit.curve().applyAsDouble(48);
        if (retentionFit != wb.chosen()) {
            warnings.add(DosimetryWarning.of(DosimetryWarning.Kind.RETENTION_FROM_OTHER_FIT, "whole_body",
                    String.format(Locale.ROOT, "the 48-h retention is taken from the %s fit, %.1f%% "
                    + "(the %s fit used for the residence time gives %.1f%%); the retention limit uses the larger",
                    retentionFit.model().code(), 100 * retention48, wb.chosen().model().code(),
                    100 * wb.chosen().curve().applyAsDouble(48))));
        }
        final CurveFitting.Result blood = CurveFitting.fitForLimits(new TimeActivityCurve("blood", in.bloodPerMl())
                .convert(in.tracer(), ther), in.fit(), in.tail(), ther, 0.0, in.seed());
        warnings.addAll(blood.findings());
        warnings.addAll(blood.chosen().findings());
        final BloodDosimetry.Result b = BloodDosimetry.compute(blood.chosen().residenceTimeHours(), wbTau,
                in.weightKg(), in.bloodLimitGy());
        final double retentionLimit = retention48 > 0 ? in.retentionLimitGBq() / retention48 : Double.POSITIVE_INFINITY;

        final List<PlanResult.Lesion> lesions = new ArrayList<>();
        for (LesionInput l : in.lesions()) {
            lesions.add(lesion(l, in, warnings));
        }
        final PlanResult.Prescription rx = prescribe(in, lesions, b.mtaGBq(), retentionLimit);
        warnings.addAll(ruleWarnings(in, lesions, rx));
        if (!rx.proceed()) {
            warnings.add(DosimetryWarning.of(DosimetryWarning.Kind.NOT_PROCEED, "", String.format(Locale.ROOT,
                    "no lesion reaches %.1f Gy within the limits (%.2f GBq, limited "
                    + "by %s): by Ho 2013's rule 131I would not be given", in.targetDoseGy(), rx.activityGBq(),
                    rx.limitedBy().code())));
        }
        final String summary = String.format(Locale.ROOT, "%s measurements converted to %s kinetics (tracer decay "
                        + "removed, %s decay applied); curves integrated with fit '%s'%s; lesion dose by a uniform "
                        + "sphere on the Lanconelli I-131 soft-tissue voxel S-value kernel and by local energy "
                        + "deposition; blood dose by the EANM SOP; 95%% intervals from %d seeded Monte Carlo draws of "
                        + "the fit parameters; prescription rule %s, target %.1f Gy, blood limit %.2f Gy, 48-h "
                        + "retention limit %.2f GBq (%s)%s.", in.tracer().code(), ther.code(), ther.code(),
                in.fit().code(), in.fit() == FitModel.TRAPEZOID ? " with " + in.tail().name().toLowerCase(Locale.ROOT)
                        + " tail" : "", ExponentialFitter.MONTE_CARLO_SAMPLES, in.rule().code(), in.targetDoseGy(),
                in.bloodLimitGy(), in.retentionLimitGBq(), in.retentionLimitSource(),
                in.maxActivityGBq() == null ? "" : String.format(Locale.ROOT, ", cap %.2f GBq", in.maxActivityGBq()));
        return new PlanResult(new PlanResult.WholeBody(wbTau, 100 * retention48, wb.chosen(), retentionFit,
                        wb.candidates()),
                new PlanResult.Blood(blood.chosen().residenceTimeHours(), b.dosePerGBqGy(), b.betaFraction(),
                        b.mtaGBq(), blood.chosen(), blood.candidates()),
                retentionLimit, lesions, rx, new PlanResult.Method(summary,
                "ICRP 107 (I-131 T½ 8.0207 d, I-124 T½ 4.176 d, I-123 T½ 13.27 h; I-131 Δ_np 191.848 keV)",
                in.seed(), ExponentialFitter.MONTE_CARLO_SAMPLES, REFERENCES), warnings);
    }

    private static PlanResult.Lesion lesion(LesionInput l, PlanInput in, List<DosimetryWarning> warnings) {
        final double rc = l.recoveryCoefficient() != null ? l.recoveryCoefficient()
                : RecoveryCurve.at(in.recoveryCurve(), l.volumeMl());
        if (l.volumeMl() < in.minimumVolumeMl()) {
            warnings.add(new DosimetryWarning(DosimetryWarning.Kind.SMALL_VOLUME, "lesion " + l.id(), String.format(
                    Locale.ROOT, "volume %.3f ml is below %.2f ml; PET partial-volume losses make its dose "
                    + "unreliable", l.volumeMl(), in.minimumVolumeMl()), String.format(Locale.ROOT, "%.3f ml",
                    l.volumeMl()), -l.volumeMl()));
        }
        if (l.densityGPerMl() < 0.95 || l.densityGPerMl() > 1.1) {
            warnings.add(new DosimetryWarning(DosimetryWarning.Kind.DENSITY, "lesion " + l.id(), String.format(
                    Locale.ROOT, "density %.2f g/ml; the sphere model uses the soft-tissue kernel, only the "
                    + "local-deposition dose uses this density", l.densityGPerMl()), String.format(Locale.ROOT,
                    "%.2f g/ml", l.densityGPerMl()), Double.NaN));
        }
        final TimeActivityCurve curve = new TimeActivityCurve("lesion " + l.id(), l.measurements())
                .dividedBy(rc).convert(in.tracer(), in.therapy());
        final CurveFitting.Result fit = CurveFitting.fit(curve, in.fit(), in.tail(), in.therapy(), 0.0, in.seed());
        warnings.addAll(fit.findings());
        warnings.addAll(fit.chosen().findings());
        final double tau = fit.chosen().residenceTimeHours();
        final SphereModel.SphereSValue sphere = SphereModel.forVolume(l.volumeMl());
        final double dose = LesionDose.sphereGyPerGBq(tau, sphere);
        final double led = LesionDose.localDepositionGyPerGBq(tau, l.volumeMl(), l.densityGPerMl());
        final double[] samples = fit.chosen().residenceTimeSamples();
        double[] ci = null;
        if (samples.length > 0) {
            final double[] doses = Arrays.stream(samples).map(s -> LesionDose.sphereGyPerGBq(s, sphere)).sorted()
                    .toArray();
            ci = new double[] {percentile(doses, 0.025), percentile(doses, 0.975)};
        } else {
            warnings.add(new DosimetryWarning(DosimetryWarning.Kind.NO_INTERVAL, "lesion " + l.id(),
                    "no interval for its dose: fit " + fit.chosen().model().code()
                    + (fit.chosen().model() == FitModel.TRAPEZOID ? " has no parameter uncertainty"
                    : " has no estimable parameter covariance (as many parameters as points, or singular)"),
                    "fit " + fit.chosen().model().code(), Double.NaN));
        }
        if (fit.chosen().fractionExtrapolated() > 0.5) {
            warnings.add(new DosimetryWarning(DosimetryWarning.Kind.EXTRAPOLATED, "lesion " + l.id(), String.format(
                    Locale.ROOT, "%.0f%% of the time-integrated activity is extrapolated beyond the last "
                    + "measurement", 100 * fit.chosen().fractionExtrapolated()), String.format(Locale.ROOT,
                    "%.0f%% extrapolated", 100 * fit.chosen().fractionExtrapolated()),
                    fit.chosen().fractionExtrapolated()));
        }
        return new PlanResult.Lesion(l.id(), tau, fit.chosen().fractionExtrapolated(), fit.chosen(), fit.candidates(),
                rc, dose, led, ci, in.targetDoseGy() / dose, sphere);
    }

    /**
     * Says when a lesion the rule aims at misses the target at the prescribed activity — because a limit binds or
     * because it shows no uptake, when no activity reaches the target and a limit sets the activity instead.
     */
    private static List<DosimetryWarning> ruleWarnings(PlanInput in, List<PlanResult.Lesion> lesions,
                                             PlanResult.Prescription rx) {
        final List<PlanResult.Lesion> aimed = switch (in.rule().kind()) {
            case ALL_LESIONS -> lesions;
            case ANY_LESION -> List.of(lesions.stream()
                    .min((a, b) -> Double.compare(a.activityForTargetGBq(), b.activityForTargetGBq())).orElseThrow());
            case INDEX_LESION -> lesions.stream().filter(l -> l.id().equals(in.rule().indexLesionId())).toList();
        };
        final List<DosimetryWarning> out = new ArrayList<>();
        for (PlanResult.Lesion l : aimed) {
            final double dose = l.dosePerGBqGy() * rx.activityGBq();
            if (!(l.dosePerGBqGy() > 0)) {
                out.add(DosimetryWarning.of(DosimetryWarning.Kind.NO_UPTAKE, "", String.format(Locale.ROOT,
                        "lesion %s has no uptake (0 Gy/GBq): rule %s cannot reach %.1f Gy "
                        + "in it at any activity; the activity, %.2f GBq, is set by the %s limit", l.id(),
                        in.rule().code(), in.targetDoseGy(), rx.activityGBq(), rx.limitedBy().code())));
            } else if (dose < in.targetDoseGy() * (1 - 1e-12)) {
                out.add(DosimetryWarning.of(DosimetryWarning.Kind.TARGET_MISSED, "", String.format(Locale.ROOT,
                        "lesion %s receives %.1f Gy at %.2f GBq, below the %.1f Gy target "
                        + "of rule %s (activity limited by %s; %.2f GBq would be needed)", l.id(), dose,
                        rx.activityGBq(), in.targetDoseGy(), in.rule().code(), rx.limitedBy().code(),
                        l.activityForTargetGBq())));
            }
        }
        return out;
    }

    private static PlanResult.Prescription prescribe(PlanInput in, List<PlanResult.Lesion> lesions, double mta,
                                                     double retentionLimit) {
        return prescribe(in.rule(), in.targetDoseGy(), in.maxActivityGBq(), lesions.stream()
                .map(l -> new LesionDosePerGBq(l.id(), l.dosePerGBqGy())).toList(), mta, retentionLimit);
    }

    /**
     * The activity that brings the lesions the rule aims at to the target dose, capped by the blood MTA, the 48-h
     * retention limit and the maximum activity, with the binding constraint and each lesion's dose at it. The
     * lesion planner and voxel dosimetry prescribe through this one rule.
     *
     * @param rule              which lesions must reach the target
     * @param targetDoseGy      target lesion dose, Gy
     * @param maxActivityGBq    cap, GBq, or null
     * @param lesions           dose per GBq of each lesion, at least one; the index lesion of the rule among them
     * @param mtaGBq            blood maximum tolerated activity, GBq
     * @param retentionLimitGBq 48-h whole-body retention limit, GBq
     * @return the prescription
     */
    public static PlanResult.Prescription prescribe(PrescriptionRule rule, double targetDoseGy, Double maxActivityGBq,
                                                    List<LesionDosePerGBq> lesions, double mtaGBq,
                                                    double retentionLimitGBq) {
        final java.util.function.ToDoubleFunction<LesionDosePerGBq> forTarget = l -> targetDoseGy / l.dosePerGBqGy();
        final double target = switch (rule.kind()) {
            case ALL_LESIONS -> lesions.stream().mapToDouble(forTarget).max().orElseThrow();
            case ANY_LESION -> lesions.stream().mapToDouble(forTarget).min().orElseThrow();
            case INDEX_LESION -> forTarget.applyAsDouble(lesions.stream().filter(l -> l.id().equals(
                    rule.indexLesionId())).findFirst().orElseThrow(() -> InvalidInputException.of("rule", rule.code(),
                    "an index lesion among " + lesions.stream().map(LesionDosePerGBq::id).toList())));
        };
        double activity = target;
        BindingConstraint limitedBy = BindingConstraint.TARGET;
        if (mtaGBq < activity) {
            activity = mtaGBq;
            limitedBy = BindingConstraint.BLOOD_MTA;
        }
        if (retentionLimitGBq < activity) {
            activity = retentionLimitGBq;
            limitedBy = BindingConstraint.RETENTION_48H;
        }
        if (maxActivityGBq != null && maxActivityGBq < activity) {
            activity = maxActivityGBq;
            limitedBy = BindingConstraint.MAX_ACTIVITY;
        }
        final List<PlanResult.LesionDoseAtActivity> doses = new ArrayList<>();
        boolean proceed = false;
        for (LesionDosePerGBq l : lesions) {
            final double d = l.dosePerGBqGy() * activity;
            doses.add(new PlanResult.LesionDoseAtActivity(l.id(), d));
            // A relative tolerance keeps a lesion that was prescribed exactly its target from failing on rounding.
            proceed |= d >= targetDoseGy * (1 - 1e-12);
        }
        return new PlanResult.Prescription(activity, Activity.ofGBq(activity).millicurie(), target, limitedBy, proceed,
                doses);
    }

    static double percentile(double[] sorted, double p) {
        final double pos = p * (sorted.length - 1);
        final int lo = (int) Math.floor(pos);
        final int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
