package org.rediff.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;

/**
 * Decision rules and eligibility on hand-built definitions: Ho 2013's rule (131I if 124I dosimetry predicts at
 * least 2000 cGy = 20 Gy to a lesion, NEJM 2013;368:623), the adaptive one-week check of NCT04554680, MERAIODE's
 * 131I regardless of the scan, and eligibility bounds (MERAIODE no lesion above 3 cm, NCT04554680 ECOG below 2).
 */
class UptakeDecisionTest {
    static ProtocolDefinition protocol(UptakeRule rule, List<UptakeCheck> checks, Eligibility eligibility) {
        return new ProtocolDefinition("test-protocol", 1, "Test", "hand-built", List.of(), eligibility,
                List.of(new Regimen("mek", Set.of(GenotypeClass.RAS, GenotypeClass.BRAF_V600E),
                        List.of(new Regimen.Drug("trametinib", "2 mg")), List.of())), Stimulation.RHTSH, null,
                checks, rule, 7, null, new ActivityRule(ActivityRule.Kind.FIXED, 5500.0, null, null, null),
                List.of(182)).validate();
    }

    static UptakeCheck pet(int day, boolean extend) {
        return new UptakeCheck(day, 1, UptakeMethod.I124_PET, List.of(1, 2, 4), extend);
    }

    static final Eligibility ANY = new Eligibility(Set.of("ptc", "ftc"), true, 1, 21, 30.0, null);

    @Test
    void hoRuleNeedsTwentyGrayInOneLesion() {
        final ProtocolDefinition ho = protocol(new UptakeRule(UptakeRule.Kind.LESION_DOSE, 20.0),
                List.of(pet(29, false)), ANY);
        final UptakeDecision yes = UptakeDecision.decide(ho, 0, List.of(new LesionUptake("L1", true, 12.0),
                new LesionUptake("L2", true, 20.0)));
        assertThat(yes.restored()).isTrue();
        assertThat(yes.give131I()).isTrue();
        assertThat(yes.reasons()).contains("L1: 12.0 Gy predicted, below 20.0 Gy", "L2: 20.0 Gy predicted, reaches "
                + "20.0 Gy");
        final UptakeDecision no = UptakeDecision.decide(ho, 0, List.of(new LesionUptake("L1", true, 19.99)));
        assertThat(no.give131I()).isFalse();
        assertThat(no.extend()).isFalse();
        assertThatThrownBy(() -> UptakeDecision.decide(ho, 0, List.of(new LesionUptake("L1", true, null))))
                .hasMessageContaining("lesions[0].predicted_dose_Gy");
    }

    @Test
    void theAdaptiveCheckExtendsThenEnds() {
        final ProtocolDefinition adaptive = protocol(new UptakeRule(UptakeRule.Kind.LESION_DOSE, 20.0),
                List.of(pet(8, true), pet(29, false)), ANY);
        final UptakeDecision week1 = UptakeDecision.decide(adaptive, 0, List.of(new LesionUptake("L1", true, 8.0)));
        assertThat(week1.extend()).isTrue();
        assertThat(week1.reasons().get(1)).contains("continue the inhibitor to the check on day 29");
        final UptakeDecision week4 = UptakeDecision.decide(adaptive, 1, List.of(new LesionUptake("L1", true, 9.0)));
        assertThat(week4.extend()).isFalse();
        assertThat(week4.give131I()).isFalse();
        assertThatThrownBy(() -> UptakeDecision.decide(adaptive, 2, List.of(new LesionUptake("L1", true, 9.0))))
                .hasMessageContaining("check");
    }

    @Test
    void treatRegardlessGivesIodineWithoutUptake() {
        final ProtocolDefinition meraiode = protocol(new UptakeRule(UptakeRule.Kind.TREAT_REGARDLESS, null),
                List.of(new UptakeCheck(26, 0, UptakeMethod.I131_DIAGNOSTIC_WBS, List.of(2), false)), ANY);
        final UptakeDecision d = UptakeDecision.decide(meraiode, 0, List.of(new LesionUptake("L1", false, null)));
        assertThat(d.restored()).isFalse();
        assertThat(d.give131I()).isTrue();
    }

    @Test
    void eligibilityNamesEachCriterionAndLeavesUnknownsOpen() {
        final ProtocolDefinition p = protocol(new UptakeRule(UptakeRule.Kind.NEW_UPTAKE, null),
                List.of(new UptakeCheck(26, 0, UptakeMethod.I131_DIAGNOSTIC_WBS, List.of(2), false)), ANY);
        final EligibilityCheck ok = EligibilityCheck.of(p, new Candidate("ptc", GenotypeClass.RAS, true, 0, 60,
                22.0));
        assertThat(ok.eligible()).isTrue();
        final EligibilityCheck big = EligibilityCheck.of(p, new Candidate("ptc", GenotypeClass.RAS, true, null, 60,
                35.0));
        assertThat(big.eligible()).isFalse();
        assertThat(big.findings()).anySatisfy(f -> {
            assertThat(f.criterion()).isEqualTo("largest lesion");
            assertThat(f.met()).isFalse();
        }).anySatisfy(f -> {
            assertThat(f.criterion()).isEqualTo("ECOG");
            assertThat(f.met()).isNull();
        });
        final EligibilityCheck fusion = EligibilityCheck.of(p, new Candidate("ptc", GenotypeClass.RET_FUSION, true,
                0, 40, 10.0));
        assertThat(fusion.eligible()).isFalse();
        assertThat(fusion.regimen()).isNull();
        assertThat(EligibilityCheck.of(p, new Candidate("pdtc", GenotypeClass.RAS, false, 0, 19, 10.0)).findings())
                .filteredOn(f -> Boolean.FALSE.equals(f.met())).extracting(EligibilityFinding::criterion)
                .containsExactly("histology", "radioiodine-refractory", "age");
    }

    @Test
    void validationReportsEveryProblemWithItsPath() {
        assertThatThrownBy(() -> new ProtocolDefinition("Bad Id", 0, "", null, null, ANY, List.of(), Stimulation.NONE,
                null, List.of(pet(20, true)), new UptakeRule(UptakeRule.Kind.LESION_DOSE, null), -1, 200,
                new ActivityRule(ActivityRule.Kind.FIXED, 5.5, null, null, null), List.of(182, 91)).validate())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).contains("id", "version", "title", "citation", "regimens",
                                "uptake_checks[0].extend_if_insufficient", "uptake_rule.threshold_Gy",
                                "i131_days_after_check", "drug_days_after_i131", "follow_up_days[1]"));
        assertThatThrownBy(() -> protocol(new UptakeRule(UptakeRule.Kind.LESION_DOSE, 20.0), List.of(
                new UptakeCheck(29, 0, UptakeMethod.I123_SCAN, List.of(1), false)), ANY))
                .hasMessageContaining("uptake_checks[0].method").hasMessageContaining("124I_PET");
    }
}
