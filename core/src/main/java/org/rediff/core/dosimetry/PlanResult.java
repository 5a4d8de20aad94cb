package org.rediff.core.dosimetry;

import java.util.List;

/**
 * The dosimetry and the 131I prescription.
 *
 * @param wholeBody          whole-body kinetics
 * @param blood              blood dose and maximum tolerated activity
 * @param retentionLimitGBq  largest activity that keeps the 48-h whole-body retention under its limit, GBq
 * @param lesions            per-lesion dosimetry
 * @param prescription       the prescribed activity
 * @param method             how it was computed (models, data, references)
 * @param findings           everything the physicist must look at, as data (kind, severity, region), ranked
 */
public record PlanResult(WholeBody wholeBody, Blood blood, double retentionLimitGBq, List<Lesion> lesions,
                         Prescription prescription, Method method, List<DosimetryWarning> findings) {
    /** Copies the lists and ranks the findings (safety first, then fit quality, then information). */
    public PlanResult {
        lesions = List.copyOf(lesions);
        findings = DosimetryWarning.rank(findings);
    }

    /**
     * Every warning as one line ("region: message"), ranked as {@link #findings()}.
     *
     * @return the warnings' text
     */
    public List<String> warnings() {
        return findings.stream().map(DosimetryWarning::text).toList();
    }

    /**
     * The warnings ranked and grouped as the page, the JSON and the text report show them: each safety warning
     * on its own, repeats of the other kinds in one entry per kind.
     *
     * @return the entries, most important first
     */
    public List<DosimetryWarning.Group> warningGroups() {
        return DosimetryWarning.group(findings);
    }

    /**
     * Whole-body kinetics.
     *
     * @param residenceTimeHours     whole-body residence time (131I), h
     * @param retention48hPercent    131I whole-body retention at 48 h, % of administered
     * @param fit                    fit used for the residence time (and the blood dose)
     * @param retentionFit           fit the 48-h retention is taken from: the plausible fit with the largest
     *                               retention at 48 h, which is not always {@code fit}
     * @param candidates             every model tried (for AUTO), in order, including those that failed
     */
    public record WholeBody(double residenceTimeHours, double retention48hPercent, CurveFit.Evaluated fit,
                            CurveFit.Evaluated retentionFit, List<CurveFit> candidates) {
        public WholeBody {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * Blood dosimetry.
     *
     * @param residenceTimeHoursPerMl blood residence time per ml (131I), h
     * @param dosePerGBqGy            blood dose per administered GBq, Gy/GBq
     * @param betaFraction            β share of the blood dose
     * @param mtaGBq                  maximum tolerated activity for the blood limit, GBq
     * @param fit                     fit used
     * @param candidates              every model tried (for AUTO), in order, including those that failed
     */
    public record Blood(double residenceTimeHoursPerMl, double dosePerGBqGy, double betaFraction, double mtaGBq,
                        CurveFit.Evaluated fit, List<CurveFit> candidates) {
        public Blood {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * One lesion's dosimetry.
     *
     * @param id                      lesion id
     * @param residenceTimeHours      residence time (131I), h
     * @param fractionExtrapolated    share of the integral after the last measurement
     * @param fit                     fit used
     * @param candidates              every model tried (for AUTO)
     * @param recoveryCoefficient     RC applied
     * @param dosePerGBqGy            uniform-sphere dose per GBq, Gy/GBq
     * @param dosePerGBqGyLed         local-energy-deposition dose per GBq, Gy/GBq
     * @param dosePerGBqCi            95% Monte Carlo interval of the sphere dose per GBq, or null when the fit has
     *                                no parameter uncertainty
     * @param activityForTargetGBq    activity that gives this lesion the target dose, GBq
     * @param sphere                  sphere-model details
     */
    public record Lesion(String id, double residenceTimeHours, double fractionExtrapolated, CurveFit.Evaluated fit,
                         List<CurveFit> candidates, double recoveryCoefficient, double dosePerGBqGy,
                         double dosePerGBqGyLed, double[] dosePerGBqCi, double activityForTargetGBq,
                         SphereModel.SphereSValue sphere) {
    }

    /**
     * The prescribed 131I activity.
     *
     * @param activityGBq    prescribed activity, GBq
     * @param activityMCi    the same in mCi
     * @param targetActivityGBq activity that meets the target under the rule, before any limit, GBq
     * @param limitedBy      binding constraint: target, blood, retention or cap
     * @param proceed        whether at least one lesion reaches the target dose at this activity (Ho 2013 rule)
     * @param lesionDosesGy  predicted dose to every lesion at this activity, Gy
     */
    public record Prescription(double activityGBq, double activityMCi, double targetActivityGBq,
                               BindingConstraint limitedBy,
                               boolean proceed,
                               List<LesionDoseAtActivity> lesionDosesGy) {
        public Prescription {
            lesionDosesGy = List.copyOf(lesionDosesGy);
        }
    }

    /**
     * A lesion's predicted dose at the prescribed activity.
     *
     * @param id     lesion id
     * @param doseGy predicted dose, Gy
     */
    public record LesionDoseAtActivity(String id, double doseGy) {
    }

    /**
     * How the plan was computed.
     *
     * @param summary     one-paragraph description of the computation
     * @param nuclearData nuclear data version
     * @param seed        Monte Carlo seed
     * @param samples     Monte Carlo samples per lesion
     * @param references  references
     */
    public record Method(String summary, String nuclearData, long seed, int samples, List<String> references) {
        public Method {
            references = List.copyOf(references);
        }
    }
}
