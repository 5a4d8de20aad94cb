package org.rediff.core.dosimetry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * Everything a 131I prescription from pre-therapeutic dosimetry needs.
 *
 * @param weightKg               patient weight, kg
 * @param diffuseLungMetastases  whether the patient has diffuse lung metastases (lower retention limit)
 * @param tracer                 tracer nuclide (I-124, I-131 or I-123)
 * @param tracerAdministeredMBq  tracer activity administered, MBq (recorded; measurements are relative to it)
 * @param therapy                therapy nuclide (I-131)
 * @param fit                    time-activity model for every curve
 * @param tail                   tail policy for the trapezoid
 * @param wholeBody              whole-body measurements, fraction of administered
 * @param bloodPerMl             blood measurements, fraction of administered per ml
 * @param lesions                lesions
 * @param recoveryCurve          RC(volume) points, sorted by volume; empty when not used
 * @param targetDoseGy           lesion dose to reach, Gy
 * @param rule                   which lesions must reach it
 * @param maxActivityGBq         optional fixed cap on the activity, GBq, or null
 * @param bloodLimitGy           blood absorbed-dose limit, Gy
 * @param retentionLimitGBq      48-h whole-body retention limit, GBq
 * @param retentionLimitSource   where that limit comes from
 * @param minimumVolumeMl        lesions below this volume get a partial-volume warning
 * @param seed                   Monte Carlo seed
 */
public record PlanInput(double weightKg, boolean diffuseLungMetastases, Nuclide tracer, double tracerAdministeredMBq,
                        Nuclide therapy, FitModel fit, TailPolicy tail, List<TimeActivityPoint> wholeBody,
                        List<TimeActivityPoint> bloodPerMl, List<LesionInput> lesions,
                        List<RecoveryPoint> recoveryCurve, double targetDoseGy, PrescriptionRule rule,
                        Double maxActivityGBq, double bloodLimitGy, double retentionLimitGBq,
                        String retentionLimitSource, double minimumVolumeMl, long seed) {
    /** Benua-Leeper 48-h retention limit, GBq (120 mCi). */
    public static final double RETENTION_LIMIT_GBQ = 4.44;
    /** The same with diffuse lung metastases, GBq (80 mCi, commonly cited; unverified in the primary source). */
    public static final double RETENTION_LIMIT_DIFFUSE_LUNG_GBQ = 2.96;

    /**
     * One point of a recovery-coefficient curve.
     *
     * @param volumeMl volume, ml
     * @param rc       recovery coefficient
     */
    public record RecoveryPoint(double volumeMl, double rc) {
    }

    /**
     * Checks the input and copies its lists. The weight and the blood limit are checked by
     * {@link DosimetryPlanner#plan} ({@link BloodDosimetry#compute}).
     *
     * @throws InvalidInputException if a nuclide, list, rule, fit or tail is null; the therapy nuclide is not
     *                               I-131; the tracer activity is not in (0, 20000] MBq; the target dose is not in
     *                               (0, 1000] Gy; the cap is given and not in (0, 50] GBq; the retention limit is
     *                               not above 0 GBq; the whole-body, blood or lesion list is empty; lesion ids
     *                               repeat; or the index lesion of the rule is not among the lesions
     */
    public PlanInput {
        Require.notNull(tracer, "tracer.nuclide");
        Require.notNull(therapy, "therapy.nuclide");
        if (therapy != Nuclide.I131) {
            throw new InvalidInputException("therapy.nuclide must be I-131, got " + therapy.code());
        }
        if (!(tracerAdministeredMBq > 0 && tracerAdministeredMBq <= 20000)) {
            throw new InvalidInputException("tracer.administered_MBq must be in (0, 20000] MBq, got "
                    + tracerAdministeredMBq);
        }
        if (!(targetDoseGy > 0 && targetDoseGy <= 1000)) {
            throw new InvalidInputException("target_dose_Gy must be in (0, 1000] Gy, got " + targetDoseGy);
        }
        if (maxActivityGBq != null && !(maxActivityGBq > 0 && maxActivityGBq <= 50)) {
            throw new InvalidInputException("max_activity_GBq must be in (0, 50] GBq, got " + maxActivityGBq);
        }
        if (!(retentionLimitGBq > 0)) {
            throw new InvalidInputException("retention limit must be > 0 GBq, got " + retentionLimitGBq);
        }
        Require.notNull(wholeBody, "whole_body");
        Require.notNull(bloodPerMl, "blood");
        Require.notNull(lesions, "lesions");
        Require.notNull(recoveryCurve, "recovery_curve");
        Require.notNull(rule, "rule");
        Require.notNull(fit, "fit");
        Require.notNull(tail, "tail");
        wholeBody = List.copyOf(wholeBody);
        bloodPerMl = List.copyOf(bloodPerMl);
        lesions = List.copyOf(lesions);
        recoveryCurve = List.copyOf(recoveryCurve);
        if (wholeBody.isEmpty()) {
            throw new InvalidInputException("whole_body: measurements are required (whole-body residence time and "
                    + "48-h retention)");
        }
        if (bloodPerMl.isEmpty()) {
            throw new InvalidInputException("blood: measurements are required (blood dose limits the activity)");
        }
        if (lesions.isEmpty()) {
            throw new InvalidInputException("lesions: at least one lesion is required");
        }
        final Set<String> ids = new HashSet<>();
        for (LesionInput l : lesions) {
            if (!ids.add(l.id())) {
                throw new InvalidInputException("lesions: duplicate id '" + l.id() + "'");
            }
        }
        if (rule.kind() == PrescriptionRule.Kind.INDEX_LESION && !ids.contains(rule.indexLesionId())) {
            throw new InvalidInputException("rule: index lesion '" + rule.indexLesionId() + "' is not among the "
                    + "lesions " + ids);
        }
    }
}
