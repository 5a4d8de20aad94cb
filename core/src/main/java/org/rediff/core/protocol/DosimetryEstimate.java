package org.rediff.core.protocol;

import java.util.List;
import java.util.Optional;

/**
 * What pre-therapeutic 124I dosimetry says for a patient, as the protocol engine uses it: the dosimetry planner's
 * activity for the target lesion dose within its limits, the limits themselves and each lesion's dose per GBq of
 * 131I. The service layer fills it from the planner, so that {@code core.protocol} needs no dosimetry types.
 *
 * @param targetDoseGy        the lesion dose the plan aimed at, Gy
 * @param plannedActivityMBq  the plan's activity: the target dose within every limit, MBq
 * @param limitedBy           what set the planned activity (target, blood, retention or cap)
 * @param bloodMtaMBq         maximum tolerated activity for the blood dose limit, MBq
 * @param retentionLimitMBq   largest activity within the 48-h whole-body retention limit, MBq
 * @param lesions             each lesion's 131I dose per administered GBq
 * @param method              how the plan was computed (models, data, references), in words
 * @param warnings            what the physicist must look at
 */
public record DosimetryEstimate(double targetDoseGy, double plannedActivityMBq, PrescriptionBasis limitedBy,
                                double bloodMtaMBq, double retentionLimitMBq, List<LesionDosePerGBq> lesions,
                                String method, List<String> warnings) {
    public DosimetryEstimate {
        lesions = List.copyOf(lesions);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * A lesion's dose per GBq of 131I.
     *
     * @param lesionId       the lesion
     * @param doseGyPerGBq   absorbed dose per administered GBq, Gy/GBq
     */
    public record LesionDosePerGBq(String lesionId, double doseGyPerGBq) {
    }

    /** The lowest of the blood and retention limits, MBq, with the limit that it is. */
    public double safetyLimitMBq() {
        return Math.min(bloodMtaMBq, retentionLimitMBq);
    }

    /** Which safety limit binds first. */
    public PrescriptionBasis safetyLimit() {
        return bloodMtaMBq <= retentionLimitMBq ? PrescriptionBasis.BLOOD : PrescriptionBasis.RETENTION;
    }

    /** A lesion's dose per GBq, if the plan has the lesion. */
    public Optional<Double> doseGyPerGBq(String lesionId) {
        return lesions.stream().filter(l -> l.lesionId().equals(lesionId)).map(LesionDosePerGBq::doseGyPerGBq)
                .findFirst();
    }
}
