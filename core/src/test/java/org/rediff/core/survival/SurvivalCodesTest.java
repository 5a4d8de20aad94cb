package org.rediff.core.survival;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rediff.core.CodedEnums;

/** The survival analysis's coded enums: R survival's conf.type and ties codes. */
class SurvivalCodesTest {

    @Test
    void everyConstantParsesBackFromItsCode() {
        CodedEnums.roundTrips(ConfidenceType.values(), ConfidenceType::code, ConfidenceType::label,
                ConfidenceType::parse, false);
        CodedEnums.roundTrips(CoxModel.Ties.values(), CoxModel.Ties::code, CoxModel.Ties::label, CoxModel.Ties::parse,
                false);
        assertThat(ConfidenceType.LOG_LOG.code()).isEqualTo("log-log");
        assertThat(CoxModel.Ties.EFRON.code()).isEqualTo("efron");
        assertThat(CoxModel.Ties.BRESLOW.label()).isEqualTo("Breslow");
    }
}
