package org.rediff.io.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;

class MetaInputCsvTest {
    private static MetaInput read(String text) {
        return MetaInputCsv.read(new StringReader(text), "in.csv", "events", "total", List.of());
    }

    @Test
    void readsStudiesAndExtraColumns() {
        final MetaInput in = MetaInputCsv.read(new StringReader("study,events,total,genotype\nA,4,9,BRAF\nB,5,5,RAS\n"),
                "in.csv", "events", "total", List.of("genotype"));
        assertThat(in.studies()).hasSize(2);
        assertThat(in.columns().get("genotype")).containsExactly("BRAF", "RAS");
    }

    @Test
    void badInputNamesFileRowStudyAndField() {
        assertThatThrownBy(() -> read("study,events,total\nA,4,9\nB,x,5\n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("in.csv row 2 (study 'B'), field events: must be a non-negative whole number, got 'x'");
        assertThatThrownBy(() -> read("study,events,total\nA,-1,9\n"))
                .hasMessageContaining("row 1 (study 'A'), field events: must be a non-negative whole number, got -1");
        assertThatThrownBy(() -> read("study,events,total\nA,10,9\n"))
                .hasMessageContaining("row 1 (study 'A'), field events: 10 exceeds total = 9");
        assertThatThrownBy(() -> read("study,n\nA,9\n")).hasMessageContaining("in.csv: no column 'events'");
        assertThatThrownBy(() -> read("study,events,total\n")).hasMessageContaining("no data rows");
    }

}
