package org.rediff.io.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.core.response.Response;

class WaterfallSvgTest {
    private static final Pattern BAR = Pattern.compile("<rect class=\"bar\" data-label=\"([^\"]*)\" "
            + "data-value=\"([^\"]*)\" data-response=\"([^\"]*)\" x=\"([0-9.]+)\" y=\"([0-9.]+)\" "
            + "width=\"([0-9.]+)\" height=\"([0-9.]+)\" fill=\"([^\"]*)\"");

    private static final List<WaterfallSvg.Bar> BARS = List.of(
            new WaterfallSvg.Bar("P1", -45.2, Response.PR),
            new WaterfallSvg.Bar("P2", 12.0, Response.SD),
            new WaterfallSvg.Bar("P3", Double.NaN, Response.NE),
            new WaterfallSvg.Bar("P4", 31.5, Response.PD),
            new WaterfallSvg.Bar("P5", -100, Response.CR),
            new WaterfallSvg.Bar("P6", 0, null));

    @Test
    void oneBarPerPatientWithAValueSortedFromLargestIncreaseToLargestDecrease() {
        final String svg = WaterfallSvg.render("Best change", BARS);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"waterfall-plot\"")
                .endsWith("</svg>\n");
        final List<String> labels = new ArrayList<>();
        final List<Double> xs = new ArrayList<>();
        final Matcher m = BAR.matcher(svg);
        while (m.find()) {
            labels.add(m.group(1));
            xs.add(Double.parseDouble(m.group(4)));
        }
        assertThat(labels).containsExactly("P4", "P2", "P6", "P1", "P5");
        assertThat(xs).isSorted();
        assertThat(WaterfallSvg.ordered(BARS)).extracting(WaterfallSvg.Bar::changePct)
                .containsExactly(31.5, 12.0, 0.0, -45.2, -100.0);
        assertThat(svg).contains("data-label=\"P1\" data-value=\"-45.2\" data-response=\"PR\"",
                "data-label=\"P6\" data-value=\"0\" data-response=\"none\"");
    }

    @Test
    void barsGrowFromZeroAndTheRecistThresholdsAreDashed() {
        final String svg = WaterfallSvg.render("Best change", BARS);
        final Matcher m = BAR.matcher(svg);
        double zero = Double.NaN;
        final List<double[]> bars = new ArrayList<>();
        while (m.find()) {
            bars.add(new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(5)),
                    Double.parseDouble(m.group(7))});
        }
        // a positive bar ends at zero at its bottom, a negative one starts at zero at its top
        for (double[] b : bars) {
            if (b[0] > 0) {
                zero = b[1] + b[2];
            }
        }
        for (double[] b : bars) {
            if (b[0] < 0) {
                assertThat(b[1]).isCloseTo(zero, org.assertj.core.data.Offset.offset(0.11));
            }
        }
        // -100% is twice as long as -50% would be: heights are proportional to the change
        final double[] cr = bars.get(4);
        final double[] pd = bars.get(0);
        assertThat(cr[2] / pd[2]).isCloseTo(100 / 31.5, org.assertj.core.data.Offset.offset(0.02));
        assertThat(svg).contains("class=\"ref-line\" data-value=\"20\"", "class=\"ref-line\" data-value=\"-30\"",
                "stroke-dasharray", "+20% PD", "−30% PR");
        // the axis runs from -100 (complete disappearance) to 40, no further
        assertThat(svg).contains(">-100</text>", ">40</text>").doesNotContain(">-120</text>", ">60</text>");
        // the legend names the responses present, in RECIST order
        assertThat(svg.indexOf(">CR</text>")).isLessThan(svg.indexOf(">PR</text>"));
        assertThat(svg).contains(">not given</text>").doesNotContain(">NE</text>");
    }

    @Test
    void labelsAreEscapedAndNoValuesGiveAnEmptyChart() {
        final String svg = WaterfallSvg.render("A & B", List.of(new WaterfallSvg.Bar("<x>", -10, Response.SD)));
        assertThat(svg).contains("A &amp; B", "data-label=\"&lt;x&gt;\"").doesNotContain("<x>");
        final String empty = WaterfallSvg.render("None", List.of(new WaterfallSvg.Bar("P1", Double.NaN, null)));
        assertThat(empty).contains("class=\"waterfall-plot\"", "No patient has a best change")
                .doesNotContain("class=\"bar\"");
    }

    @Test
    void largeIncreasesExtendTheAxis() {
        final String svg = WaterfallSvg.render("t", List.of(new WaterfallSvg.Bar("P1", 250, Response.PD),
                new WaterfallSvg.Bar("P2", -20, Response.SD)));
        assertThat(svg).contains(">250</text>").contains(">-100</text>").doesNotContain(">-150</text>");
        final Matcher m = BAR.matcher(svg);
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(5))).isGreaterThanOrEqualTo(40.0);   // inside the plot area
    }
}
