package org.rediff.core.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rediff.core.CodedEnums;

/** The dosimetry planner's coded enums: the codes of the plan JSON and the reports. */
class DosimetryCodesTest {

    @Test
    void everyConstantParsesBackFromItsCode() {
        CodedEnums.roundTrips(FitModel.values(), FitModel::code, FitModel::label, FitModel::parse, true);
        CodedEnums.roundTrips(TailPolicy.values(), TailPolicy::code, TailPolicy::label, TailPolicy::parse, true);
        CodedEnums.roundTrips(Nuclide.values(), Nuclide::code, Nuclide::label, Nuclide::parse, true);
        CodedEnums.roundTrips(PrescriptionRule.Kind.values(), PrescriptionRule.Kind::code,
                PrescriptionRule.Kind::label, PrescriptionRule.Kind::parse, false);
        CodedEnums.roundTrips(BindingConstraint.values(), BindingConstraint::code, BindingConstraint::label,
                BindingConstraint::parse, false);
    }

    @Test
    void theBindingConstraintsKeepTheirReportCodes() {
        assertThat(BindingConstraint.TARGET.code()).isEqualTo("target");
        assertThat(BindingConstraint.BLOOD_MTA.code()).isEqualTo("blood");
        assertThat(BindingConstraint.RETENTION_48H.code()).isEqualTo("retention");
        assertThat(BindingConstraint.MAX_ACTIVITY.code()).isEqualTo("cap");
        assertThat(PrescriptionRule.parse("index_lesion:L2").code()).isEqualTo("index_lesion:L2");
        assertThat(PrescriptionRule.parse("any_lesion").code()).isEqualTo(PrescriptionRule.Kind.ANY_LESION.code());
        assertThat(TailPolicy.FITTED.code()).isEqualTo("fitted");
        assertThat(Nuclide.parse("I124")).isEqualTo(Nuclide.I124);
    }
}
