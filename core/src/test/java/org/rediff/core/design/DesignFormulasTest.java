package org.rediff.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rediff.core.common.InvalidInputException;

/**
 * Single-stage exact designs (SS-01, SS-C1), two proportions (RCT-01..04 from R's power.prop.test help page, values
 * recomputed in R 4.2.2 to 12 digits: n 76.7069301141, power 0.740165901331, n 73.3742731112; RCT-C1 Fleiss), the
 * exact Fisher power (core/src/test/oracle/fisher_power_oracle.R) and Schoenfeld events (RCT-C2).
 */
class DesignFormulasTest {

    @Test
    void ss01SingleStageExact() {
        final SingleStageExact.Result r = SingleStageExact.search(new DesignRequirements(0.45, 0.70, 0.05, 0.20), 200);
        assertThat(r.smallest().n()).isEqualTo(25);
        assertThat(r.smallest().r()).isEqualTo(15);
        assertThat(r.smallest().alpha()).isCloseTo(0.0439597, within(0.5e-7));
        assertThat(1 - r.smallest().power()).isCloseTo(0.1894360, within(0.5e-7));
    }

    @ParameterizedTest(name = "SS-C1 p0={0} p1={1}: n={4} r={5}")
    @CsvSource({"0.05, 0.25, 0.05, 0.20, 16, 2, 0.0429, 0.1971", "0.10, 0.30, 0.05, 0.20, 25, 5, 0.0334, 0.1935",
        "0.20, 0.40, 0.05, 0.20, 35, 11, 0.0344, 0.1952", "0.10, 0.30, 0.10, 0.10, 25, 4, 0.0980, 0.0905"})
    void ssC1(double p0, double p1, double alpha, double beta, int n, int r, double a, double b) {
        final SingleStageExact.Design d = SingleStageExact.search(new DesignRequirements(p0, p1, alpha, beta), 200)
                .smallest();
        assertThat(d.n()).isEqualTo(n);
        assertThat(d.r()).isEqualTo(r);
        assertThat(d.alpha()).isCloseTo(a, within(0.00005));
        assertThat(1 - d.power()).isCloseTo(b, within(0.00005));
    }

    @Test
    void ssC1NonMonotonePower() {
        // p0 .10, p1 .30, alpha = beta = .10: n = 25 works, 26-28 fail, 29 works (and every n after it).
        final SingleStageExact.Result r = SingleStageExact.search(new DesignRequirements(0.1, 0.3, 0.1, 0.1), 200);
        assertThat(r.failingAbove()).containsExactly(26, 27, 28);
        assertThat(r.stable().n()).isEqualTo(29);
        assertThat(r.stable().r()).isEqualTo(5);
        assertThat(r.warnings()).anyMatch(w -> w.contains("not monotone"));
    }

    @Test
    void rctPowerPropTest() {
        final TwoProportions.Result n = TwoProportions.sampleSize(0.5, 0.75, 0.05, 0.9, 1,
                TwoProportions.Method.NORMAL);
        // R finds n by uniroot (tol = .Machine$double.eps^0.25 = 1.2e-4); the closed form is the exact root.
        assertThat(n.n1Exact()).isCloseTo(76.7069301141, within(1.2e-4));
        assertThat(n.n1()).isEqualTo(77);
        assertThat(n.total()).isEqualTo(154);
        assertThat(TwoProportions.normalPower(0.5, 0.75, 0.05, 50, 1)).isCloseTo(0.740165901331, within(1e-10));
        assertThat(TwoProportions.sampleSize(0.9, 1.0 - 1e-12, 0.05, 0.8, 1, TwoProportions.Method.NORMAL).n1Exact())
                .isCloseTo(73.3742731112, within(1.2e-4));
        final TwoProportions.Result cc = TwoProportions.sampleSize(0.5, 0.75, 0.05, 0.9, 1,
                TwoProportions.Method.CONTINUITY_CORRECTED);
        assertThat(cc.n1Exact()).isCloseTo(84.5, within(0.05));
        // The reported power is that of the corrected test: Φ((√85·(0.25 − 1/85) − 1.95996·0.68465)/0.66144)
        // = 0.901808 (computed by hand in Python's statistics.NormalDist), not the uncorrected 0.9273 at n = 85.
        assertThat(cc.n1()).isEqualTo(85);
        assertThat(cc.power()).isCloseTo(0.9018077105, within(1e-9));
        // Fleiss's n' is the root of corrected power = target.
        assertThat(TwoProportions.continuityCorrectedPower(0.5, 0.75, 0.05, cc.n1Exact(), 1)).isCloseTo(0.9,
                within(1e-9));
        final TwoProportions.Result unequal = TwoProportions.sampleSize(0.5, 0.75, 0.05, 0.9, 2,
                TwoProportions.Method.CONTINUITY_CORRECTED);
        assertThat(TwoProportions.continuityCorrectedPower(0.5, 0.75, 0.05, unequal.n1Exact(), 2)).isCloseTo(0.9,
                within(1e-9));
    }

    /** Allocation 1:2 (n2 = 2·n1), 0.3 vs 0.6, 80% power: n1 = 31.4984 from the closed form evaluated in Python. */
    @Test
    void unequalAllocation() {
        final TwoProportions.Result r = TwoProportions.sampleSize(0.3, 0.6, 0.05, 0.8, 2, TwoProportions.Method.NORMAL);
        assertThat(r.n1Exact()).isCloseTo(31.4983793269, within(1e-8));
        assertThat(r.n1()).isEqualTo(32);
        assertThat(r.n2()).isEqualTo(64);
    }

    @ParameterizedTest(name = "Fisher exact power p1={0} p2={1} n1={2} n2={3}")
    @CsvSource({"0.5, 0.75, 30, 30, 0.413174642793", "0.2, 0.6, 15, 15, 0.447277301892",
        "0.3, 0.6, 20, 40, 0.507570335513"})
    void fisherExactPowerAgreesWithR(double p1, double p2, int n1, int n2, double expected) {
        assertThat(FisherExactPower.power(p1, p2, n1, n2, 0.05)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void exactSampleSizeReachesThePowerAndTheSizeBeforeDoesNot() {
        final TwoProportions.Result r = TwoProportions.sampleSize(0.2, 0.6, 0.05, 0.8, 1, TwoProportions.Method.EXACT);
        assertThat(r.power()).isGreaterThanOrEqualTo(0.8);
        assertThat(FisherExactPower.power(0.2, 0.6, r.n1() - 1, r.n1() - 1, 0.05)).isLessThan(0.8);
    }

    @ParameterizedTest(name = "RCT-C2 HR {0}: {1} events")
    @CsvSource({"0.5, 87.5", "0.6, 161.1", "0.7, 330.4"})
    void schoenfeldEvents(double hr, double events) {
        final SurvivalSampleSize.Result r = SurvivalSampleSize.compute(hr, 0.05, 0.9, 0.5, null, null, null);
        assertThat(r.eventsExact()).isCloseTo(events, within(0.05));
        assertThat(r.events()).isEqualTo((int) Math.ceil(r.eventsExact()));
    }

    @Test
    void patientsFromAccrualAndFollowUp() {
        // Control median 12 months (lambda = ln2/12), HR 0.6, accrual 24, follow-up 12: by hand, P(event) per arm
        // 1 - (exp(-lambda*12) - exp(-lambda*36))/(24*lambda).
        final double lc = Math.log(2) / 12;
        final double le = 0.6 * lc;
        final double pc = 1 - (Math.exp(-lc * 12) - Math.exp(-lc * 36)) / (24 * lc);
        final double pe = 1 - (Math.exp(-le * 12) - Math.exp(-le * 36)) / (24 * le);
        final SurvivalSampleSize.Result r = SurvivalSampleSize.compute(0.6, 0.05, 0.9, 0.5, 12.0, 24.0, 12.0);
        assertThat(r.eventProbability()).isCloseTo((pc + pe) / 2, within(1e-12));
        assertThat(r.patients()).isEqualTo((int) Math.ceil(r.events() / ((pc + pe) / 2)));
    }

    /**
     * The closed form checked from its definition rather than restated: a patient entering at time s ~ U(0, A) is
     * followed for A + F − s and has an event with probability 1 − e^{−λ(A+F−s)} under exponential survival; the
     * average over entry times by composite Simpson integration (2000 intervals) must equal the program's value,
     * here for 2:1 allocation (π = 2/3) so that the arm weighting is exercised too. Patients = ⌈events / P(event)⌉.
     */
    @Test
    void eventProbabilityMatchesNumericalIntegrationOverEntryTimes() {
        final double accrual = 18;
        final double followUp = 9;
        final double lc = Math.log(2) / 10;
        final double le = 0.7 * lc;
        final double allocation = 2.0 / 3;
        final double expected = allocation * simpson(le, accrual, followUp)
                + (1 - allocation) * simpson(lc, accrual, followUp);
        final SurvivalSampleSize.Result r = SurvivalSampleSize.compute(0.7, 0.05, 0.8, allocation, 10.0, accrual,
                followUp);
        assertThat(r.eventProbability()).isCloseTo(expected, within(1e-9));
        assertThat(r.patients()).isEqualTo((int) Math.ceil(r.events() / expected - 1e-9));
    }

    private static double simpson(double lambda, double accrual, double followUp) {
        final int n = 2000;
        final double h = accrual / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            final double s = i * h;
            final double f = 1 - Math.exp(-lambda * (accrual + followUp - s));
            sum += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return sum * h / 3 / accrual;
    }

    /**
     * The power curve inverts the events formula: at the unrounded events it gives the power asked for; at the
     * rounded 121 events for HR 0.6 it is 0.80222 (R: pnorm(sqrt(121 * 0.25) * abs(log(0.6)) - qnorm(0.975)) =
     * 0.8022198); it falls towards α/2 at HR 1.
     */
    @ParameterizedTest
    @CsvSource({"0.6, 0.8, 0.5", "0.7, 0.9, 0.5", "1.5, 0.8, 0.6", "0.5, 0.85, 0.33"})
    void powerAtTheUnroundedEventsIsThePowerAskedFor(double hr, double power, double allocation) {
        final SurvivalSampleSize.Result r = SurvivalSampleSize.compute(hr, 0.05, power, allocation, null, null, null);
        assertThat(SurvivalSampleSize.power(hr, 0.05, r.eventsExact(), allocation)).isCloseTo(power, within(1e-9));
        assertThat(SurvivalSampleSize.power(hr, 0.05, r.events(), allocation)).isGreaterThanOrEqualTo(power);
    }

    @Test
    void powerFallsTowardsHalfAlphaAtHazardRatioOne() {
        assertThat(SurvivalSampleSize.power(0.6, 0.05, 121, 0.5)).isCloseTo(0.8022198331636345, within(1e-12));
        assertThat(SurvivalSampleSize.power(1, 0.05, 121, 0.5)).isCloseTo(0.025, within(1e-12));
        double previous = 1;
        for (double hr = 0.3; hr <= 1; hr += 0.01) {
            final double p = SurvivalSampleSize.power(hr, 0.05, 121, 0.5);
            assertThat(p).isLessThan(previous);
            previous = p;
        }
        assertThatThrownBy(() -> SurvivalSampleSize.power(0.6, 0.05, 0, 0.5)).hasMessageStartingWith("events");
    }

    @Test
    void badOptionsNameTheOptionAndRange() {
        // core messages name the parameters as the core calls them; each front end renders its own names
        assertThatThrownBy(() -> new DesignRequirements(0.3, 0.25, 0.05, 0.2)).isInstanceOf(InvalidInputException.class)
                .hasMessage("p1 must be greater than p0 (0.3), got 0.25")
                .satisfies(e -> {
                    final InvalidInputException iie = (InvalidInputException) e;
                    assertThat(iie.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("p1");
                        assertThat(p.value()).isEqualTo("0.25");
                        assertThat(p.allowedText()).isEqualTo("must be greater than p0 (0.3)");
                    });
                    assertThat(iie.message(name -> "--" + name)).isEqualTo("--p1 must be greater than --p0 (0.3), got 0.25");
                });
        assertThatThrownBy(() -> new DesignRequirements(0, 0.3, 0.05, 0.2)).hasMessageContaining("p0 must be a "
                + "probability in (0, 1), got 0.0");
        assertThatThrownBy(() -> new DesignRequirements(0.1, 0.3, 0.6, 0.2)).hasMessageContaining("alpha must be "
                + "in (0, 0.5], got 0.6");
        assertThatThrownBy(() -> new DesignRequirements(0.1, 0.3, 0.05, 0)).hasMessageStartingWith("beta");
        assertThatThrownBy(() -> SurvivalSampleSize.compute(1.0, 0.05, 0.9, 0.5, null, null, null))
                .hasMessageStartingWith("hr must be a positive number other than 1");
        assertThatThrownBy(() -> SurvivalSampleSize.compute(0.6, 0.05, 0.9, 0.5, 0.0, -1.0, -2.0))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(org.rediff.core.common.Problem::path)
                        .containsExactly("median_control", "accrual", "follow_up"));
    }
}
