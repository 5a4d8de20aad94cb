package org.rediff.core.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.rediff.core.Tolerances.halfUnitInLastPlace;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rediff.core.common.InvalidInputException;

/**
 * Blood absorbed dose and maximum tolerated activity by the EANM SOP formula (Lassmann M et al., Eur J Nucl Med Mol
 * Imaging 2008;35:1405-1412): D_blood/A0 [Gy/GBq] = 108 · τ_ml + 0.0188 / wt^(2/3) · τ_WB; MTA = 2 Gy / (D/A0).
 *
 * <p>The constants 108 and 0.0188 are [UNVERIFIED] in reference_values.csv and are not oracles here. The oracles are
 * (a) the [DERIVED, not published] worked example, whose inputs and arithmetic are stated in the table:
 *
 * <pre>
 *   τ_ml = 6.0e-4 h, τ_WB = 30 h, wt = 70 kg
 *   β  = 108 · 6.0e-4                 = 0.0648
 *   γ  = 0.0188 / 70^(2/3) · 30       = 0.03321
 *   D/A0                              = 0.09801 Gy/GBq;   MTA(2 Gy) = 20.41 GBq
 * </pre>
 *
 * and (b) the ICRP 107 consistency rows: 108 ≈ Δ_np·3.6e12 J/(GBq·h) deposited in 1 ml of blood of density 1.0246
 * g/ml ([DERIVED]). The 2 Gy limit is [SOURCE] (EANM SOP abstract; Benua 1962).
 */
class Lassmann2008BloodDosimetryExampleTest {

    @Test
    @DisplayName("[DERIVED] example: τ_ml 6.0e-4 h, τ_WB 30 h, 70 kg → 0.09801 Gy/GBq, MTA 20.41 GBq for 2 Gy")
    void workedExample() {
        final double dose = DosimetryReferenceData.row(
                "DERIVED example: D_blood/A0 for tau_ml=6.0e-4 h, tau_WB=30 h, wt=70 kg").number();
        final double mta = DosimetryReferenceData.row(
                "DERIVED example: maximum activity for 2 Gy blood dose (same inputs)").number();
        final double limit = DosimetryReferenceData.row("Blood absorbed dose limit (bone-marrow surrogate)").number();
        final BloodDosimetry.Result r = BloodDosimetry.compute(6.0e-4, 30, 70, limit);
        assertThat(r.dosePerGBqGy()).isCloseTo(dose, within(halfUnitInLastPlace(dose, 4)));
        assertThat(r.mtaGBq()).isCloseTo(mta, within(halfUnitInLastPlace(mta, 4)));
        // by hand, unrounded: 0.0648 + 0.0332058 = 0.0980058; MTA 20.40696
        assertThat(r.dosePerGBqGy()).isCloseTo(0.0980057844, within(1e-9));
        assertThat(r.mtaGBq()).isCloseTo(20.4069587517, within(1e-8));
    }

    @Test
    @DisplayName("β fraction = 0.0648 / 0.09801 = 0.6612 (β 0.0648, γ 0.03321 as printed)")
    void betaFraction() {
        final BloodDosimetry.Result r = BloodDosimetry.compute(6.0e-4, 30, 70, 2);
        assertThat(r.betaFraction()).isCloseTo(0.0648 / 0.0980057844, within(1e-8));
        assertThat(r.betaFraction() * r.dosePerGBqGy()).isCloseTo(0.0648, within(1e-12));
        assertThat((1 - r.betaFraction()) * r.dosePerGBqGy())
                .isCloseTo(0.03321, within(halfUnitInLastPlace(0.03321, 4)));
    }

    @Test
    @DisplayName("108 Gy·ml/(GBq·h) is consistent with ICRP 107 Δ_np in 1 ml of blood at 1.0246 g/ml ([DERIVED])")
    void betaTermConsistentWithIcrp107() {
        final double density = DosimetryReferenceData.row(
                "Consistency check of 108: blood density implied by ICRP107 Delta_np").number();
        // the β coefficient: dose per GBq per extra hour of τ_ml, whole-body term held fixed
        final double beta = BloodDosimetry.compute(2.0, 30, 70, 2).dosePerGBqGy()
                - BloodDosimetry.compute(1.0, 30, 70, 2).dosePerGBqGy();
        final double icrp = 3.6e12 * Iodine131Emissions.ELECTRON_ENERGY_PER_DECAY_JOULE / (density * 1e-3);
        assertThat(beta).isCloseTo(icrp, within(halfUnitInLastPlace(density, 5) / density * icrp + 1e-9));
    }

    @Test
    @DisplayName("0.0188 is consistent with a whole-body photon absorbed fraction of 0.351 at 70 kg (ICRP 107 Δ_p, [DERIVED])")
    void gammaTermConsistentWithIcrp107() {
        final double fraction = DosimetryReferenceData.row(
                "Consistency check of 0.0188: implied whole-body photon absorbed fraction at 70 kg").number();
        // the γ coefficient at 70 kg: dose per GBq per extra hour of τ_WB, blood term held fixed
        final double gamma = BloodDosimetry.compute(6e-4, 2.0, 70, 2).dosePerGBqGy()
                - BloodDosimetry.compute(6e-4, 1.0, 70, 2).dosePerGBqGy();
        final double photonsPerKg = Iodine131Emissions.PHOTON_ENERGY_PER_DECAY_KEV * Iodine131Emissions.JOULE_PER_KEV
                * 3.6e12 / 70; // Gy per GBq·h if every photon were absorbed in 70 kg
        assertThat(gamma / photonsPerKg).isCloseTo(fraction, within(halfUnitInLastPlace(fraction, 3)));
    }

    @Test
    @DisplayName("MTA scales with the limit: 3 Gy → 30.61 GBq; 1 Gy → 10.20 GBq; dose per GBq unchanged")
    void mtaScalesWithLimit() {
        final BloodDosimetry.Result two = BloodDosimetry.compute(6.0e-4, 30, 70, 2);
        final BloodDosimetry.Result three = BloodDosimetry.compute(6.0e-4, 30, 70, 3);
        final BloodDosimetry.Result one = BloodDosimetry.compute(6.0e-4, 30, 70, 1);
        assertThat(three.mtaGBq()).isCloseTo(30.6104381276, within(1e-8));
        assertThat(three.mtaGBq() / two.mtaGBq()).isCloseTo(1.5, within(1e-12));
        assertThat(one.mtaGBq() / two.mtaGBq()).isCloseTo(0.5, within(1e-12));
        assertThat(three.dosePerGBqGy()).isEqualTo(two.dosePerGBqGy());
        assertThat(three.mtaGBq() * three.dosePerGBqGy()).isCloseTo(3.0, within(1e-12));
    }

    @Test
    @DisplayName("Heavier patient, lower γ term: 100 kg → γ = 0.0188/100^(2/3)·30 = 0.0261735")
    void weightDependence() {
        final BloodDosimetry.Result r = BloodDosimetry.compute(6.0e-4, 30, 100, 2);
        assertThat(r.dosePerGBqGy()).isCloseTo(0.0648 + 0.0188 / Math.pow(100, 2.0 / 3) * 30, within(1e-12));
        assertThat(r.dosePerGBqGy()).isLessThan(BloodDosimetry.compute(6.0e-4, 30, 70, 2).dosePerGBqGy());
    }

    @ParameterizedTest(name = "weight {0} kg")
    @ValueSource(doubles = {0.0, -70.0, Double.NaN, Double.POSITIVE_INFINITY})
    @DisplayName("Bad weight: InvalidInputException naming the weight")
    void badWeight(double weight) {
        assertThatThrownBy(() -> BloodDosimetry.compute(6.0e-4, 30, weight, 2))
                .isInstanceOf(InvalidInputException.class).hasMessageMatching("(?is).*weight.*");
    }

    @Test
    @DisplayName("Negative blood residence time: InvalidInputException (a negative dose and MTA are meaningless)")
    void negativeBloodResidence() {
        assertThatThrownBy(() -> BloodDosimetry.compute(-1e-4, 30, 70, 2)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Negative whole-body residence time: InvalidInputException")
    void negativeWholeBodyResidence() {
        assertThatThrownBy(() -> BloodDosimetry.compute(6e-4, -30, 70, 2)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Non-positive blood dose limit: InvalidInputException")
    void nonPositiveLimit() {
        assertThatThrownBy(() -> BloodDosimetry.compute(6e-4, 30, 70, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> BloodDosimetry.compute(6e-4, 30, 70, -2)).isInstanceOf(InvalidInputException.class);
    }
}
