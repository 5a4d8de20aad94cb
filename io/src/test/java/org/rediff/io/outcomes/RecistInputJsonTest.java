package org.rediff.io.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.response.ThyroglobulinResponse;

/** The optional thyroglobulin section of the RECIST patient input: parsing, defaults and messages. */
class RecistInputJsonTest {
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
        assertThat(PatientResponse.evaluate(in, "p.json").thyroglobulin()).isNull();
        assertThat(RecistReport.toMap(PatientResponse.evaluate(in, "p.json"))).doesNotContainKey("thyroglobulin");
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
        final ThyroglobulinResponse.Result r = PatientResponse.evaluate(in, "p.json").thyroglobulin();
        assertThat(r.samples().get(0).tgNgPerMl()).isEqualTo(4.0);
        // Stimulated 0.5 < 1 ng/mL with negative imaging and antibodies: excellent (ATA 2015, Haugen 2016).
        assertThat(r.ataCategory()).isEqualTo(ThyroglobulinResponse.AtaCategory.EXCELLENT);
        // Each kind is its own baseline, so neither sample has a change.
        assertThat(r.changesPct()).allMatch(c -> c.isNaN());
    }

    @Test
    void badFieldsAreNamedWithTheirValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> read("{\"samples\": [], \"imaging\": \"negative\"}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("p.json: thyroglobulin.samples needs at least one sample");
        assertThatThrownBy(() -> read("{\"samples\": [{\"date\": \"2026-01-05\", \"tg_ng_per_ml\": 4}]}"))
                .hasMessage("p.json: thyroglobulin.imaging is required");
        assertThatThrownBy(() -> read("{\"samples\": [{\"date\": \"2026-01-05\", \"tg_ng_per_ml\": 4}], "
                + "\"imaging\": \"clear\"}"))
                .hasMessage("p.json: thyroglobulin.imaging must be negative, nonspecific or "
                        + "structural_or_functional_disease, got 'clear'");
        assertThatThrownBy(() -> read("{\"samples\": [{\"date\": \"2026-01-05\", \"tg_ng_per_ml\": 4, "
                + "\"antibodies\": \"yes\"}], \"imaging\": \"negative\"}"))
                .hasMessage("p.json: thyroglobulin.samples[0].antibodies must be positive, negative or not_measured, "
                        + "got 'yes'");
        assertThatThrownBy(() -> read("{\"samples\": [{\"date\": \"5 Jan\", \"tg_ng_per_ml\": 4}], "
                + "\"imaging\": \"negative\"}"))
                .hasMessage("p.json: thyroglobulin.samples[0].date must be an ISO date yyyy-mm-dd, got '5 Jan'");
        assertThatThrownBy(() -> read("{\"samples\": [{\"date\": \"2026-01-05\", \"tg\": 4}], "
                + "\"imaging\": \"negative\"}"))
                .hasMessageStartingWith("p.json: unknown field 'thyroglobulin.samples[0].tg'; allowed here: ");
        assertThatThrownBy(() -> read("[1]"))
                .hasMessage("p.json: thyroglobulin must be an object, got [1]");
    }
}
