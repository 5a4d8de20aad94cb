package org.rediff.core.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.rediff.core.Tolerances.halfUnitInLastPlace;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rediff.core.Tolerances;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.units.Activity;

/**
 * Nuclear data against ICRP Publication 107 (Nuclear decay data for dosimetric calculations, Ann ICRP 38(3), 2008),
 * read from the test copies of the OpenGATE icrp107-database JSON files, and the activity units.
 *
 * <pre>
 * ICRP 107 (I-131.json)        half-life 8.0207 d
 *   beta-  6 branches  Σ E·Y = 181.868 keV   (main branch 191.529 keV mean, yield 0.894964)
 *   IE   108 lines     Σ E·Y =   9.567 keV
 *   Auger 13 lines     Σ E·Y =   0.413 keV   → Δ_np = 191.848 keV = 3.0737e-14 J
 *   gamma 19 lines     Σ E·Y = 381.236 keV, X 49 lines 1.522 keV → 382.758 keV
 * I-124.json 4.176 d;  I-123.json 13.27 h
 * </pre>
 */
class Icrp107NuclearDataTest {
    private static final double LN2 = Math.log(2);

    @ParameterizedTest(name = "{0}: T½ = ICRP 107 {1} h")
    @DisplayName("Half-lives equal the ICRP 107 JSON values (I-131 8.0207 d, I-124 4.176 d, I-123 13.27 h)")
    @CsvSource({"I131, I-131, 192.4968", "I124, I-124, 100.224", "I123, I-123, 13.27"})
    void halfLivesAreIcrp107(Nuclide nuclide, String code, double hoursByHand) {
        final double fromJson = DosimetryReferenceData.halfLifeHours(code);
        assertThat(fromJson).isCloseTo(hoursByHand, within(1e-9));
        assertThat(nuclide.halfLifeHours()).isCloseTo(fromJson, within(Tolerances.ABSOLUTE_FLOOR * 1e3));
        assertThat(nuclide.code()).isEqualTo(code);
        assertThat(nuclide.decayConstantPerHour()).isCloseTo(LN2 / fromJson, within(1e-15));
    }

    @Test
    @DisplayName("Half-lives match reference_values.csv [SOURCE] rows (I-131 8.0207 d, I-124 4.176 d)")
    void halfLivesMatchReferenceTable() {
        assertThat(Nuclide.I131.halfLifeHours() / 24)
                .isCloseTo(DosimetryReferenceData.row("I-131 physical half-life").number(), within(1e-12));
        assertThat(Nuclide.I124.halfLifeHours() / 24)
                .isCloseTo(DosimetryReferenceData.row("I-124 physical half-life").number(), within(1e-12));
    }

    @Test
    @DisplayName("Decay constants: I-131 0.0036008244 /h, I-124 0.0069159800 /h ([DERIVED] ln2/(T½·24)); mean life 277.714 h")
    void decayConstants() {
        final double l131 = DosimetryReferenceData.row("I-131 decay constant").number();
        final double l124 = DosimetryReferenceData.row("I-124 decay constant").number();
        // printed to 8 and 8 significant figures respectively (0.0036008244, 0.0069159800)
        assertThat(Nuclide.I131.decayConstantPerHour()).isCloseTo(l131, within(halfUnitInLastPlace(l131, 8)));
        assertThat(Nuclide.I124.decayConstantPerHour()).isCloseTo(l124, within(halfUnitInLastPlace(l124, 8)));
        final double meanLife = DosimetryReferenceData.row("I-131 mean life (1/lambda)").number();
        assertThat(1 / Nuclide.I131.decayConstantPerHour()).isCloseTo(meanLife, within(halfUnitInLastPlace(meanLife, 6)));
        // I-123: ln2 / 13.27 h, by hand 0.052234151
        assertThat(Nuclide.I123.decayConstantPerHour()).isCloseTo(0.0522341507581, within(1e-12));
    }

    @Test
    @DisplayName("I-131 β⁻ yields sum to 1 and Σ E·Y = 181.868 keV; IE 9.567 keV; Auger 0.413 keV (ICRP 107, [DERIVED from SOURCE])")
    void iodine131ElectronLinesFromJson() {
        double yield = 0;
        for (double[] l : DosimetryReferenceData.emissions("I-131", "beta-")) {
            yield += l[1];
        }
        assertThat(DosimetryReferenceData.emissions("I-131", "beta-")).hasSize(6);
        assertThat(DosimetryReferenceData.emissions("I-131", "IE")).hasSize(108);
        assertThat(DosimetryReferenceData.emissions("I-131", "auger")).hasSize(13);
        assertThat(yield).isCloseTo(1.0, within(1e-6));
        assertThat(DosimetryReferenceData.energyPerDecayKeV("I-131", "beta-")).isCloseTo(181.868, within(0.5e-3));
        assertThat(DosimetryReferenceData.energyPerDecayKeV("I-131", "IE")).isCloseTo(9.567, within(0.5e-3));
        assertThat(DosimetryReferenceData.energyPerDecayKeV("I-131", "auger")).isCloseTo(0.413, within(0.5e-3));
    }

    @Test
    @DisplayName("Δ_np constant = ICRP 107 β⁻ + IE + Auger sum (191.848 keV, printed 191.8479 to 4 dp)")
    void electronEnergyPerDecay() {
        final double sum = DosimetryReferenceData.energyPerDecayKeV("I-131", "beta-")
                + DosimetryReferenceData.energyPerDecayKeV("I-131", "IE")
                + DosimetryReferenceData.energyPerDecayKeV("I-131", "auger");
        assertThat(Iodine131Emissions.ELECTRON_ENERGY_PER_DECAY_KEV).isCloseTo(sum, within(0.5e-4));
        final double table = DosimetryReferenceData.row(
                "I-131 total non-penetrating (electron) energy per decay").number();
        assertThat(Iodine131Emissions.ELECTRON_ENERGY_PER_DECAY_KEV).isCloseTo(table, within(halfUnitInLastPlace(table, 6)));
    }

    @Test
    @DisplayName("Photon energy per decay = ICRP 107 γ + X sum (382.758 keV)")
    void photonEnergyPerDecay() {
        final double sum = DosimetryReferenceData.energyPerDecayKeV("I-131", "gamma")
                + DosimetryReferenceData.energyPerDecayKeV("I-131", "X");
        assertThat(sum).isCloseTo(382.758, within(0.5e-3));
        assertThat(Iodine131Emissions.PHOTON_ENERGY_PER_DECAY_KEV).isCloseTo(sum, within(0.5e-4));
        final double deltaP = DosimetryReferenceData.row(
                "I-131 equilibrium dose constant, photons (Delta_p)").number();
        assertThat(Iodine131Emissions.PHOTON_ENERGY_PER_DECAY_KEV * Iodine131Emissions.JOULE_PER_KEV)
                .isCloseTo(deltaP, within(halfUnitInLastPlace(deltaP, 5)));
        // main line 364.489 keV, yield 0.817 ([SOURCE] row)
        assertThat(DosimetryReferenceData.emissions("I-131", "gamma"))
                .anySatisfy(l -> {
                    assertThat(l[0]).isEqualTo(0.364489);
                    assertThat(l[1]).isEqualTo(DosimetryReferenceData.row(
                            "I-131 gamma line 364.489 keV yield").number());
                });
    }

    @Test
    @DisplayName("Δ_np in joules = 3.0737e-14 Gy·kg/(Bq·s) ([DERIVED] 191.848 keV × 1.602177e-16 J/keV)")
    void deltaNpInJoules() {
        final double table = DosimetryReferenceData.row(
                "I-131 equilibrium dose constant, non-penetrating (Delta_np)").number();
        assertThat(Iodine131Emissions.ELECTRON_ENERGY_PER_DECAY_JOULE)
                .isCloseTo(table, within(halfUnitInLastPlace(table, 5)));
        // CODATA 2018: 1 eV = 1.602176634e-19 J exactly
        assertThat(Iodine131Emissions.JOULE_PER_KEV).isEqualTo(1.602176634e-16);
        final double byHand = (DosimetryReferenceData.energyPerDecayKeV("I-131", "beta-")
                + DosimetryReferenceData.energyPerDecayKeV("I-131", "IE")
                + DosimetryReferenceData.energyPerDecayKeV("I-131", "auger")) * 1.602176634e-16;
        assertThat(Iodine131Emissions.ELECTRON_ENERGY_PER_DECAY_JOULE)
                .isCloseTo(byHand, within(Tolerances.DOSE_RELATIVE * byHand));
    }

    @Test
    @DisplayName("1 mCi = 37 MBq exactly ([DEFINITION] 1 Ci = 3.7e10 Bq); 150 mCi = 5.55 GBq; round trips")
    void activityUnits() {
        assertThat(Activity.MBQ_PER_MCI).isEqualTo(37.0);
        assertThat(Activity.ofMCi(1).megabecquerel()).isCloseTo(37.0, within(1e-12));
        assertThat(Activity.ofMCi(150).gigabecquerel()).isCloseTo(5.55, within(1e-12));
        assertThat(Activity.ofGBq(5.55).millicurie()).isCloseTo(150.0, within(1e-10));
        assertThat(Activity.ofGBq(4.44).millicurie()).isCloseTo(120.0, within(1e-10)); // Benua-Leeper 120 mCi
        assertThat(Activity.ofMBq(3700).gigabecquerel()).isCloseTo(3.7, within(1e-12));
        for (double gbq : new double[] {0.0, 0.037, 1.0, 3.7, 7.4, 11.1, 20.41}) {
            assertThat(Activity.ofMCi(Activity.ofGBq(gbq).millicurie()).gigabecquerel())
                    .isCloseTo(gbq, within(1e-12 * Math.max(1, gbq)));
            assertThat(Activity.ofMBq(Activity.ofGBq(gbq).megabecquerel()).gigabecquerel())
                    .isCloseTo(gbq, within(1e-12 * Math.max(1, gbq)));
        }
        // Redifferentiation cohort (Clin Cancer Res 2022;28:4194): mean 300 mCi = 11.1 GBq
        assertThat(Activity.ofMCi(300).gigabecquerel()).isCloseTo(11.1, within(1e-12));
    }

    @Test
    @DisplayName("Negative activity is rejected")
    void negativeActivity() {
        assertThatThrownBy(() -> Activity.ofMBq(-1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Activity.ofGBq(Double.NaN)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"I-131, I131", "I-124, I124", "I-123, I123"})
    @DisplayName("Nuclide.parse accepts the codes")
    void parseCodes(String text, Nuclide expected) {
        assertThat(Nuclide.parse(text, "tracer")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"Tc-99m", "I-125", "Lu-177", "''"})
    @DisplayName("Nuclide.parse rejects unknown nuclides, naming the field")
    void parseUnknown(String text) {
        assertThatThrownBy(() -> Nuclide.parse(text, "tracer"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tracer");
    }
}
