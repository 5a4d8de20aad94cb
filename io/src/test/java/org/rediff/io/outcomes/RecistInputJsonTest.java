package org.rediff.io.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;

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
