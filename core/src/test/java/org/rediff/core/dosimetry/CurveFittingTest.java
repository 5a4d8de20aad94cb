package org.rediff.core.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.rediff.core.Tolerances.halfUnitInLastPlace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rediff.core.Tolerances;
import org.rediff.core.common.InvalidInputException;

/**
 * Time-activity curve integration against analytic integrals (docs/background/domain.md §3: Ã = ∫₀^∞ A dt; mono A0/λ; bi Σ aᵢ/λᵢ;
 * uptake-washout a(1/λw − 1/λu); trapezoid + tail A_n/λ), the domain.md §3 worked trapezoid example, AICc model choice
 * and the constraint λ ≥ λ_phys.
 */
class CurveFittingTest {
    private static final double LN2 = Math.log(2);
    /** ICRP 107 I-131 decay constant, by hand: ln2/(8.0207 d · 24 h/d) = 0.0036008244 /h. */
    private static final double L131 = LN2 / (8.0207 * 24);
    private static final long SEED = 20130214L;

    static TimeActivityCurve sample(String region, double[] hours, DoubleUnaryOperator f) {
        final List<TimeActivityPoint> pts = new ArrayList<>();
        for (double h : hours) {
            pts.add(new TimeActivityPoint(h, f.applyAsDouble(h)));
        }
        return new TimeActivityCurve(region, pts);
    }

    static CurveFit.Evaluated fit(TimeActivityCurve c, FitModel m, TailPolicy tail, double start) {
        return CurveFitting.fit(c, m, tail, Nuclide.I131, start, SEED).chosen();
    }

    static void assertRelative(double actual, double expected, double rel) {
        assertThat(actual).isCloseTo(expected, within(rel * Math.abs(expected) + Tolerances.ABSOLUTE_FLOOR));
    }

    @Nested
    @DisplayName("Analytic fits to noise-free data")
    class Analytic {
        @Test
        @DisplayName("Mono-exponential 0.05·e^(−0.02 t): τ = a/λ = 2.5 h; extrapolated share e^(−0.02·120) = 0.0907180")
        void mono() {
            final TimeActivityCurve c = sample("lesion L1", new double[] {2, 6, 24, 48, 72, 120},
                    t -> 0.05 * Math.exp(-0.02 * t));
            final CurveFit.Evaluated f = fit(c, FitModel.MONO, TailPolicy.PHYSICAL, 0);
            assertThat(f.model()).isEqualTo(FitModel.MONO);
            assertRelative(f.residenceTimeHours(), 2.5, Tolerances.FIT_EXACT_RELATIVE);
            assertRelative(f.parameters().get("a"), 0.05, Tolerances.FIT_EXACT_RELATIVE);
            assertRelative(f.parameters().get("lambda_per_h"), 0.02, Tolerances.FIT_EXACT_RELATIVE);
            assertRelative(f.fractionExtrapolated(), Math.exp(-0.02 * 120), Tolerances.FIT_EXACT_RELATIVE);
            assertRelative(f.curve().applyAsDouble(30), 0.05 * Math.exp(-0.6), Tolerances.FIT_EXACT_RELATIVE);
        }

        @Test
        @DisplayName("Bi-exponential 0.03·e^(−0.1t) + 0.01·e^(−0.01t), 8 points: τ = 0.3 + 1.0 = 1.3 h")
        void bi() {
            final TimeActivityCurve c = sample("lesion L1", new double[] {1, 3, 6, 12, 24, 48, 96, 168},
                    t -> 0.03 * Math.exp(-0.1 * t) + 0.01 * Math.exp(-0.01 * t));
            final CurveFit.Evaluated f = fit(c, FitModel.BI, TailPolicy.PHYSICAL, 0);
            assertThat(f.model()).isEqualTo(FitModel.BI);
            assertRelative(f.residenceTimeHours(), 1.3, Tolerances.FIT_EXACT_RELATIVE);
            // extrapolated: (0.3·e^(−16.8) + 1.0·e^(−1.68)) / 1.3 = 0.1433642...
            final double tail = 0.3 * Math.exp(-16.8) + 1.0 * Math.exp(-1.68);
            assertRelative(f.fractionExtrapolated(), tail / 1.3, Tolerances.FIT_EXACT_RELATIVE);
            final double[] rates = {f.parameters().get("lambda1_per_h"), f.parameters().get("lambda2_per_h")};
            Arrays.sort(rates);
            assertRelative(rates[0], 0.01, Tolerances.FIT_EXACT_RELATIVE);
            assertRelative(rates[1], 0.1, Tolerances.FIT_EXACT_RELATIVE);
        }

        @Test
        @DisplayName("Uptake-washout 0.02·(e^(−0.015t) − e^(−0.3t)): τ = 0.02·(1/0.015 − 1/0.3) = 1.2666667 h")
        void uptakeWashout() {
            final TimeActivityCurve c = sample("lesion L1", new double[] {0.5, 1, 2, 4, 8, 24, 48, 96, 144},
                    t -> 0.02 * (Math.exp(-0.015 * t) - Math.exp(-0.3 * t)));
            final CurveFit.Evaluated f = fit(c, FitModel.UPTAKE_WASHOUT, TailPolicy.PHYSICAL, 0);
            assertThat(f.model()).isEqualTo(FitModel.UPTAKE_WASHOUT);
            assertRelative(f.residenceTimeHours(), 0.02 * (1 / 0.015 - 1 / 0.3), Tolerances.FIT_EXACT_RELATIVE);
            assertRelative(f.parameters().get("a"), 0.02, Tolerances.FIT_EXACT_RELATIVE);
            assertRelative(f.parameters().get("lambda_washout_per_h"), 0.015, Tolerances.FIT_EXACT_RELATIVE);
            assertRelative(f.parameters().get("lambda_uptake_per_h"), 0.3, Tolerances.FIT_EXACT_RELATIVE);
        }

        @Test
        @DisplayName("AICc: AUTO picks BI over MONO on exact bi-exponential data with 8 points")
        void autoPicksBi() {
            final TimeActivityCurve c = sample("lesion L1", new double[] {1, 3, 6, 12, 24, 48, 96, 168},
                    t -> 0.03 * Math.exp(-0.1 * t) + 0.01 * Math.exp(-0.01 * t));
            final CurveFitting.Result r = CurveFitting.fit(c, FitModel.AUTO, TailPolicy.PHYSICAL, Nuclide.I131, 0, SEED);
            assertThat(r.chosen().model()).isEqualTo(FitModel.BI);
            assertRelative(r.chosen().residenceTimeHours(), 1.3, Tolerances.FIT_EXACT_RELATIVE);
            assertThat(r.candidates()).extracting(CurveFit::model)
                    .contains(FitModel.MONO, FitModel.BI, FitModel.UPTAKE_WASHOUT);
            final CurveFit mono = r.candidates().stream().filter(x -> x.model() == FitModel.MONO).findFirst()
                    .orElseThrow();
            if (mono instanceof CurveFit.Evaluated m && !Double.isNaN(m.aicc())) {
                assertThat(r.chosen().aicc()).isLessThan(m.aicc());
            }
        }

        @Test
        @DisplayName("AUTO with 2 points cannot rank any model: falls back to the trapezoid with a warning")
        void autoFallsBackToTrapezoid() {
            final TimeActivityCurve c = sample("lesion L3", new double[] {24, 48}, t -> 0.01 * Math.exp(-0.02 * t));
            final CurveFitting.Result r = CurveFitting.fit(c, FitModel.AUTO, TailPolicy.PHYSICAL, Nuclide.I131, 0, SEED);
            assertThat(r.chosen().model()).isEqualTo(FitModel.TRAPEZOID);
            assertThat(r.warnings()).isNotEmpty();
        }
    }

    /**
     * docs/background/domain.md §3 worked example and reference_values.csv [DERIVED] rows:
     *
     * <pre>
     *   t (h)      4    24    48    96
     *   A (MBq)   10     8     6     3
     * trapezoid from (0, 0): 20 + 180 + 168 + 216 = 584 MBq·h; tail 3/λ131 = 833.143 MBq·h
     * </pre>
     *
     * <p>Expressed as fractions of an administered activity of 1000 MBq: τ = (584 + 833.1425)/1000 = 1.4171425 h,
     * extrapolated share 833.1425/1417.1425 = 0.5879031.
     */
    @Nested
    @DisplayName("Trapezoid and tail (domain.md §3 example)")
    class Trapezoid {
        private static final double A0_MBQ = 1000;
        private final TimeActivityCurve domain = new TimeActivityCurve("lesion L1", List.of(
                new TimeActivityPoint(4, 10 / A0_MBQ), new TimeActivityPoint(24, 8 / A0_MBQ),
                new TimeActivityPoint(48, 6 / A0_MBQ), new TimeActivityPoint(96, 3 / A0_MBQ)));

        @Test
        @DisplayName("Physical tail: 584 MBq·h measured + 833.143 MBq·h tail ([DERIVED] rows)")
        void physicalTail() {
            final CurveFit.Evaluated f = fit(domain, FitModel.TRAPEZOID, TailPolicy.PHYSICAL, 0);
            final double measured = DosimetryReferenceData.row(
                    "DERIVED example: TAC t=[4,24,48,96] h, A=[10,8,6,3] MBq, trapezoid from (0,0)").number();
            final double tail = DosimetryReferenceData.row(
                    "DERIVED example: same TAC, physical-decay tail A_last/lambda_phys(131I)").number();
            assertThat(measured).isEqualTo(584.0);
            assertThat(3 / L131).isCloseTo(tail, within(halfUnitInLastPlace(tail, 6)));
            assertThat(f.model()).isEqualTo(FitModel.TRAPEZOID);
            assertRelative(f.residenceTimeHours(), (584 + 3 / L131) / A0_MBQ, 1e-9);
            assertThat(f.residenceTimeHours() * A0_MBQ).isCloseTo(584 + tail, within(halfUnitInLastPlace(tail, 6)));
            assertRelative(f.fractionExtrapolated(), (3 / L131) / (584 + 3 / L131), 1e-9);
            assertThat(f.fractionExtrapolated()).isCloseTo(0.5879031, within(0.5e-7));
            assertRelative(f.parameters().get("tail_rate_per_h"), L131, 1e-9);
            assertThat(f.residenceTimeSamples()).isEmpty();
            assertThat(f.aicc()).isNaN();
            // the interpolant: ramp from (0, 0), linear between measurements
            assertRelative(f.curve().applyAsDouble(2), 5 / A0_MBQ, 1e-12);
            assertRelative(f.curve().applyAsDouble(14), 9 / A0_MBQ, 1e-12);
            assertRelative(f.curve().applyAsDouble(72), 4.5 / A0_MBQ, 1e-12);
        }

        @Test
        @DisplayName("Whole body (start value 1): (24, 0.5), (48, 0.25), (96, 0.0625) → 18 + 9 + 7.5 + 0.0625/λ131 = 51.857 h")
        void wholeBodyStartsAtOne() {
            final TimeActivityCurve wb = new TimeActivityCurve("whole_body", List.of(new TimeActivityPoint(24, 0.5),
                    new TimeActivityPoint(48, 0.25), new TimeActivityPoint(96, 0.0625)));
            final CurveFit.Evaluated f = fit(wb, FitModel.TRAPEZOID, TailPolicy.PHYSICAL, 1);
            assertRelative(f.residenceTimeHours(), 34.5 + 0.0625 / L131, 1e-9);
        }

        @Test
        @DisplayName("Fitted tail, all four points exactly 0.01·e^(−0.02t): tail f(96)/0.02, by hand")
        void fittedTailExactExponential() {
            final DoubleUnaryOperator g = t -> 0.01 * Math.exp(-0.02 * t);
            final TimeActivityCurve c = sample("lesion L1", new double[] {4, 24, 48, 96}, g);
            final CurveFit.Evaluated f = fit(c, FitModel.TRAPEZOID, TailPolicy.FITTED, 0);
            final double measured = 0.5 * 4 * g.applyAsDouble(4)
                    + 0.5 * 20 * (g.applyAsDouble(4) + g.applyAsDouble(24))
                    + 0.5 * 24 * (g.applyAsDouble(24) + g.applyAsDouble(48))
                    + 0.5 * 48 * (g.applyAsDouble(48) + g.applyAsDouble(96));
            final double tail = g.applyAsDouble(96) / 0.02;
            // = 0.0192158 + 0.1543704 + 0.1336064 + 0.1546802 = 0.4618728 h measured; tail 0.0733043 h
            assertRelative(f.parameters().get("tail_rate_per_h"), 0.02, 1e-9);
            assertRelative(f.residenceTimeHours(), measured + tail, 1e-9);
            assertRelative(f.fractionExtrapolated(), tail / (measured + tail), 1e-9);
        }

        @Test
        @DisplayName("Fitted tail, uptake point then exact terminal phase 0.01·e^(−0.02t) at 24, 48, 96 h: terminal λ = 0.02")
        void fittedTailTerminalPhase() {
            final DoubleUnaryOperator g = t -> 0.01 * Math.exp(-0.02 * t);
            final TimeActivityCurve c = new TimeActivityCurve("lesion L1", List.of(new TimeActivityPoint(4, 0.004),
                    new TimeActivityPoint(24, g.applyAsDouble(24)), new TimeActivityPoint(48, g.applyAsDouble(48)),
                    new TimeActivityPoint(96, g.applyAsDouble(96))));
            final CurveFit.Evaluated f = fit(c, FitModel.TRAPEZOID, TailPolicy.FITTED, 0);
            final double measured = 0.5 * 4 * 0.004 + 0.5 * 20 * (0.004 + g.applyAsDouble(24))
                    + 0.5 * 24 * (g.applyAsDouble(24) + g.applyAsDouble(48))
                    + 0.5 * 48 * (g.applyAsDouble(48) + g.applyAsDouble(96));
            assertRelative(f.parameters().get("tail_rate_per_h"), 0.02, 1e-9);
            assertRelative(f.residenceTimeHours(), measured + g.applyAsDouble(96) / 0.02, 1e-9);
        }

        @Test
        @DisplayName("Fitted tail on the DOMAIN example is shorter than the physical tail")
        void fittedTailShorterThanPhysical() {
            final CurveFit.Evaluated fitted = fit(domain, FitModel.TRAPEZOID, TailPolicy.FITTED, 0);
            final CurveFit.Evaluated physical = fit(domain, FitModel.TRAPEZOID, TailPolicy.PHYSICAL, 0);
            assertThat(fitted.residenceTimeHours()).isLessThan(physical.residenceTimeHours());
            assertThat(fitted.residenceTimeHours()).isGreaterThan(584 / A0_MBQ);
            assertThat(fitted.parameters().get("tail_rate_per_h")).isGreaterThan(L131);
        }
    }

    @Nested
    @DisplayName("Constraint λ ≥ λ_phys(131I) (domain.md §3)")
    class PhysicalBound {
        /** Data clearing slower than I-131 decays (T = 693 h): impossible for measured 131I kinetics. */
        private final TimeActivityCurve slow = sample("lesion L4", new double[] {4, 24, 48, 96, 144},
                t -> 0.01 * Math.exp(-0.001 * t));

        @Test
        @DisplayName("MONO on slower-than-physical data: λ = λ_phys at the bound, never below")
        void mono() {
            final CurveFit.Evaluated f = fit(slow, FitModel.MONO, TailPolicy.PHYSICAL, 0);
            assertThat(f.parameters().get("lambda_per_h")).isGreaterThanOrEqualTo(L131 * (1 - 1e-9));
            assertThat(f.parameters().get("lambda_per_h")).isLessThan(L131 * 1.01);
            assertThat(f.residenceTimeHours()).isLessThanOrEqualTo(
                    f.parameters().get("a") / L131 * (1 + 1e-9));
        }

        @Test
        @DisplayName("MONO on rising (uptake-only) data: λ ≥ λ_phys")
        void rising() {
            final TimeActivityCurve up = sample("lesion L5", new double[] {2, 6, 24, 48},
                    t -> 0.01 * (1 - Math.exp(-0.05 * t)));
            final CurveFit.Evaluated f = fit(up, FitModel.MONO, TailPolicy.PHYSICAL, 0);
            assertThat(f.parameters().get("lambda_per_h")).isGreaterThanOrEqualTo(L131 * (1 - 1e-9));
        }

        @Test
        @DisplayName("BI with a component slower than physical: both rates ≥ λ_phys")
        void bi() {
            final TimeActivityCurve c = sample("lesion L4", new double[] {1, 3, 6, 12, 24, 48, 96, 168},
                    t -> 0.03 * Math.exp(-0.1 * t) + 0.01 * Math.exp(-0.001 * t));
            final CurveFitting.Result r = CurveFitting.fit(c, FitModel.BI, TailPolicy.PHYSICAL, Nuclide.I131, 0, SEED);
            assertThat(r.chosen().parameters().get("lambda1_per_h")).isGreaterThanOrEqualTo(L131 * (1 - 1e-9));
            assertThat(r.chosen().parameters().get("lambda2_per_h")).isGreaterThanOrEqualTo(L131 * (1 - 1e-9));
        }

        @Test
        @DisplayName("UPTAKE_WASHOUT with slower-than-physical washout: λw ≥ λ_phys")
        void uptakeWashout() {
            final TimeActivityCurve c = sample("lesion L4", new double[] {0.5, 1, 2, 4, 8, 24, 48, 96, 144},
                    t -> 0.02 * (Math.exp(-0.001 * t) - Math.exp(-0.3 * t)));
            final CurveFit.Evaluated f = fit(c, FitModel.UPTAKE_WASHOUT, TailPolicy.PHYSICAL, 0);
            assertThat(f.parameters().get("lambda_washout_per_h")).isGreaterThanOrEqualTo(L131 * (1 - 1e-9));
            assertThat(f.parameters().get("lambda_uptake_per_h")).isGreaterThanOrEqualTo(L131 * (1 - 1e-9));
        }

        @Test
        @DisplayName("Trapezoid with fitted tail on slower-than-physical data: tail rate = λ_phys, tail = A_n/λ_phys")
        void fittedTailClampedToPhysical() {
            final CurveFit.Evaluated f = fit(slow, FitModel.TRAPEZOID, TailPolicy.FITTED, 0);
            final CurveFit.Evaluated p = fit(slow, FitModel.TRAPEZOID, TailPolicy.PHYSICAL, 0);
            assertRelative(f.parameters().get("tail_rate_per_h"), L131, 1e-9);
            assertRelative(f.residenceTimeHours(), p.residenceTimeHours(), 1e-9);
        }
    }

    @Nested
    @DisplayName("Monte Carlo residence-time samples")
    class MonteCarlo {
        /** Mono-exponential 0.02·e^(−0.015t) with fixed ±3 % multiplicative errors (a well-determined fit). */
        private final TimeActivityCurve noisy = new TimeActivityCurve("lesion L6", List.of(
                new TimeActivityPoint(4, 0.02 * Math.exp(-0.06) * 1.03),
                new TimeActivityPoint(24, 0.02 * Math.exp(-0.36) * 0.97),
                new TimeActivityPoint(48, 0.02 * Math.exp(-0.72) * 1.02),
                new TimeActivityPoint(72, 0.02 * Math.exp(-1.08) * 0.98),
                new TimeActivityPoint(96, 0.02 * Math.exp(-1.44) * 1.03),
                new TimeActivityPoint(144, 0.02 * Math.exp(-2.16) * 0.97)));

        @Test
        @DisplayName("Same seed, same samples; the central 95% of the samples contains the point estimate")
        void deterministicAndContainsPointEstimate() {
            final CurveFit.Evaluated a = CurveFitting.fit(noisy, FitModel.MONO, TailPolicy.PHYSICAL, Nuclide.I131, 0, 99)
                    .chosen();
            final CurveFit.Evaluated b = CurveFitting.fit(noisy, FitModel.MONO, TailPolicy.PHYSICAL, Nuclide.I131, 0, 99)
                    .chosen();
            assertThat(a.residenceTimeSamples()).isNotEmpty().containsExactly(b.residenceTimeSamples());
            assertThat(a.residenceTimeHours()).isEqualTo(b.residenceTimeHours());
            final double[] s = a.residenceTimeSamples().clone();
            Arrays.sort(s);
            final double lo = s[(int) Math.floor(0.025 * (s.length - 1))];
            final double hi = s[(int) Math.ceil(0.975 * (s.length - 1))];
            assertThat(a.residenceTimeHours()).isBetween(lo, hi);
            // well determined: CV of a and λ below the 50% acceptance limit (EJNMMI Phys 2021)
            assertThat(a.parameterCv().values()).allSatisfy(cv -> assertThat(cv).isLessThan(0.5));
            // point estimate near the truth 0.02/0.015 = 1.3333 h (errors of ±3%)
            assertThat(a.residenceTimeHours()).isCloseTo(0.02 / 0.015, within(0.05 * 0.02 / 0.015));
        }
    }

    @Nested
    @DisplayName("Invalid input")
    class Invalid {
        @Test
        @DisplayName("Explicit MONO with 1 point, BI with 3, UPTAKE_WASHOUT with 2: InvalidInputException naming the region")
        void tooFewPoints() {
            final TimeActivityCurve one = sample("lesion L7", new double[] {24}, t -> 0.01);
            final TimeActivityCurve two = sample("lesion L7", new double[] {24, 48}, t -> 0.01 * Math.exp(-0.02 * t));
            final TimeActivityCurve three = sample("lesion L7", new double[] {4, 24, 48},
                    t -> 0.01 * Math.exp(-0.02 * t));
            assertThatThrownBy(() -> CurveFitting.fit(one, FitModel.MONO, TailPolicy.PHYSICAL, Nuclide.I131, 0, SEED))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("lesion L7");
            assertThatThrownBy(() -> CurveFitting.fit(three, FitModel.BI, TailPolicy.PHYSICAL, Nuclide.I131, 0, SEED))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("lesion L7");
            assertThatThrownBy(() -> CurveFitting.fit(two, FitModel.UPTAKE_WASHOUT, TailPolicy.PHYSICAL, Nuclide.I131,
                    0, SEED)).isInstanceOf(InvalidInputException.class).hasMessageContaining("lesion L7");
        }

        @Test
        @DisplayName("minimumPoints() is at least the number of parameters")
        void minimumPoints() {
            for (FitModel m : FitModel.values()) {
                assertThat(m.minimumPoints()).isGreaterThanOrEqualTo(m.parameters());
            }
            assertThat(FitModel.MONO.parameters()).isEqualTo(2);
            assertThat(FitModel.BI.parameters()).isEqualTo(4);
            assertThat(FitModel.UPTAKE_WASHOUT.parameters()).isEqualTo(3);
        }

        @Test
        @DisplayName("Times not strictly increasing: InvalidInputException naming region and times")
        void unsortedTimes() {
            assertThatThrownBy(() -> new TimeActivityCurve("lesion L8",
                    List.of(new TimeActivityPoint(24, 0.01), new TimeActivityPoint(4, 0.02))))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("lesion L8")
                    .hasMessageMatching("(?is).*(time|hour).*");
            assertThatThrownBy(() -> new TimeActivityCurve("lesion L8",
                    List.of(new TimeActivityPoint(24, 0.01), new TimeActivityPoint(24, 0.02))))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("lesion L8");
        }

        @Test
        @DisplayName("Negative or non-finite time or fraction: InvalidInputException naming hours / fraction")
        void badPoint() {
            assertThatThrownBy(() -> new TimeActivityPoint(-1, 0.01))
                    .isInstanceOf(InvalidInputException.class).hasMessageMatching("(?is).*(hours|time).*");
            assertThatThrownBy(() -> new TimeActivityPoint(Double.NaN, 0.01))
                    .isInstanceOf(InvalidInputException.class).hasMessageMatching("(?is).*(hours|time).*");
            assertThatThrownBy(() -> new TimeActivityPoint(4, -0.01))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("fraction");
            assertThatThrownBy(() -> new TimeActivityPoint(4, Double.POSITIVE_INFINITY))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("fraction");
        }

        @Test
        @DisplayName("Unknown model or tail policy text is rejected naming the field")
        void parse() {
            assertThatThrownBy(() -> FitModel.parse("quadratic", "fit"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("fit");
            assertThatThrownBy(() -> TailPolicy.parse("none", "tail"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("tail");
        }
    }

    /**
     * Blood of examples/dosimetry-plan.json (131I kinetics after conversion): six points with a fast early phase.
     * AICc picks the mono-exponential (its small-sample penalty for four parameters is 40), although the
     * bi-exponential (AICc +8.0; scipy gives −13.0185 and −5.0614, cli/src/test/oracle/dosimetry_plan_oracle.py)
     * follows the 2-h point; the limits use the bi-exponential's larger residence time. An explicit model is kept.
     */
    @Test
    @DisplayName("Safety-limit curves: the most conservative fit the data do not rule out (ΔAICc ≤ 10)")
    void limitsUseTheConservativePlausibleFit() {
        final double[][] measured = {{2, 0.0029}, {24, 0.0011}, {48, 0.00052}, {72, 0.00028}, {96, 0.00016},
            {144, 6e-05}};
        final List<TimeActivityPoint> points = new ArrayList<>();
        for (double[] p : measured) {
            points.add(new TimeActivityPoint(p[0], p[1] / 100));
        }
        final TimeActivityCurve blood = new TimeActivityCurve("blood", points).convert(Nuclide.I124, Nuclide.I131);
        final CurveFitting.Result best = CurveFitting.fit(blood, FitModel.AUTO, TailPolicy.FITTED, Nuclide.I131, 0,
                1);
        final CurveFitting.Result limits = CurveFitting.fitForLimits(blood, FitModel.AUTO, TailPolicy.FITTED,
                Nuclide.I131, 0, 1);
        assertThat(best.chosen().model()).isEqualTo(FitModel.MONO);
        assertThat(best.chosen().aicc()).isCloseTo(-13.0185061, within(1e-6));
        assertThat(limits.chosen().model()).isEqualTo(FitModel.BI);
        assertThat(limits.chosen().aicc()).isCloseTo(-5.0614295, within(1e-6));
        assertThat(limits.chosen().residenceTimeHours()).isGreaterThan(best.chosen().residenceTimeHours() * 1.08);
        assertThat(limits.warnings()).anyMatch(w -> w.startsWith("blood: the bi fit (AICc +8.0 from the best)"));
        assertThat(CurveFitting.plausible(best)).extracting(CurveFit.Evaluated::model).contains(FitModel.MONO,
                FitModel.BI);
        final CurveFitting.Result explicit = CurveFitting.fitForLimits(blood, FitModel.MONO, TailPolicy.FITTED,
                Nuclide.I131, 0, 1);
        assertThat(explicit.chosen().model()).isEqualTo(FitModel.MONO);
        assertThat(explicit.warnings()).isEmpty();
    }
}
