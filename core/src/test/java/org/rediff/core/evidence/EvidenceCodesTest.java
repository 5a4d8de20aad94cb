package org.rediff.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rediff.core.CodedEnums;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord.ActivityRule;
import org.rediff.core.evidence.StudyRecord.Genotype;
import org.rediff.core.evidence.StudyRecord.RecordType;
import org.rediff.core.evidence.StudyRecord.TshStimulation;
import org.rediff.core.evidence.StudyRecord.UptakeCriterion;
import org.rediff.core.evidence.StudyRecord.UptakeMethod;

/** The evidence base's coded enums: the codes of the evidence CSV (io/src/main/resources/evidence/README). */
class EvidenceCodesTest {

    @Test
    void everyConstantParsesBackFromItsCode() {
        CodedEnums.roundTrips(RecordType.values(), RecordType::code, RecordType::label, RecordType::parse, true);
        CodedEnums.roundTrips(Genotype.values(), Genotype::code, Genotype::label, Genotype::parse, true);
        CodedEnums.roundTrips(TshStimulation.values(), TshStimulation::code, TshStimulation::label,
                TshStimulation::parse, true);
        CodedEnums.roundTrips(UptakeMethod.values(), UptakeMethod::code, UptakeMethod::label, UptakeMethod::parse,
                true);
        CodedEnums.roundTrips(UptakeCriterion.values(), UptakeCriterion::code, UptakeCriterion::label,
                UptakeCriterion::parse, true);
        CodedEnums.roundTrips(ActivityRule.values(), ActivityRule::code, ActivityRule::label, ActivityRule::parse,
                true);
        CodedEnums.roundTrips(Provenance.Confidence.values(), Provenance.Confidence::code,
                Provenance.Confidence::label, Provenance.Confidence::parse, true);
        CodedEnums.roundTrips(EvidenceSelection.Outcome.values(), EvidenceSelection.Outcome::code,
                EvidenceSelection.Outcome::label, EvidenceSelection.Outcome::parse, true);
        CodedEnums.roundTrips(Tau2Method.values(), Tau2Method::code, Tau2Method::label, Tau2Method::parse, true);
        CodedEnums.roundTrips(PoolingModel.values(), PoolingModel::code, PoolingModel::label, PoolingModel::parse,
                true);
    }

    @Test
    void theDocumentedCodesAndTheirLabels() {
        assertThat(Arrays.stream(Genotype.values()).map(Genotype::code)).containsExactly("BRAF_V600E", "BRAF_other",
                "RAS", "BRAF_wild_type", "RET_fusion", "NTRK_fusion", "mixed", "not_applicable");
        assertThat(Genotype.BRAF_V600E.label()).isEqualTo("BRAF V600E");
        assertThat(Genotype.BRAF_WILD_TYPE.label()).isEqualTo("BRAF wild type");
        assertThat(Arrays.stream(TshStimulation.values()).map(TshStimulation::code)).containsExactly("rhTSH",
                "withdrawal", "rhTSH_or_withdrawal", "not_reported");
        assertThat(Arrays.stream(UptakeMethod.values()).map(UptakeMethod::code)).containsExactly("124I_PET",
                "131I_diagnostic_WBS", "123I_WBS_SPECT", "131I_post_therapy_WBS", "mixed", "not_reported");
        assertThat(RecordType.PROSPECTIVE_TRIAL.code()).isEqualTo("prospective_trial");
        assertThat(RecordType.CASE_REPORT.label()).isEqualTo("case report");
        assertThat(UptakeCriterion.DOSIMETRY_THRESHOLD.code()).isEqualTo("dosimetry_threshold");
        assertThat(ActivityRule.NOT_REPORTED.code()).isEqualTo("not_reported");
        assertThat(Provenance.Confidence.MEDIUM.code()).isEqualTo("medium");
        assertThat(EvidenceSelection.Outcome.RESPONSE.code()).isEqualTo("response");
        assertThat(Tau2Method.REML.code()).isEqualTo("REML");
        assertThat(PoolingModel.GLMM.code()).isEqualTo("GLMM");
    }

    @Test
    void anUnknownCodeNamesTheFieldAndTheAllowedCodes() {
        assertThatThrownBy(() -> Genotype.parse("KRAS")).isInstanceOf(InvalidInputException.class)
                .hasMessage("genotype must be one of [BRAF_V600E, BRAF_other, RAS, BRAF_wild_type, RET_fusion, "
                        + "NTRK_fusion, mixed, not_applicable], got 'KRAS'");
        assertThatThrownBy(() -> Provenance.Confidence.parse("certain")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("confidence must be one of high, medium, low, got 'certain'");
    }
}
