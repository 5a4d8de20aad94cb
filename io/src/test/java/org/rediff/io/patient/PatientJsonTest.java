package org.rediff.io.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.patient.PatientRecord;
import org.rediff.core.patient.RairCriterion;

/** The patient JSON: the example reads, validates and writes back the same; bad shapes name their path. */
class PatientJsonTest {
    static String example() throws Exception {
        return Files.readString(Path.of("../examples/patient-synthetic.json"));
    }

    @Test
    void theExampleRoundTrips() throws Exception {
        final PatientRecord r = PatientJson.read(example(), "patient-synthetic.json")
                .validate(LocalDate.of(2026, 12, 7));
        assertThat(r.synthetic()).isTrue();
        assertThat(r.genomics().get(0).summary()).isEqualTo("BRAF p.Val600Glu");
        assertThat(r.latestAssessment().criteria()).containsExactly(RairCriterion.NO_UPTAKE_DIAGNOSTIC);
        // 3700 + 5550 MBq = 9.25 GBq = 250 mCi (1 mCi = 37 MBq)
        assertThat(r.ledger().total().gigabecquerel()).isCloseTo(9.25, within(1e-12));
        assertThat(r.ledger().total().millicurie()).isCloseTo(250, within(1e-9));
        final String written = PatientJson.write(r);
        assertThat(PatientJson.read(written, "again")).isEqualTo(r);
        @SuppressWarnings("unchecked")
        final Map<String, Object> ledger = (Map<String, Object>) PatientJson.toMap(r).get("ledger");
        assertThat(ledger).containsEntry("administrations", 2).containsEntry("warning", null);
    }

    @Test
    void badShapesNameThePath() throws Exception {
        final String ok = example();
        assertThatThrownBy(() -> PatientJson.read(ok.replace("\"ecog\": 1", "\"ecog\": 1, \"name\": \"Jane\""), "p"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown field 'name'");
        assertThatThrownBy(() -> PatientJson.read(ok.replace("\"value\": 85, \"unit\": \"ng/mL\"",
                "\"value\": 85, \"unit\": \"ug/L\""), "p"))
                .hasMessage("p: labs[0].unit must be ng/mL for tg (convert the value first), got 'ug/L'")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).path())
                        .isEqualTo("labs[0].unit"));
        assertThatThrownBy(() -> PatientJson.read(ok.replace("\"activity_MBq\": 3700", "\"activity_MBq\": \"3.7 GBq\""),
                "p")).hasMessageContaining("therapies[1].activity_MBq must be a number");
        assertThatThrownBy(() -> PatientJson.read(ok.replace("\"histology\": \"ptc\"", "\"histology\": \"atc\""), "p"))
                .hasMessageContaining("diagnosis.histology must be one of [ptc, ftc, oncocytic, pdtc], got 'atc'");
        assertThatThrownBy(() -> PatientJson.read(ok.replace("\"date\": \"2014-03-02\"", "\"date\": \"02/03/2014\""),
                "p")).hasMessageContaining("diagnosis.date must be an ISO date yyyy-mm-dd");
    }
}
