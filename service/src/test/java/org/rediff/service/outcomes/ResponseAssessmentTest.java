package org.rediff.service.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rediff.core.response.ThyroglobulinResponse;
import org.rediff.io.outcomes.RecistInputJson;
import org.rediff.io.outcomes.RecistReport;

/** One patient's assessment: RECIST always, the thyroglobulin response only with its section. */
class ResponseAssessmentTest {
    private static final String RECIST = """
            "lesions": [{"id": "T1", "organ": "lung", "role": "target"}],
            "assessments": [{"date": "2026-01-05", "measurements": {"T1": 22}},
                            {"date": "2026-03-02", "measurements": {"T1": 12}}]""";

    private static RecistInputJson.Input read(String thyroglobulin) {
        return RecistInputJson.read("{" + RECIST + (thyroglobulin == null ? "" : ", \"thyroglobulin\": "
                + thyroglobulin) + "}", "p.json");
    }

    @Test
    void withoutTheSectionThereIsNoThyroglobulinResult() {
        final RecistInputJson.Input in = read(null);
        assertThat(in.thyroglobulin()).isNull();
        assertThat(ResponseAssessment.evaluate(in, "p.json").thyroglobulin()).isNull();
        assertThat(RecistReport.toMap(ResponseAssessment.evaluate(in, "p.json"))).doesNotContainKey("thyroglobulin");
    }

    @Test
    void samplesInAnyOrderAreEvaluatedInDateOrderWithDefaults() {
        final RecistInputJson.Input in = read("""
                {"samples": [{"date": "2026-03-02", "tg_ng_per_ml": 0.5, "stimulated": true, "antibodies": "negative"},
                             {"date": "2026-01-05", "tg_ng_per_ml": 4}],
                 "imaging": "negative"}""");
        assertThat(in.thyroglobulin().antibodiesRising()).isFalse();
        assertThat(in.thyroglobulin().samples().get(1).stimulated()).isFalse();
        assertThat(in.thyroglobulin().samples().get(1).antibodiesPositive()).isNull();
        final ThyroglobulinResponse.Result r = ResponseAssessment.evaluate(in, "p.json").thyroglobulin();
        assertThat(r.samples().get(0).tgNgPerMl()).isEqualTo(4.0);
        // Stimulated 0.5 < 1 ng/mL with negative imaging and antibodies: excellent (ATA 2015, Haugen 2016).
        assertThat(r.ataCategory()).isEqualTo(ThyroglobulinResponse.AtaCategory.EXCELLENT);
        // Each kind is its own baseline, so neither sample has a change.
        assertThat(r.changesPct()).allMatch(c -> c.isNaN());
    }
}
