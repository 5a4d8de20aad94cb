package org.rediff.io.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.response.Response;

class CohortCsvTest {
    private static final String HEADER = "patient,group,best_change_pct,best_response,time,event,ongoing\n";

    private static CohortCsv read(String text) {
        return CohortCsv.read(new StringReader(text), "cohort.csv", "time", "event", "group");
    }

    @Test
    void readsEveryColumnAndLeavesOptionalValuesEmpty() {
        final CohortCsv c = read(HEADER + "R01,BRAF,-45.5,PR,12.3,1,false\nR02,RAS,,NE,2,0,\n"
                + "R03,RAS,25,non-cr/non-pd,30,0,TRUE\n");
        assertThat(c.patients()).hasSize(3);
        final CohortCsv.Patient p = c.patients().get(0);
        assertThat(p).isEqualTo(new CohortCsv.Patient(1, "R01", "BRAF", -45.5, Response.PR, 12.3, true, false));
        assertThat(c.patients().get(1).hasBestChange()).isFalse();
        assertThat(c.patients().get(1).ongoing()).isFalse();
        assertThat(c.patients().get(2).bestResponse()).isEqualTo(Response.NON_CR_NON_PD);
        assertThat(c.patients().get(2).ongoing()).isTrue();
        assertThat(c.hasBestChangeColumn()).isTrue();
    }

    @Test
    void onlyTimeAndEventAreRequired() {
        final CohortCsv c = CohortCsv.read(new StringReader("weeks,status,x\n9,1,a\n13,0,b\n"), "aml.csv", "weeks",
                "status", null);
        assertThat(c.patients()).extracting(CohortCsv.Patient::id).containsExactly("#1", "#2");
        assertThat(c.patients().get(0).group()).isNull();
        assertThat(c.patients().get(0).bestResponse()).isNull();
        assertThat(c.hasBestChangeColumn()).isFalse();
        assertThat(c.hasBestResponseColumn()).isFalse();
    }

    @Test
    void badInputNamesFileRowPatientAndField() {
        assertThatThrownBy(() -> read(HEADER + "R01,BRAF,x,PR,12,1,false\n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("cohort.csv row 1 (patient 'R01'), field best_change_pct: must be a percent change >= -100 "
                        + "(or empty when not evaluable), got 'x'");
        assertThatThrownBy(() -> read(HEADER + "R01,BRAF,-10,SD,12,1,false\nR02,BRAF,-120,PR,12,1,false\n"))
                .hasMessageContaining("row 2 (patient 'R02'), field best_change_pct: must be a percent change >= -100");
        assertThatThrownBy(() -> read(HEADER + "R01,BRAF,-10,MR,12,1,false\n"))
                .hasMessageContaining("row 1 (patient 'R01'), field best_response: must be CR, PR, SD, PD, NE or "
                        + "NON_CR_NON_PD (or empty), got 'MR'");
        assertThatThrownBy(() -> read(HEADER + "R01,BRAF,-10,SD,-1,1,false\n"))
                .hasMessageContaining("field time: must be a number >= 0, got '-1'");
        assertThatThrownBy(() -> read(HEADER + "R01,BRAF,-10,SD,3,2,false\n"))
                .hasMessageContaining("field event: must be 0 (censored) or 1 (event), got '2'");
        assertThatThrownBy(() -> read(HEADER + "R01,BRAF,-10,SD,3,1,maybe\n"))
                .hasMessageContaining("field ongoing: must be true or false (or empty), got 'maybe'");
        assertThatThrownBy(() -> read(HEADER + "R01,,-10,SD,3,1,false\n"))
                .hasMessageContaining("row 1 (patient 'R01'), field group: is empty");
        assertThatThrownBy(() -> read(HEADER + "R01,A,-10,SD,3,1,false\nR01,B,-10,SD,3,1,false\n"))
                .hasMessage("cohort.csv row 2, field patient: patient 'R01' is already in row 1; give one row per "
                        + "patient");
        assertThatThrownBy(() -> read(HEADER + "R01,A,-10,SD,3,1\n"))
                .hasMessage("cohort.csv row 1: has 6 fields, the header has 7");
        assertThatThrownBy(() -> read("patient,months,event\nR01,3,1\n"))
                .hasMessageStartingWith("cohort.csv: no column 'time' (columns are [patient, months, event])");
        assertThatThrownBy(() -> read(HEADER)).hasMessage("cohort.csv: no data rows");
    }
}
