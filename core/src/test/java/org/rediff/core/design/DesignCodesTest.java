package org.rediff.core.design;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rediff.core.CodedEnums;

/** The design calculations' coded enums. */
class DesignCodesTest {

    @Test
    void everyConstantParsesBackFromItsCode() {
        CodedEnums.roundTrips(TwoProportions.Method.values(), TwoProportions.Method::code,
                TwoProportions.Method::label, TwoProportions.Method::parse, false);
        assertThat(TwoProportions.Method.CONTINUITY_CORRECTED.code()).isEqualTo("cc");
        assertThat(TwoProportions.Method.parse("continuity")).isEqualTo(TwoProportions.Method.CONTINUITY_CORRECTED);
    }
}
