package org.rediff.service.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.PoolingOptions;
import org.rediff.core.evidence.Tau2Method;
import org.rediff.io.chart.ForestPlotSvg;
import org.rediff.io.meta.MetaInput;
import org.rediff.io.meta.MetaInputCsv;
import org.rediff.io.meta.MetaReport;

/** The synthesis use case: the report's contract fields, and problems named in the core's parameter names. */
class MetaAnalysisRunnerTest {
    private static MetaInput read(String text) {
        return read(text, List.of());
    }

    private static MetaInput read(String text, List<String> extra) {
        return MetaInputCsv.read(new StringReader(text), "in.csv", "events", "total", extra);
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

    @Test
    void moderatorsWithGlmmAreAProblemOfMods() {
        final MetaInput in = read("study,events,total,days\nA,4,9,28\nB,6,10,21\nC,6,10,28\n", List.of("days"));
        assertThatThrownBy(() -> MetaAnalysisRunner.run(in, new PoolingOptions(PoolingModel.GLMM, Tau2Method.REML,
                false, 0.95), null, List.of("days"), Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).problems()).singleElement()
                            .satisfies(p -> assertThat(p.path()).isEqualTo("mods"));
                    assertThat(((InvalidInputException) e).message(n -> "--" + n))
                            .isEqualTo("--mods needs an inverse-variance --measure (PLO, PR, PAS or PFT), not GLMM");
                });
    }
}
