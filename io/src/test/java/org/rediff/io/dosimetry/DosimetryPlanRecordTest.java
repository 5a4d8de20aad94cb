package org.rediff.io.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.DosimetryPlanner;
import org.rediff.core.dosimetry.PlanResult;

/** The plan's optional record fields (issue 17): patient.id, tracer.administered_at, measurements' at. */
class DosimetryPlanRecordTest {
    static String example() throws IOException {
        return Files.readString(Path.of("../examples/dosimetry-plan.json"), StandardCharsets.UTF_8);
    }

    /** The example with a patient id, an administration time (+01:00) and the 24-h whole-body scan's time. */
    static String identified(String wholeBody24At) throws IOException {
        final String json = example()
                .replace("\"patient\": {\"weight_kg\": 70", "\"patient\": {\"id\": \"MRN-0042\", \"weight_kg\": 70")
                .replace("\"administered_MBq\": 74}", "\"administered_MBq\": 74, \"administered_at\": "
                        + "\"2026-03-02T09:30+01:00\"}")
                .replace("{\"hours\": 24, \"percent_administered\": 52.0}", "{\"hours\": 24, "
                        + "\"percent_administered\": 52.0, \"at\": \"" + wholeBody24At + "\"}");
        assertThat(json).contains("MRN-0042", "administered_at", wholeBody24At);
        return json;
    }

    @Test
    void withoutTheFieldsEverythingIsNotGiven() throws IOException {
        final PlanRecord r = PlanInputJson.readDocument(example(), "example").record();
        assertThat(r.patientIdText()).isEqualTo("not given");
        assertThat(r.administeredAtText()).isEqualTo("not given");
        assertThat(r.scans()).extracting(PlanRecord.Scan::hoursText).containsExactly("2", "4", "24", "48", "72", "96",
                "144");
        assertThat(r.scans()).allSatisfy(s -> assertThat(s.dateTime()).isEqualTo("not given"));
        assertThat(r.scans().get(0).regions()).containsExactly("whole body", "blood");
        assertThat(r.scans().get(1).regions()).containsExactly("lesion L1", "lesion L2", "lesion L3");
    }

    @Test
    void givenFieldsAreShownAndScanTimesFollowFromTheAdministrationAndTheNumbersDoNotChange() throws IOException {
        final PlanInputJson.Document d = PlanInputJson.readDocument(identified("2026-03-03T09:40+01:00"), "plan");
        assertThat(d.record().patientIdText()).isEqualTo("MRN-0042");
        assertThat(d.record().administeredAtText()).isEqualTo("2026-03-02 09:30 UTC+01:00");
        final PlanRecord.Scan at24 = d.record().scans().get(2);
        assertThat(at24.hoursText()).isEqualTo("24");
        assertThat(at24.dateTime()).isEqualTo("2026-03-03 09:40 UTC+01:00");
        assertThat(d.record().scans().get(3).dateTime())
                .isEqualTo("2026-03-04 09:30 UTC+01:00 (from administration + 48 h)");
        // the record does not enter the computation
        final PlanResult with = DosimetryPlanner.plan(d.input());
        final PlanResult without = DosimetryPlanner.plan(PlanInputJson.read(example(), "example"));
        assertThat(with.prescription().activityGBq()).isEqualTo(without.prescription().activityGBq());
        assertThat(with.blood().mtaGBq()).isEqualTo(without.blood().mtaGBq());
        assertThat(with.prescription().lesionDosesGy()).isEqualTo(without.prescription().lesionDosesGy());
    }

    @Test
    void badRecordFieldsNameTheFieldTheValueAndWhatIsAllowed() throws IOException {
        assertThatThrownBy(() -> PlanInputJson.read(identified("2026-03-03T12:30+01:00"), "plan"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("plan: whole_body[1].at '2026-03-03T12:30+01:00' is 27.00 h after tracer.administered_at "
                        + "'2026-03-02T09:30+01:00', but whole_body[1].hours is 24.0; they must agree within 0.5 h");
        assertThatThrownBy(() -> PlanInputJson.read(identified("2026-03-03T09:30"), "plan"))
                .hasMessage("plan: whole_body[1].at must be given with a UTC offset, as tracer.administered_at "
                        + "('2026-03-02T09:30+01:00') is, got '2026-03-03T09:30'");
        assertThatThrownBy(() -> PlanInputJson.read(identified("3 March 2026"), "plan"))
                .hasMessage("plan: whole_body[1].at must be an ISO-8601 date-time such as 2026-03-02T09:30 or "
                        + "2026-03-02T09:30+01:00, got '3 March 2026'");
        assertThatThrownBy(() -> PlanInputJson.read(example().replace("\"weight_kg\": 70", "\"id\": \""
                + "x".repeat(65) + "\", \"weight_kg\": 70"), "plan"))
                .hasMessageStartingWith("plan: patient.id must be 1 to 64 characters without control characters")
                .hasMessageEndingWith("(65 characters)");
        assertThatThrownBy(() -> PlanInputJson.read(example().replace("\"weight_kg\": 70", "\"id\": 42, "
                + "\"weight_kg\": 70"), "plan"))
                .hasMessage("plan: patient.id must be a string, got 42");
    }
}
