package org.rediff.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Simon two-stage designs against the reference rows SIM-xx of {@code statistics_reference_values.csv}: Simon 1989
 * (Control Clin Trials 10:1-10, p. 4 table, as cited by kkmann/BinaryTwoStageDesigns), clinfun::ph2simon's rendered
 * examples, and IDDI-BE/PhIIdesign. EN and PET are printed to 2 and 4 decimals.
 */
class Simon1989DesignTableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "SIM-01 optimal,          0.05, 0.20, 0.10, 0.10, 0, 12, 3, 37, 23.49, 0.5404",
        "SIM-03 optimal,          0.20, 0.40, 0.10, 0.10, 3, 17, 10, 37, 26.02, 0.5489",
        "SIM-07 optimal nmax 150, 0.20, 0.35, 0.05, 0.05, 11, 50, 28, 109, 67.07, 0.7107",
        "SIM-K1 Simon p.4,        0.10, 0.30, 0.05, 0.20, 1, 10, 5, 29, 15.01, 0.7361",
        "SIM-K2 Simon p.4,        0.20, 0.40, 0.05, 0.20, 3, 13, 12, 43, 20.58, 0.7473",
        "SIM-K3 Simon p.4,        0.30, 0.50, 0.05, 0.20, 5, 15, 18, 46, 23.63, 0.7216",
        "SIM-K4 Simon p.4,        0.40, 0.60, 0.05, 0.20, 7, 16, 23, 46, 24.52, 0.7161",
        "SIM-K5 Simon p.4,        0.50, 0.70, 0.05, 0.20, 8, 15, 26, 43, 23.50, 0.6964",
        "SIM-K6 Simon p.4,        0.60, 0.80, 0.05, 0.20, 7, 11, 30, 43, 20.48, 0.7037",
        "SIM-K7 Simon p.4,        0.70, 0.90, 0.05, 0.20, 4, 6, 22, 27, 14.82, 0.5798",
        "SIM-C1 optimal,          0.05, 0.25, 0.05, 0.20, 0, 9, 2, 17, 11.96, 0.6302"})
    void optimal(String name, double p0, double p1, double alpha, double beta, int r1, int n1, int r, int n,
                 double en0, double pet0) {
        final TwoStageDesign d = SimonTwoStage.search(new DesignRequirements(p0, p1, alpha, beta), 150).optimal();
        assertThat(new int[] {d.r1(), d.n1(), d.r(), d.n()}).containsExactly(r1, n1, r, n);
        assertThat(d.en0()).isCloseTo(en0, within(0.005));
        assertThat(d.pet0()).isCloseTo(pet0, within(0.00005));
    }

    /**
     * SIM-M20 is a COMPUTED (unverified) row that prints EN 22.26; its own PET 0.7164 gives
     * EN = 18 + (1 − 0.7164)·15 = 22.254, so the design and PET are checked as printed and EN at 22.25.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "SIM-02 minimax,  0.05, 0.20, 0.10, 0.10, 0, 18, 3, 32, 26.44, 0.3972",
        "SIM-04 minimax,  0.20, 0.40, 0.10, 0.10, 3, 19, 10, 36, 28.26, 0.4551",
        "SIM-05 minimax,  0.20, 0.35, 0.05, 0.05, 15, 68, 25, 95, 75.44, 0.7244",
        "SIM-M10 minimax, 0.10, 0.30, 0.05, 0.20, 1, 15, 5, 25, 19.51, 0.5490",
        "SIM-M20 minimax (EN see note), 0.20, 0.40, 0.05, 0.20, 4, 18, 10, 33, 22.25, 0.7164",
        "SIM-M30 minimax, 0.30, 0.50, 0.05, 0.20, 6, 19, 16, 39, 25.69, 0.6655",
        "SIM-M40 minimax, 0.40, 0.60, 0.05, 0.20, 17, 34, 20, 39, 34.44, 0.9128",
        "SIM-M05 minimax, 0.05, 0.25, 0.05, 0.20, 0, 12, 2, 16, 13.84, 0.5404"})
    void minimax(String name, double p0, double p1, double alpha, double beta, int r1, int n1, int r, int n,
                 double en0, double pet0) {
        final TwoStageDesign d = SimonTwoStage.search(new DesignRequirements(p0, p1, alpha, beta), 150).minimax();
        assertThat(new int[] {d.r1(), d.n1(), d.r(), d.n()}).containsExactly(r1, n1, r, n);
        assertThat(d.en0()).isCloseTo(en0, within(0.005));
        assertThat(d.pet0()).isCloseTo(pet0, within(0.00005));
    }

    @Test
    void sim02AdmissibleDesignsBetweenMinimaxAndOptimal() {
        final SimonTwoStage.Result r = SimonTwoStage.search(new DesignRequirements(0.05, 0.20, 0.10, 0.10), 150);
        assertThat(r.admissible()).extracting(a -> a.design().n1() + "/" + a.design().n())
                .containsExactly("18/32", "15/33", "13/35", "12/37");
        assertThat(r.admissible().get(1).design().en0()).isCloseTo(24.66, within(0.005));
        assertThat(r.admissible().get(2).design().pet0()).isCloseTo(0.5133, within(0.00005));
        assertThat(r.admissible().get(0).qUpper()).isEqualTo(1.0);
        assertThat(r.admissible().get(3).qLower()).isEqualTo(0.0);
    }

    @Test
    void sim06TheNmaxTrapIsWarnedAbout() {
        final SimonTwoStage.Result truncated = SimonTwoStage.search(new DesignRequirements(0.2, 0.35, 0.05, 0.05),
                100);
        assertThat(truncated.optimal().n1()).isEqualTo(53);
        assertThat(truncated.optimal().n()).isEqualTo(99);
        assertThat(truncated.optimal().en0()).isCloseTo(69.88, within(0.005));
        assertThat(truncated.warnings()).anyMatch(w -> w.contains("near nmax = 100"));
        assertThat(SimonTwoStage.search(new DesignRequirements(0.2, 0.35, 0.05, 0.05), 150).warnings()).isEmpty();
    }

    @Test
    void sim08AttainedErrorRates() {
        // PhIIdesign simon2stage(0.1, 0.3, 0.05, 0.2): actual alpha 0.04709, actual beta 0.19494.
        final TwoStageDesign d = SimonTwoStage.search(new DesignRequirements(0.1, 0.3, 0.05, 0.2), 150).optimal();
        assertThat(d.alpha()).isCloseTo(0.04709, within(0.000005));
        assertThat(1 - d.power()).isCloseTo(0.19494, within(0.000005));
    }
}
