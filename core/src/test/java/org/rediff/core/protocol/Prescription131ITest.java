package org.rediff.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;

/**
 * The 131I prescription under each activity rule, against hand computation: a lesion's dose is its dose per GBq
 * times the activity in GBq (MIRD: absorbed dose is linear in administered activity for fixed kinetics); no rule may
 * exceed the lower of the blood MTA and the 48-h retention limit (Benua 1962); a fixed 5.5 GBq (Rothenberg 2015) is
 * reduced to that limit when dosimetry shows it lower.
 */
class Prescription131ITest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final double ESTIMATE = 1e-9;

    static DosimetryEstimate dosimetry(double plannedMBq, PrescriptionBasis limitedBy, double mtaMBq,
                                       double retentionMBq) {
        return new DosimetryEstimate(20, plannedMBq, limitedBy, mtaMBq, retentionMBq,
                List.of(new DosimetryEstimate.LesionDosePerGBq("L1", 8.0),
                        new DosimetryEstimate.LesionDosePerGBq("L2", 2.5)), "test plan", List.of());
    }

    @Test
    void fixedActivityIsGivenUnlessASafetyLimitIsLower() {
        final ActivityRule fixed = new ActivityRule(ActivityRule.Kind.FIXED, 5500.0, null, null, null);
        final Prescription131I plain = Prescription131I.prescribe(fixed, null, null, DAY, "dr");
        assertThat(plain.activityMBq()).isEqualTo(5500.0);
        assertThat(plain.limitedBy()).isEqualTo(PrescriptionBasis.FIXED_BY_PROTOCOL);
        assertThat(plain.lesionDosesGy()).isEmpty();

        final Prescription131I capped = Prescription131I.prescribe(fixed, dosimetry(2500, PrescriptionBasis.TARGET,
                4100, 6000), null, DAY, "dr");
        assertThat(capped.activityMBq()).isEqualTo(4100.0);
        assertThat(capped.limitedBy()).isEqualTo(PrescriptionBasis.BLOOD);
        // 8.0 Gy/GBq x 4.1 GBq = 32.8 Gy; 2.5 x 4.1 = 10.25 Gy
        assertThat(capped.lesionDosesGy()).extracting(Prescription131I.LesionDoseGy::doseGy)
                .containsExactly(32.8, 10.25);
    }

    @Test
    void dosimetricActivityIsThePlansAndNeedsAPlan() {
        final ActivityRule dosimetric = new ActivityRule(ActivityRule.Kind.DOSIMETRIC, null, 20.0, null, null);
        final Prescription131I p = Prescription131I.prescribe(dosimetric, dosimetry(2500, PrescriptionBasis.TARGET,
                4100, 6000), null, DAY, "dr");
        assertThat(p.activityMBq()).isEqualTo(2500.0);
        assertThat(p.limitedBy()).isEqualTo(PrescriptionBasis.TARGET);
        assertThat(p.lesionDosesGy().get(0).doseGy()).isCloseTo(20.0, within(ESTIMATE));
        assertThat(p.basis()).anySatisfy(b -> assertThat(b).contains("blood MTA 4100 MBq"));
        assertThatThrownBy(() -> Prescription131I.prescribe(dosimetric, null, null, DAY, "dr"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dosimetry")
                .hasMessageContaining("is required");
    }

    @Test
    void requestedActivityMustStayWithinTheRuleAndLimits() {
        final ActivityRule range = new ActivityRule(ActivityRule.Kind.RANGE, null, null, 3700.0, 7400.0);
        final DosimetryEstimate d = dosimetry(9000, PrescriptionBasis.RETENTION, 8000, 6000);
        assertThat(Prescription131I.largestAllowed(range, d)).isEqualTo(new Prescription131I.Allowed(6000,
                PrescriptionBasis.RETENTION));
        final Prescription131I chosen = Prescription131I.prescribe(range, d, 5000.0, DAY, "dr");
        assertThat(chosen.activityMBq()).isEqualTo(5000.0);
        assertThat(chosen.limitedBy()).isEqualTo(PrescriptionBasis.CHOSEN);
        assertThatThrownBy(() -> Prescription131I.prescribe(range, d, 6500.0, DAY, "dr"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("activity_MBq").hasMessageContaining("6500")
                .hasMessageContaining("at most 6000 MBq (48-h whole-body retention limit)");
        assertThatThrownBy(() -> Prescription131I.prescribe(range, null, 3000.0, DAY, "dr"))
                .hasMessageContaining("within the protocol's range");
    }

    @Test
    void enrolmentPrescribesAfterARestoringDecisionOnly() {
        final ProtocolDefinition ho = UptakeDecisionTest.protocol(new UptakeRule(UptakeRule.Kind.LESION_DOSE, 20.0),
                List.of(UptakeDecisionTest.pet(29, false)), UptakeDecisionTest.ANY);
        final Enrolment e = new Enrolment(ho.id(), 1, "mek", DAY, List.of(), null);
        assertThatThrownBy(() -> e.prescribe(ho, DAY, null, "dr")).hasMessageContaining("no 131I is due");
        // fixed 5500 MBq within limits: L1 8.0 Gy/GBq x 5.5 = 44 Gy reaches 20 Gy, L2 13.75 Gy does not
        final Enrolment decided = e.decide(ho, 0, DAY.plusDays(31), List.of(), dosimetry(2500,
                PrescriptionBasis.TARGET, 7000, 6000), "dr");
        assertThat(decided.decisions().get(0).lesions()).extracting(LesionUptake::predictedDoseGy)
                .containsExactly(44.0, 13.75);
        assertThat(decided.status()).isEqualTo(Enrolment.Status.TO_RECEIVE_131I);
        assertThatThrownBy(() -> decided.prescribe(ho, DAY, null, "dr")).hasMessageContaining("on or after");
        final Enrolment prescribed = decided.prescribe(ho, DAY.plusDays(38), null, "dr");
        assertThat(prescribed.status()).isEqualTo(Enrolment.Status.PRESCRIBED);
        assertThat(prescribed.prescription().activityMBq()).isEqualTo(5500.0);
    }
}
