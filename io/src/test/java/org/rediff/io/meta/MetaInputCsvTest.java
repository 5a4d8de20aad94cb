package org.rediff.io.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.PoolingOptions;
import org.rediff.io.chart.ForestPlotSvg;

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

    @Test
    void reportCarriesTheContractFieldsAndThePlotItsRows() {
        final MetaInput in = read("study,events,total\nA,4,9\nB,6,10\nC,6,10\nD,5,6\n");
        final MetaReport report = MetaAnalysisRunner.run(in, PoolingOptions.defaults(), null, null, Map.of());
        final Map<String, Object> m = report.toMap();
        assertThat(m).containsKeys("measure", "method", "k", "estimate", "ci_lower", "ci_upper", "pi_lower",
                "pi_upper", "estimate_transformed", "se_transformed", "tau2", "i2", "h2", "q", "q_df", "q_p",
                "studies");
        assertThat(m.get("k")).isEqualTo(4);
        final String svg = ForestPlotSvg.render(report.pooled(), null, "test");
        assertThat(svg).startsWith("<svg").contains("class=\"diamond\"");
        assertThat(svg.split("class=\"study\"", -1)).hasSize(5);
    }
}
