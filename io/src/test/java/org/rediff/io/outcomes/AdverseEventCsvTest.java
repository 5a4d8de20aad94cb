package org.rediff.io.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.response.AdverseEvent;

/** The adverse-event listing CSV: columns, optional fields and messages that name row, patient and field. */
class AdverseEventCsvTest {
    private static final String HEADER = "patient,term,grade,attribution,onset,resolution,action\n";

    private static List<AdverseEvent> read(String csv) {
        return AdverseEventCsv.read(new StringReader(csv), "ae.csv");
    }

    @Test
    void readsEventsWithOptionalResolutionAndAction() {
        final List<AdverseEvent> events = read(HEADER + "P1,Pyrexia,3,Probable,2026-01-02,2026-01-05,dose reduced\n"
                + "P2,Rash acneiform,1,definite,2026-01-03,,\n");
        assertThat(events).containsExactly(
                new AdverseEvent("P1", "Pyrexia", 3, AdverseEvent.Attribution.PROBABLE, LocalDate.of(2026, 1, 2),
                        LocalDate.of(2026, 1, 5), AdverseEvent.Action.DOSE_REDUCED),
                new AdverseEvent("P2", "Rash acneiform", 1, AdverseEvent.Attribution.DEFINITE,
                        LocalDate.of(2026, 1, 3), null, AdverseEvent.Action.NONE));
        assertThat(read("patient,term,grade,attribution,onset\nP1,Fatigue,1,possible,2026-01-02\n").get(0).action())
                .isEqualTo(AdverseEvent.Action.NONE);
        assertThat(read(HEADER)).isEmpty();
    }

    @Test
    void badCellsAreNamed() {
        assertThatThrownBy(() -> read("patient,term,grade,onset\nP1,Rash,1,2026-01-01\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("ae.csv: no column 'attribution'");
        assertThatThrownBy(() -> read(HEADER + "P1,Rash,two,possible,2026-01-01,,\n"))
                .hasMessage("ae.csv row 1 (patient 'P1'), field grade: must be a CTCAE grade 1, 2, 3, 4 or 5, got "
                        + "'two'");
        assertThatThrownBy(() -> read(HEADER + "P1,Rash,2,maybe,2026-01-01,,\n"))
                .hasMessage("ae.csv row 1 (patient 'P1'), field attribution: must be unrelated, unlikely, possible, "
                        + "probable or definite, got 'maybe'");
        assertThatThrownBy(() -> read(HEADER + "P1,Rash,2,possible,2026-01-01,,stopped\n"))
                .hasMessage("ae.csv row 1 (patient 'P1'), field action: must be none, dose_reduced, interrupted or "
                        + "withdrawn (or empty), got 'stopped'");
        assertThatThrownBy(() -> read(HEADER + "P1,Rash,2,possible,,,\n"))
                .hasMessage("ae.csv row 1 (patient 'P1'), field onset: is empty; give the date as yyyy-mm-dd");
        assertThatThrownBy(() -> read(HEADER + "P1,Rash,2,possible,2026-02-01,2026-01-01,\n"))
                .hasMessage("ae.csv row 1 (patient 'P1'), field resolution: 2026-01-01 is before the onset 2026-02-01");
        assertThatThrownBy(() -> read(HEADER + "P1,Rash,2,possible,2026-02-01,\n"))
                .hasMessage("ae.csv row 1: has 6 fields, the header has 7");
        assertThatThrownBy(() -> read(HEADER + ",Rash,2,possible,2026-02-01,,\n"))
                .hasMessage("ae.csv row 1, field patient: is empty");
        assertThatThrownBy(() -> read(HEADER + "P1,,2,possible,2026-02-01,,\n"))
                .hasMessage("ae.csv row 1 (patient 'P1'), field term: is empty; give the CTCAE term");
    }
}
