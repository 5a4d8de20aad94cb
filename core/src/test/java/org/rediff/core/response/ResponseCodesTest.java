package org.rediff.core.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rediff.core.CodedEnums;

/** The response assessment's coded enums: codes of the cohort CSV, the RECIST input JSON and the reports. */
class ResponseCodesTest {

    @Test
    void everyConstantParsesBackFromItsCode() {
        CodedEnums.roundTrips(Response.values(), Response::code, Response::label, Response::parse, true);
        CodedEnums.roundTrips(Assessment.NonTargetStatus.values(), Assessment.NonTargetStatus::code,
                Assessment.NonTargetStatus::label, Assessment.NonTargetStatus::parse, true);
        CodedEnums.roundTrips(ThyroglobulinResponse.Imaging.values(), ThyroglobulinResponse.Imaging::code,
                ThyroglobulinResponse.Imaging::label, ThyroglobulinResponse.Imaging::parse, true);
        CodedEnums.roundTrips(ThyroglobulinResponse.AtaCategory.values(), ThyroglobulinResponse.AtaCategory::code,
                ThyroglobulinResponse.AtaCategory::label, ThyroglobulinResponse.AtaCategory::parse, true);
        CodedEnums.roundTrips(AdverseEvent.Attribution.values(), AdverseEvent.Attribution::code,
                AdverseEvent.Attribution::label, AdverseEvent.Attribution::parse, true);
        CodedEnums.roundTrips(AdverseEvent.Action.values(), AdverseEvent.Action::code, AdverseEvent.Action::label,
                AdverseEvent.Action::parse, true);
    }

    @Test
    void codesAndLabelsAsTheReportsAndTablesWriteThem() {
        assertThat(Response.NON_CR_NON_PD.code()).isEqualTo("NON_CR_NON_PD");
        assertThat(Response.NON_CR_NON_PD.label()).isEqualTo("non-CR/non-PD");
        assertThat(Response.PR.label()).isEqualTo("PR");
        assertThat(Assessment.NonTargetStatus.PROGRESSION.code()).isEqualTo("progression");
        assertThat(ThyroglobulinResponse.Imaging.STRUCTURAL_OR_FUNCTIONAL_DISEASE.code())
                .isEqualTo("structural_or_functional_disease");
        assertThat(ThyroglobulinResponse.Imaging.STRUCTURAL_OR_FUNCTIONAL_DISEASE.label())
                .isEqualTo("structural or functional disease");
        assertThat(ThyroglobulinResponse.AtaCategory.STRUCTURAL_INCOMPLETE.code()).isEqualTo("STRUCTURAL_INCOMPLETE");
        assertThat(ThyroglobulinResponse.AtaCategory.STRUCTURAL_INCOMPLETE.label()).isEqualTo("structural incomplete");
        assertThat(AdverseEvent.Action.DOSE_REDUCED.code()).isEqualTo("dose_reduced");
        assertThat(AdverseEvent.Action.DOSE_REDUCED.label()).isEqualTo("dose reduced");
        assertThat(AdverseEvent.Attribution.PROBABLE.code()).isEqualTo("probable");
    }
}
