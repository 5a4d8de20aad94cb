package org.rediff.io.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.core.evidence.PooledProportion;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.PoolingOptions;
import org.rediff.core.evidence.ProportionMetaAnalysis;
import org.rediff.core.evidence.ProportionStudy;
import org.rediff.core.evidence.SubgroupAnalysis;
import org.rediff.core.evidence.Tau2Method;

/** The forest plot's columns: fixed, apart, and every text within its column (issue 17). */
class ForestPlotSvgTest {
    private static final Pattern TEXT = Pattern.compile("<text class=\"([a-z-]+)\" data-capacity=\"(\\d+)\" "
            + "x=\"(\\d+)\" y=\"\\d+\" text-anchor=\"(start|end)\" font-weight=\"(bold|normal)\">([^<]*)</text>");

    /** The labels of the shipped evidence base that collided ("…RAS coho…22/25"), and longer. */
    private static final List<ProportionStudy> STUDIES = List.of(
            new ProportionStudy("Leboulleux 2023 (MERAIODE) – RAS cohort", 22, 25),
            new ProportionStudy("Leboulleux 2023 (MERAIODE) – BRAF cohort", 8, 21),
            new ProportionStudy("Ongoing MAPK-inhibitor redifferentiation trials (ITOG) WWWW MMMM", 1234, 5678),
            new ProportionStudy("Ho 2013", 12, 20));

    private record Text(String column, int capacity, int x, String anchor, boolean bold, String content) {
    }

    private static List<Text> texts(String svg) {
        final List<Text> out = new ArrayList<>();
        final Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            out.add(new Text(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4),
                    m.group(5).equals("bold"), m.group(6).replace("&amp;", "&")));
        }
        return out;
    }

    @Test
    void theColumnsAreFixedAndApart() {
        assertThat(ForestPlotSvg.LABEL_X + ForestPlotSvg.LABEL_CAP)
                .isLessThan(ForestPlotSvg.COUNTS_RIGHT - ForestPlotSvg.COUNTS_CAP);
        assertThat(ForestPlotSvg.COUNTS_RIGHT).isLessThan(ForestPlotSvg.PLOT_LEFT);
        assertThat(ForestPlotSvg.PLOT_LEFT + ForestPlotSvg.PLOT_WIDTH).isLessThan(ForestPlotSvg.ESTIMATE_X);
        assertThat(ForestPlotSvg.ESTIMATE_X + ForestPlotSvg.ESTIMATE_CAP)
                .isLessThan(ForestPlotSvg.WEIGHT_RIGHT - ForestPlotSvg.WEIGHT_CAP);
        assertThat(ForestPlotSvg.WEIGHT_RIGHT).isLessThan(ForestPlotSvg.WIDTH);
    }

    @Test
    void everyStudyTextFitsItsColumnAndLongLabelsKeepTheirFullTextInATitle() {
        final PooledProportion p = ProportionMetaAnalysis.pool(STUDIES, PoolingOptions.defaults());
        final String svg = ForestPlotSvg.render(p, null, "Restored uptake");
        final List<Text> texts = texts(svg);
        final int[] x = {ForestPlotSvg.LABEL_X, ForestPlotSvg.COUNTS_RIGHT, ForestPlotSvg.ESTIMATE_X,
                ForestPlotSvg.WEIGHT_RIGHT};
        final String[] columns = {"label", "counts", "estimate", "weight"};
        for (int c = 0; c < columns.length; c++) {
            final String column = columns[c];
            final List<Text> cells = texts.stream().filter(t -> t.column().equals(column)).toList();
            assertThat(cells).as(column).hasSizeGreaterThanOrEqualTo(STUDIES.size());
            for (Text t : cells) {
                assertThat(t.x()).as(column).isEqualTo(x[c]);
                assertThat(TextWidth.of(t.content(), ForestPlotSvg.FONT, t.bold())).as(t.content())
                        .isLessThanOrEqualTo(t.capacity());
            }
        }
        // the two MERAIODE cohorts fit whole; the longest label is cut with an ellipsis, whole in the tooltip
        assertThat(texts).extracting(Text::content).contains("Leboulleux 2023 (MERAIODE) – RAS cohort", "22/25",
                "1234/5678", "0.88 [0.69, 0.97]");
        assertThat(texts).filteredOn(t -> t.content().startsWith("Ongoing")).singleElement()
                .satisfies(t -> assertThat(t.content()).endsWith("…").hasSizeLessThan(STUDIES.get(2).label().length()));
        assertThat(svg).contains("<title>Ongoing MAPK-inhibitor redifferentiation trials (ITOG) WWWW MMMM: 1234/5678");
    }

    @Test
    void theWeightNoteNamesTheModelAndSaysSubgroupWeightsAreTheSubgroups() {
        final PoolingOptions reml = PoolingOptions.defaults();
        final PooledProportion p = ProportionMetaAnalysis.pool(STUDIES, reml);
        assertThat(ForestPlotSvg.render(p, null, "t")).contains("class=\"weight-note\"",
                "each study's share in the random-effects model (τ² REML).", ">Weight (%)</text>");
        final SubgroupAnalysis.Result groups = SubgroupAnalysis.run(STUDIES, List.of("RAS", "BRAF", "BRAF", "RAS"),
                reml);
        final String svg = ForestPlotSvg.render(p, groups, "t");
        assertThat(svg).contains("its subgroup's own random-effects model (τ² REML), so they differ from its weight "
                + "in the overall model.");
        // the weights drawn are the subgroup model's: each subgroup's sum to 100
        double sum = 0;
        for (Text t : texts(svg)) {
            if (t.column().equals("weight") && !t.content().isEmpty()) {
                sum += Double.parseDouble(t.content());
            }
        }
        assertThat(sum).isBetween(199.5, 200.5);
        assertThat(ForestPlotSvg.weightModel(new PoolingOptions(PoolingModel.PLO, Tau2Method.EE, false, 0.95)))
                .isEqualTo("equal-effects model");
        final PooledProportion glmm = ProportionMetaAnalysis.pool(STUDIES, new PoolingOptions(PoolingModel.GLMM,
                Tau2Method.ML, false, 0.95));
        assertThat(ForestPlotSvg.render(glmm, null, "t")).contains("no study weights");
    }

    @Test
    void textWidthIsConservativeAndFitCutsWithAnEllipsis() {
        // DejaVu Sans advances at 12 px: "W" 11.9 px, "i" 3.3 px, "0" 7.6 px
        assertThat(TextWidth.of("W", 12, false)).isGreaterThanOrEqualTo(11.9);
        assertThat(TextWidth.of("i", 12, false)).isGreaterThanOrEqualTo(3.3);
        assertThat(TextWidth.of("0", 12, false)).isGreaterThanOrEqualTo(7.6);
        assertThat(TextWidth.of("ab", 12, true)).isGreaterThan(TextWidth.of("ab", 12, false));
        assertThat(TextWidth.fit("short", 100, 12, false)).isEqualTo("short");
        final String cut = TextWidth.fit("a much longer label than fits", 80, 12, false);
        assertThat(cut).endsWith("…").startsWith("a much");
        assertThat(TextWidth.of(cut, 12, false)).isLessThanOrEqualTo(80);
    }
}
