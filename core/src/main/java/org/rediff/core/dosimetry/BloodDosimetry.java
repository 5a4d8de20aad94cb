package org.rediff.core.dosimetry;

import org.rediff.core.common.InvalidInputException;

/**
 * Absorbed dose to the blood per administered 131I activity and the maximum tolerated activity, by the EANM
 * standard operating procedure for pre-therapeutic dosimetry (Lassmann M, Hänscheid H, Chiesa C, et al., Eur J
 * Nucl Med Mol Imaging 2008;35:1405-1412, doi:10.1007/s00259-008-0761-x):
 * D_blood/A0 [Gy/GBq] = 108 · τ_ml [h] + 0.0188 / wt[kg]^(2/3) · τ_WB [h], where τ_ml is the residence time of
 * 1 ml of blood and τ_WB that of the whole body. The constants are as the SOP is commonly cited (the SOP text
 * could not be read here); they agree with ICRP 107: 108 Gy·ml/(GBq·h) is the I-131 electron energy deposited in
 * 1 ml of blood of density 1.025 g/ml, and 0.0188 implies a whole-body photon absorbed fraction of 0.35 at 70 kg
 * (docs/background/domain.md §3). MTA = blood limit (2 Gy) / (D_blood/A0).
 */
public final class BloodDosimetry {
    /** β (self) term, Gy·ml per (GBq·h). */
    public static final double BETA_COEFFICIENT = 108;
    /** γ (whole-body) term, Gy·kg^(2/3) per (GBq·h). */
    public static final double GAMMA_COEFFICIENT = 0.0188;

    private BloodDosimetry() {
    }

    /**
     * Blood dose per administered activity.
     *
     * @param dosePerGBqGy  total, Gy/GBq
     * @param betaFraction  share of the β (self) term
     * @param mtaGBq        maximum tolerated activity for the blood limit, GBq
     */
    public record Result(double dosePerGBqGy, double betaFraction, double mtaGBq) {
    }

    /**
     * Blood dose per GBq of 131I and the maximum tolerated activity.
     *
     * @param bloodResidenceHoursPerMl residence time of 1 ml of blood (131I), h, finite and ≥ 0
     * @param wholeBodyResidenceHours  whole-body residence time (131I), h, finite and ≥ 0; not both 0
     * @param weightKg                 patient weight, kg, in [1, 400]
     * @param bloodLimitGy             blood absorbed-dose limit, Gy, in (0, 10] (2 Gy by the SOP)
     * @return dose per GBq (Gy/GBq), the β share of it, and the MTA = limit / dose (GBq)
     * @throws InvalidInputException if a value is out of its range or both residence times are 0
     */
    public static Result compute(double bloodResidenceHoursPerMl, double wholeBodyResidenceHours, double weightKg,
                                 double bloodLimitGy) {
        if (!(weightKg >= 1 && weightKg <= 400)) {
            throw new InvalidInputException("patient.weight_kg must be in [1, 400] kg, got " + weightKg);
        }
        if (!(bloodLimitGy > 0 && bloodLimitGy <= 10)) {
            throw new InvalidInputException("blood_limit_Gy must be in (0, 10] Gy, got " + bloodLimitGy);
        }
        if (!(bloodResidenceHoursPerMl >= 0) || !Double.isFinite(bloodResidenceHoursPerMl)) {
            throw new InvalidInputException("blood residence time per ml must be a finite number >= 0 h, got "
                    + bloodResidenceHoursPerMl);
        }
        if (!(wholeBodyResidenceHours >= 0) || !Double.isFinite(wholeBodyResidenceHours)) {
            throw new InvalidInputException("whole-body residence time must be a finite number >= 0 h, got "
                    + wholeBodyResidenceHours);
        }
        if (bloodResidenceHoursPerMl + wholeBodyResidenceHours == 0) {
            throw new InvalidInputException("blood and whole-body residence times are both 0: no blood dose and no "
                    + "maximum tolerated activity can be computed");
        }
        final double beta = BETA_COEFFICIENT * bloodResidenceHoursPerMl;
        final double gamma = GAMMA_COEFFICIENT / Math.pow(weightKg, 2.0 / 3.0) * wholeBodyResidenceHours;
        final double total = beta + gamma;
        return new Result(total, beta / total, bloodLimitGy / total);
    }
}
