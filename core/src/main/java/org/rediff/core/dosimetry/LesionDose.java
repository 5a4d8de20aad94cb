package org.rediff.core.dosimetry;

/**
 * Lesion absorbed dose per administered GBq of 131I from the lesion's residence time τ (h):
 * <ul>
 *   <li>local energy deposition (MIRD: all electron energy absorbed locally, photons ignored):
 *   D/A0 = τ · 3.6e12 Bq·s/(GBq·h) · Δ_np / m, with Δ_np = 3.0737e-14 J per decay (ICRP 107) and m in kg;</li>
 *   <li>uniform-sphere model: D/A0 = τ · 3.6e6 MBq·s/(GBq·h) · S_sphere [mGy/(MBq·s)] · 1e-3 ({@link SphereModel}).</li>
 * </ul>
 */
public final class LesionDose {
    /** Bq·s per (GBq·h): 1e9 · 3600. */
    static final double BQ_SECONDS_PER_GBQ_HOUR = 3.6e12;

    private LesionDose() {
    }

    /**
     * Dose per GBq by local deposition of the electron energy in the lesion's mass.
     *
     * @param residenceHours lesion residence time (131I), h
     * @param volumeMl       lesion volume, ml, above 0
     * @param densityGPerMl  lesion density, g/ml, above 0
     * @return absorbed dose per administered activity, Gy/GBq (not checked: {@link LesionInput} bounds the inputs)
     */
    public static double localDepositionGyPerGBq(double residenceHours, double volumeMl, double densityGPerMl) {
        final double massKg = volumeMl * densityGPerMl / 1000;
        return residenceHours * BQ_SECONDS_PER_GBQ_HOUR * Iodine131Emissions.ELECTRON_ENERGY_PER_DECAY_JOULE / massKg;
    }

    /**
     * Dose per GBq by the uniform-sphere model.
     *
     * @param residenceHours lesion residence time (131I), h
     * @param s              the sphere's S-value, mGy/(MBq·s), from {@link SphereModel#forVolume}
     * @return absorbed dose per administered activity, Gy/GBq
     */
    public static double sphereGyPerGBq(double residenceHours, SphereModel.SphereSValue s) {
        return residenceHours * 3.6e6 * s.sValueMilliGrayPerMBqSecond() * 1e-3;
    }
}
