package org.rediff.core.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rediff.core.Tolerances.halfUnitInLastPlace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rediff.core.Tolerances;

/**
 * Lesion dose per administered GBq (docs/background/domain.md §3; MIRD local energy deposition): D/A0 = τ · 3.6e12 Bq·s/(GBq·h) ·
 * Δ_np / m, with Δ_np the ICRP 107 I-131 electron energy per decay (191.848 keV = 3.0737e-14 J). Sphere model:
 * D/A0 = τ · 3.6e6 MBq·s/(GBq·h) · S [mGy/(MBq·s)] · 1e-3 Gy/mGy.
 */
class LesionDoseTest {
    /** Δ_np by hand from the ICRP 107 JSON sums: 191.847868 keV × 1.602176634e-16 J/keV. */
    private static final double DELTA_NP_J = 191.847867898 * 1.602176634e-16;
    private static final Pattern LED_ROW = Pattern.compile("I-131 local-energy-deposition S, sphere mass ([\\d.]+) g");

    @Test
    @DisplayName("τ = 1 h in 1 g: 3.6e12 × 3.0737e-14 / 0.001 kg = 110.65 Gy/GBq")
    void oneHourOneGram() {
        final double d = LesionDose.localDepositionGyPerGBq(1.0, 1.0, 1.0);
        assertThat(d).isCloseTo(110.65, within(halfUnitInLastPlace(110.65, 5)));
        assertThat(d).isCloseTo(3.6e12 * DELTA_NP_J / 1e-3, within(Tolerances.DOSE_RELATIVE * 110.65));
    }

    @Test
    @DisplayName("[DERIVED] example: 1 g, τ = 0.01 h → 1.10655 Gy/GBq; 20 Gy (Ho 2013) needs 18.074 GBq")
    void derivedLesionExample() {
        final double perGBq = DosimetryReferenceData.row("DERIVED example: lesion D/A0, 1 g, TIAC 0.01 h, LED").number();
        final double activity = DosimetryReferenceData.row("DERIVED example: activity for 20 Gy in that lesion").number();
        final double d = LesionDose.localDepositionGyPerGBq(0.01, 1.0, 1.0);
        assertThat(d).isCloseTo(perGBq, within(halfUnitInLastPlace(perGBq, 6)));
        assertThat(20 / d).isCloseTo(activity, within(halfUnitInLastPlace(activity, 5)));
    }

    static Stream<Arguments> ledRows() {
        return DosimetryReferenceData.referenceRows().stream()
                .filter(r -> r.conditions().startsWith("[DERIVED]"))
                .map(r -> LED_ROW.matcher(r.quantity()))
                .filter(Matcher::matches)
                .map(m -> Arguments.of(Double.parseDouble(m.group(1)), m.group(0)));
    }

    /** S_LED = Δ_np/m in mGy/(MBq·s) ([DERIVED] rows, 5 significant figures); D/A0 = S · 3.6e6 · 1e-3 · τ. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("ledRows")
    @DisplayName("LED S-values for 0.01–100 g ([DERIVED] rows)")
    void ledSValues(double grams, String quantity) {
        final double s = DosimetryReferenceData.row(quantity).number(); // mGy/(MBq·s)
        final double perGBqPerHour = LesionDose.localDepositionGyPerGBq(1.0, grams, 1.0);
        assertThat(perGBqPerHour / 3600).isCloseTo(s, within(halfUnitInLastPlace(s, 5)));
    }

    @Test
    @DisplayName("The table holds the 10 LED rows (0.01, 0.1, 0.5, 1, 2, 5, 10, 20, 50, 100 g)")
    void ledRowsPresent() {
        assertThat(ledRows().count()).isEqualTo(10);
    }

    @ParameterizedTest(name = "τ {0} h, {1} ml, ρ {2} g/ml")
    @CsvSource({"0.17312, 2.0, 1.0", "0.05, 0.5, 1.04", "2.0, 30.0, 1.9", "0.001, 0.16, 0.5"})
    @DisplayName("Linear in τ, inverse in volume and in density")
    void scaling(double tau, double volume, double density) {
        final double d = LesionDose.localDepositionGyPerGBq(tau, volume, density);
        assertThat(d).isCloseTo(tau * 3.6e12 * DELTA_NP_J / (volume * density * 1e-3),
                within(Tolerances.DOSE_RELATIVE * d));
        assertThat(LesionDose.localDepositionGyPerGBq(2 * tau, volume, density)).isCloseTo(2 * d, within(1e-12 * d));
        assertThat(LesionDose.localDepositionGyPerGBq(tau, 2 * volume, density)).isCloseTo(d / 2, within(1e-12 * d));
        assertThat(LesionDose.localDepositionGyPerGBq(tau, volume, 1.5 * density))
                .isCloseTo(d / 1.5, within(1e-12 * d));
    }

    @Test
    @DisplayName("Sphere model: D/A0 = τ · 3600 · S (2 ml sphere, S = 1.4372292e-02 mGy/(MBq·s); τ 0.1731234 h → 8.95745 Gy/GBq)")
    void sphereDose() {
        final SphereModel.SphereSValue s = SphereModel.forVolume(2.0);
        final double tau = 0.002 * 60 / Math.log(2);
        assertThat(LesionDose.sphereGyPerGBq(tau, s))
                .isCloseTo(tau * 3600 * s.sValueMilliGrayPerMBqSecond(), within(1e-12));
        assertThat(LesionDose.sphereGyPerGBq(tau, s)).isCloseTo(8.957448679718732, within(1e-8));
        assertThat(LesionDose.sphereGyPerGBq(0, s)).isZero();
    }
}
