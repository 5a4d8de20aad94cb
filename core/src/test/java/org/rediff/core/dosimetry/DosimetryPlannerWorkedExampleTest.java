package org.rediff.core.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rediff.core.dosimetry.PlanFixture.LN2;
import static org.rediff.core.dosimetry.PlanFixture.doseAt;
import static org.rediff.core.dosimetry.PlanFixture.lesion;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rediff.core.Tolerances;

/**
 * A complete 124I-guided 131I prescription worked by hand. Not a published case: the kinetics were chosen by the test
 * author to be plausible (Jentzen 2015 cohort, reference_values.csv: blood dose 0.11 Gy/GBq, β share 70%, MTA 21
 * GBq, whole-body residence 31 h) and exactly mono-exponential, so every number follows from the formulas of
 * docs/background/domain.md §3. Thresholds: 20 Gy (Ho 2013), 80 Gy metastases and 300 Gy remnants (Maxon 1983); 2 Gy blood limit
 * (EANM SOP); 4.44 GBq 48-h retention (Benua-Leeper).
 *
 * <pre>
 * 131I kinetics (the 124I measurements at 2, 4, 24, 48, 72, 96, 144 h are these × e^{−(λ124−λ131)t}):
 *   whole body  e^{−t·ln2/24}              τ_WB = 24/ln2 = 34.624681 h;  R48 = 25 %;  retention limit 4.44/0.25 = 17.76 GBq
 *   blood/ml    4e-5·e^{−t·ln2/16}         τ_ml = 9.2332483e-4 h
 *               D/A0 = 108·τ_ml + 0.0188/70^(2/3)·τ_WB = 0.0997188 + 0.0383249 = 0.13804374 Gy/GBq
 *               β share 0.72237309;  MTA = 2/0.13804374 = 14.488162 GBq
 *   lesion L1   2 ml, ρ 1, RC 1:  0.002·e^{−t·ln2/60}      τ = 0.17312340 h
 *               LED  τ·3.6e12·Δ_np/0.002 kg = 9.5784594 Gy/GBq
 *               sphere S(2 ml) = 1.4372292e-02 mGy/(MBq·s) (2.21 mm grid, 179 voxels) → τ·3600·S = 8.9574487 Gy/GBq
 *   lesion L2   0.5 ml, ρ 1, RC 0.8:  measured 0.8·0.0005·e^{−t·ln2/40}  τ = 0.0005·40/ln2 = 0.028853901 h
 *               LED 6.3856396 Gy/GBq;  sphere S(0.5 ml) = 5.3959579e-02 → 5.6049996 Gy/GBq
 *   activity for 20 Gy: L1 2.2327786, L2 3.5682429 GBq
 * </pre>
 */
class DosimetryPlannerWorkedExampleTest {
    /** Fits of noise-free data then the dose arithmetic. */
    private static final double PLAN_RELATIVE = Tolerances.FIT_EXACT_RELATIVE + Tolerances.DOSE_RELATIVE;

    private static final double TAU_WB = 24 / LN2;
    private static final double TAU_BLOOD = 4e-5 * 16 / LN2;
    private static final double BLOOD_DOSE = 0.1380437376;
    private static final double MTA = 14.48816175;
    private static final double L1_TAU = 0.002 * 60 / LN2;
    private static final double L2_TAU = 0.0005 * 40 / LN2;
    private static final double L1_SPHERE = 8.95744868;
    private static final double L2_SPHERE = 5.6049996;
    private static final double L1_LED = 9.578459359;
    private static final double L2_LED = 6.385639572;

    static void close(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(PLAN_RELATIVE * Math.abs(expected) + Tolerances.ABSOLUTE_FLOOR));
    }

    @Test
    @DisplayName("Whole body: τ 34.6247 h, 48-h retention 25 %, retention limit 4.44/0.25 = 17.76 GBq")
    void wholeBody() {
        final PlanResult r = new PlanFixture().plan();
        close(r.wholeBody().residenceTimeHours(), TAU_WB);
        close(r.wholeBody().retention48hPercent(), 25.0);
        close(r.retentionLimitGBq(), 17.76);
    }

    @Test
    @DisplayName("Blood: τ_ml 9.2332e-4 h, 0.13804 Gy/GBq, β share 0.7224, MTA 14.488 GBq (EANM SOP formula)")
    void blood() {
        final PlanResult r = new PlanFixture().plan();
        close(r.blood().residenceTimeHoursPerMl(), TAU_BLOOD);
        close(r.blood().dosePerGBqGy(), BLOOD_DOSE);
        close(r.blood().betaFraction(), 0.7223730894);
        close(r.blood().mtaGBq(), MTA);
    }

    @Test
    @DisplayName("Lesions: τ, RC, LED and sphere dose per GBq, extrapolated share e^(−λ·144 h)")
    void lesions() {
        final PlanResult r = new PlanFixture().plan();
        final PlanResult.Lesion l1 = lesion(r, "L1");
        final PlanResult.Lesion l2 = lesion(r, "L2");
        close(l1.residenceTimeHours(), L1_TAU);
        close(l2.residenceTimeHours(), L2_TAU);
        assertThat(l1.recoveryCoefficient()).isEqualTo(1.0);
        assertThat(l2.recoveryCoefficient()).isEqualTo(0.8);
        close(l1.dosePerGBqGyLed(), L1_LED);
        close(l2.dosePerGBqGyLed(), L2_LED);
        close(l1.dosePerGBqGy(), L1_SPHERE);
        close(l2.dosePerGBqGy(), L2_SPHERE);
        close(l1.fractionExtrapolated(), Math.exp(-LN2 / 60 * 144));
        close(l2.fractionExtrapolated(), Math.exp(-LN2 / 40 * 144));
        close(l1.activityForTargetGBq(), 20 / L1_SPHERE);
        close(l2.activityForTargetGBq(), 20 / L2_SPHERE);
        assertThat(l1.sphere().voxels()).isEqualTo(179);
        assertThat(l2.sphere().voxels()).isEqualTo(33);
        // small lesions: sphere dose below LED (electron escape, docs/background/domain.md §3)
        assertThat(l1.dosePerGBqGy()).isLessThan(l1.dosePerGBqGyLed());
        assertThat(l2.dosePerGBqGy()).isLessThan(l2.dosePerGBqGyLed());
    }

    @Test
    @DisplayName("20 Gy (Ho 2013), all lesions: 3.5682 GBq (L2 binds), limited by target, proceed; L1 31.96 Gy, L2 20 Gy")
    void allLesions20Gy() {
        final PlanResult r = new PlanFixture().plan();
        close(r.prescription().activityGBq(), 20 / L2_SPHERE);
        close(r.prescription().activityMCi(), 20 / L2_SPHERE * 1000 / 37);
        assertThat(r.prescription().limitedBy().code()).isEqualTo("target");
        assertThat(r.prescription().proceed()).isTrue();
        close(doseAt(r, "L1"), 20 / L2_SPHERE * L1_SPHERE);
        close(doseAt(r, "L2"), 20.0);
    }

    @Test
    @DisplayName("20 Gy, any lesion: 2.2328 GBq (L1 suffices); index lesion L1 the same, index lesion L2 3.5682 GBq")
    void anyAndIndexRules() {
        final PlanFixture f = new PlanFixture();
        f.rule = PrescriptionRule.parse("any_lesion");
        close(f.plan().prescription().activityGBq(), 20 / L1_SPHERE);
        f.rule = PrescriptionRule.parse("index_lesion:L1");
        close(f.plan().prescription().activityGBq(), 20 / L1_SPHERE);
        f.rule = PrescriptionRule.parse("index_lesion:L2");
        final PlanResult r = f.plan();
        close(r.prescription().activityGBq(), 20 / L2_SPHERE);
        assertThat(r.prescription().limitedBy().code()).isEqualTo("target");
        assertThat(r.warnings()).noneMatch(w -> w.contains("below the"));
        // Index lesion L2 at 300 Gy: limited by blood, L2 short of target while L1 need not be: named.
        f.targetGy = 300;
        assertThat(f.plan().warnings()).anyMatch(w -> w.startsWith("lesion L2 receives ") && w.contains(
                "below the 300.0 Gy target of rule index_lesion:L2 (activity limited by blood;"));
    }

    @Test
    @DisplayName("80 Gy (Maxon, metastases), all lesions: 14.273 GBq < MTA 14.488: limited by target, proceed")
    void maxon80GyJustBelowMta() {
        final PlanFixture f = new PlanFixture();
        f.targetGy = 80;
        final PlanResult r = f.plan();
        close(r.prescription().activityGBq(), 80 / L2_SPHERE);
        assertThat(r.prescription().limitedBy().code()).isEqualTo("target");
        assertThat(r.prescription().proceed()).isTrue();
    }

    @Test
    @DisplayName("120 Gy, all lesions: needs 21.41 GBq > MTA: 14.488 GBq limited by blood; L1 129.8 Gy ≥ 120: proceed")
    void bloodBinds() {
        final PlanFixture f = new PlanFixture();
        f.targetGy = 120;
        final PlanResult r = f.plan();
        close(r.prescription().activityGBq(), MTA);
        assertThat(r.prescription().limitedBy().code()).isEqualTo("blood");
        close(doseAt(r, "L1"), MTA * L1_SPHERE); // 129.777 Gy
        close(doseAt(r, "L2"), MTA * L2_SPHERE); // 81.206 Gy
        assertThat(r.prescription().proceed()).isTrue();
        // The rule aimed at every lesion; the one the limit leaves short is named, with what it would need.
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("lesion L2 receives 81.2 Gy at 14.49 GBq, below the "
                + "120.0 Gy target of rule all_lesions (activity limited by blood; 21.41 GBq would be needed)"))
                .noneMatch(w -> w.startsWith("lesion L1 receives"));
    }

    @Test
    @DisplayName("A lesion without uptake: all_lesions cannot be met; a limit sets the activity, and the plan says so")
    void lesionWithoutUptake() {
        final PlanFixture f = new PlanFixture();
        f.fit = FitModel.TRAPEZOID;
        f.lesions.add(new LesionInput("L3", 1.0, 1.0, 1.0, PlanFixture.tracerCurve(t -> 0.0)));
        final PlanResult r = f.plan();
        assertThat(PlanFixture.lesion(r, "L3").dosePerGBqGy()).isZero();
        assertThat(r.prescription().limitedBy().code()).isIn("blood", "retention");
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("lesion L3 has no uptake (0 Gy/GBq): rule all_lesions "
                + "cannot reach 20.0 Gy in it at any activity; the activity, "));
    }

    @Test
    @DisplayName("300 Gy (Maxon, remnants): limited by blood, no lesion reaches it: do not proceed")
    void noLesionReachesTarget() {
        final PlanFixture f = new PlanFixture();
        f.targetGy = 300;
        final PlanResult r = f.plan();
        close(r.prescription().activityGBq(), MTA);
        assertThat(r.prescription().limitedBy().code()).isEqualTo("blood");
        assertThat(r.prescription().proceed()).isFalse();
    }

    @Test
    @DisplayName("120 Gy with a 3.0 GBq retention limit: 3.0/0.25 = 12 GBq < MTA: limited by retention; L1 107.5 Gy: do not proceed")
    void retentionBinds() {
        final PlanFixture f = new PlanFixture();
        f.targetGy = 120;
        f.retentionLimitGBq = 3.0;
        final PlanResult r = f.plan();
        close(r.retentionLimitGBq(), 12.0);
        close(r.prescription().activityGBq(), 12.0);
        assertThat(r.prescription().limitedBy().code()).isEqualTo("retention");
        close(doseAt(r, "L1"), 12.0 * L1_SPHERE);
        assertThat(r.prescription().proceed()).isFalse();
    }

    @Test
    @DisplayName("80 Gy with a 150 mCi (5.55 GBq) cap: limited by cap; L1 49.7 Gy: do not proceed")
    void capBinds() {
        final PlanFixture f = new PlanFixture();
        f.targetGy = 80;
        f.capGBq = 5.55;
        final PlanResult r = f.plan();
        close(r.prescription().activityGBq(), 5.55);
        close(r.prescription().activityMCi(), 150.0);
        assertThat(r.prescription().limitedBy().code()).isEqualTo("cap");
        assertThat(r.prescription().proceed()).isFalse();
    }

    @Test
    @DisplayName("131I tracer (no conversion) and 123I tracer give the same plan for the same 131I kinetics")
    void tracerIndependence() {
        final PlanFixture f = new PlanFixture();
        f.tracer = Nuclide.I131;
        f.wholeBody = PlanFixture.tracerCurve(t -> Math.exp(-LN2 / 24 * t), Nuclide.I131, PlanFixture.TIMES);
        f.blood = PlanFixture.tracerCurve(t -> 4e-5 * Math.exp(-LN2 / 16 * t), Nuclide.I131, PlanFixture.TIMES);
        f.lesions = List.of(new LesionInput("L1", 2.0, 1.0, 1.0,
                PlanFixture.tracerCurve(t -> 0.002 * Math.exp(-LN2 / 60 * t), Nuclide.I131, PlanFixture.TIMES)));
        PlanResult r = f.plan();
        close(lesion(r, "L1").dosePerGBqGy(), L1_SPHERE);
        close(r.blood().mtaGBq(), MTA);
        final double[] early = {1, 3, 6, 24, 30};
        f.tracer = Nuclide.I123;
        f.wholeBody = PlanFixture.tracerCurve(t -> Math.exp(-LN2 / 24 * t), Nuclide.I123, early);
        f.blood = PlanFixture.tracerCurve(t -> 4e-5 * Math.exp(-LN2 / 16 * t), Nuclide.I123, early);
        f.lesions = List.of(new LesionInput("L1", 2.0, 1.0, 1.0,
                PlanFixture.tracerCurve(t -> 0.002 * Math.exp(-LN2 / 60 * t), Nuclide.I123, early)));
        r = f.plan();
        close(lesion(r, "L1").dosePerGBqGy(), L1_SPHERE);
        close(r.blood().mtaGBq(), MTA);
    }

    @Test
    @DisplayName("Recovery coefficient from the RC(volume) curve, log-linear between points: 0.6 at 0.5 ml, 0.75 at √(0.5·5) ml, 0.9 above 5 ml")
    void recoveryCurve() {
        final PlanFixture f = new PlanFixture();
        f.recoveryCurve = List.of(new PlanInput.RecoveryPoint(0.5, 0.6), new PlanInput.RecoveryPoint(5.0, 0.9));
        final double mid = Math.sqrt(0.5 * 5.0);
        f.lesions = List.of(
                new LesionInput("A", 0.5, 1.0, null, PlanFixture.tracerCurve(t -> 0.6 * 0.001 * Math.exp(-0.02 * t))),
                new LesionInput("B", mid, 1.0, null, PlanFixture.tracerCurve(t -> 0.75 * 0.001 * Math.exp(-0.02 * t))),
                new LesionInput("C", 10.0, 1.0, null, PlanFixture.tracerCurve(t -> 0.9 * 0.001 * Math.exp(-0.02 * t))),
                new LesionInput("D", 10.0, 1.0, 1.0, PlanFixture.tracerCurve(t -> 0.001 * Math.exp(-0.02 * t))));
        final PlanResult r = f.plan();
        assertThat(lesion(r, "A").recoveryCoefficient()).isCloseTo(0.6, within(1e-12));
        assertThat(lesion(r, "B").recoveryCoefficient()).isCloseTo(0.75, within(1e-12));
        assertThat(lesion(r, "C").recoveryCoefficient()).isCloseTo(0.9, within(1e-12));
        assertThat(lesion(r, "D").recoveryCoefficient()).isEqualTo(1.0); // explicit RC wins over the curve
        for (String id : List.of("A", "B", "C", "D")) {
            close(lesion(r, id).residenceTimeHours(), 0.001 / 0.02); // the true τ after correction: 0.05 h
        }
    }

    @Test
    @DisplayName("Lesion below the minimum volume (0.1 < 0.16 ml, Jentzen): a partial-volume warning naming it")
    void smallLesionWarning() {
        final PlanFixture f = new PlanFixture();
        f.lesions = List.of(new LesionInput("tiny", 0.1, 1.0, 1.0,
                PlanFixture.tracerCurve(t -> 0.0002 * Math.exp(-LN2 / 60 * t))));
        final PlanResult r = f.plan();
        assertThat(r.warnings()).anyMatch(w -> w.contains("tiny"));
    }

    @Test
    @DisplayName("Method records the seed, the Monte Carlo sample count and the references (ICRP 107, EANM SOP)")
    void method() {
        final PlanResult r = new PlanFixture().plan();
        assertThat(r.method().seed()).isEqualTo(20130214L);
        assertThat(r.method().samples()).isPositive();
        assertThat(r.method().nuclearData()).contains("107");
        assertThat(r.method().references()).anyMatch(s -> s.contains("ICRP"))
                .anyMatch(s -> s.contains("Lassmann"));
    }
}
