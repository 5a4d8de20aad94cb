package org.rediff.core.dosimetry;

/**
 * Energy emitted per decay of I-131, from ICRP Publication 107 (I-131.json of the OpenGATE icrp107-database):
 * the non-penetrating (electron) part is the sum of energy × yield over the 6 β⁻ branches (mean energies), the
 * 108 internal-conversion lines and the 13 Auger lines; the photon part over the γ and X-ray lines.
 */
public final class Iodine131Emissions {
    /** Joules per keV (CODATA 2018, exact with the SI definition of the elementary charge). */
    public static final double JOULE_PER_KEV = 1.602176634e-16;
    /** Non-penetrating energy per decay, keV: β⁻ 181.868 + IE 9.567 + Auger 0.413 (ICRP 107). */
    public static final double ELECTRON_ENERGY_PER_DECAY_KEV = 191.8479;
    /** Photon energy per decay, keV: γ 381.236 + X 1.522 (ICRP 107). */
    public static final double PHOTON_ENERGY_PER_DECAY_KEV = 382.7577;
    /** Δ_np in J per decay (= Gy·kg per Bq·s): 3.0737e-14. */
    public static final double ELECTRON_ENERGY_PER_DECAY_JOULE = ELECTRON_ENERGY_PER_DECAY_KEV * JOULE_PER_KEV;

    private Iodine131Emissions() {
    }
}
