package org.rediff.core.protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rediff.core.common.InvalidInputException;

/**
 * The therapeutic 131I activity prescribed under a protocol's activity rule, with what bound it and the numbers
 * behind it. With 124I dosimetry no rule may exceed the lowest safety limit (blood dose, 48-h retention): a fixed
 * 5.5 GBq above the maximum tolerated activity is reduced to it, and the limit is recorded as binding.
 *
 * @param activityMBq   the prescribed activity, MBq
 * @param limitedBy     what set it
 * @param rule          the protocol's activity rule, in words
 * @param basis         the numbers: limits, the lesion doses at this activity, the requested activity
 * @param lesionDosesGy each lesion's predicted dose at this activity (empty without dosimetry)
 * @param date          date of the prescription
 * @param by            who prescribed
 */
public record Prescription131I(double activityMBq, PrescriptionBasis limitedBy, String rule, List<String> basis,
                               List<LesionDoseGy> lesionDosesGy, LocalDate date, String by) {
    public Prescription131I {
        basis = List.copyOf(basis);
        lesionDosesGy = List.copyOf(lesionDosesGy);
    }

    /**
     * A lesion's predicted dose at the prescribed activity.
     *
     * @param lesionId the lesion
     * @param doseGy   absorbed dose, Gy
     */
    public record LesionDoseGy(String lesionId, double doseGy) {
    }

    /**
     * The most the rule gives, within the safety limits when dosimetry is known: the fixed activity, the dosimetric
     * plan's activity, or the top of the range.
     *
     * @param rule      the protocol's activity rule
     * @param dosimetry the patient's dosimetry, or null
     * @return the activity, MBq, and what bound it
     * @throws InvalidInputException when the rule is dosimetric and there is no dosimetry
     */
    public static Allowed largestAllowed(ActivityRule rule, DosimetryEstimate dosimetry) {
        final Allowed byRule = switch (rule.kind()) {
            case FIXED -> new Allowed(rule.fixedMBq(), PrescriptionBasis.FIXED_BY_PROTOCOL);
            case RANGE -> new Allowed(rule.maxMBq(), PrescriptionBasis.RANGE_MAX);
            case DOSIMETRIC -> {
                if (dosimetry == null) {
                    throw InvalidInputException.of("dosimetry", null, "is required: the protocol's activity is "
                            + "dosimetric (" + rule.describe() + "); record the 124I dosimetry with the decision");
                }
                yield new Allowed(dosimetry.plannedActivityMBq(), dosimetry.limitedBy());
            }
        };
        if (dosimetry != null && dosimetry.safetyLimitMBq() < byRule.activityMBq()) {
            return new Allowed(dosimetry.safetyLimitMBq(), dosimetry.safetyLimit());
        }
        return byRule;
    }

    /**
     * An activity and what bound it.
     *
     * @param activityMBq the activity, MBq
     * @param limitedBy   what bound it
     */
    public record Allowed(double activityMBq, PrescriptionBasis limitedBy) {
    }

    /**
     * Prescribes under {@code rule}: the largest allowed activity, or {@code requestedMBq} when given, which must not
     * exceed it (and, for a range, not fall below the range).
     *
     * @param requestedMBq the activity the prescriber asks for, or null for the largest allowed
     * @throws InvalidInputException when the request is outside what the rule and the limits allow
     */
    public static Prescription131I prescribe(ActivityRule rule, DosimetryEstimate dosimetry, Double requestedMBq,
                                             LocalDate date, String by) {
        final Allowed max = largestAllowed(rule, dosimetry);
        final List<String> basis = new ArrayList<>();
        basis.add("rule: " + rule.describe());
        if (dosimetry != null) {
            basis.add(String.format(Locale.ROOT, "blood MTA %.0f MBq, 48-h retention limit %.0f MBq, plan for %.1f Gy:"
                    + " %.0f MBq (%s)", dosimetry.bloodMtaMBq(), dosimetry.retentionLimitMBq(),
                    dosimetry.targetDoseGy(), dosimetry.plannedActivityMBq(), dosimetry.limitedBy().code()));
        }
        double activity = max.activityMBq();
        PrescriptionBasis limitedBy = max.limitedBy();
        if (requestedMBq != null) {
            if (!(requestedMBq > 0) || requestedMBq > max.activityMBq() + 1e-9) {
                throw InvalidInputException.of("activity_MBq", fmt(requestedMBq), "must be above 0 and at most "
                        + fmt(max.activityMBq()) + " MBq (" + max.limitedBy().label() + ")");
            }
            if (rule.kind() == ActivityRule.Kind.RANGE && requestedMBq < rule.minMBq()) {
                throw InvalidInputException.of("activity_MBq", fmt(requestedMBq), "must be within the protocol's "
                        + "range " + rule.describe());
            }
            if (rule.kind() == ActivityRule.Kind.FIXED && requestedMBq < rule.fixedMBq() - 1e-9
                    && max.limitedBy() == PrescriptionBasis.FIXED_BY_PROTOCOL) {
                basis.add("below the protocol's fixed activity: a deviation from the protocol");
            }
            if (Math.abs(requestedMBq - max.activityMBq()) > 1e-9) {
                activity = requestedMBq;
                limitedBy = PrescriptionBasis.CHOSEN;
                basis.add("requested " + fmt(requestedMBq) + " MBq; largest allowed " + fmt(max.activityMBq())
                        + " MBq (" + max.limitedBy().code() + ")");
            }
        }
        final List<LesionDoseGy> doses = new ArrayList<>();
        if (dosimetry != null) {
            for (DosimetryEstimate.LesionDosePerGBq l : dosimetry.lesions()) {
                doses.add(new LesionDoseGy(l.lesionId(), l.doseGyPerGBq() * activity / 1000));
            }
        }
        return new Prescription131I(activity, limitedBy, rule.describe(), basis, doses, date, by);
    }

    private static String fmt(double mbq) {
        return String.format(Locale.ROOT, "%.0f", mbq);
    }
}
