package org.rediff.io.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.core.response.Response;

class SwimmerSvgTest {
    private static final Pattern BAR = Pattern.compile("<rect class=\"bar\" data-label=\"([^\"]*)\" "
            + "data-time=\"([^\"]*)\" data-response=\"([^\"]*)\" x=\"([0-9.]+)\" y=\"([0-9.]+)\" "
            + "width=\"([0-9.]+)\"");

    private static final List<SwimmerSvg.Lane> LANES = List.of(
            new SwimmerSvg.Lane("P1", "BRAF", 12.5, true, false, Response.PR),
            new SwimmerSvg.Lane("P2", "RAS", 30, false, true, Response.SD),
            new SwimmerSvg.Lane("P3", "RAS", 2, true, false, Response.PD),
            new SwimmerSvg.Lane("P4", "BRAF", 7, false, false, null));

    @Test
    void oneBarPerPatientLongestOnTopWithLengthsProportionalToTime() {
        final String svg = SwimmerSvg.render("Time on study", "time (months)", LANES);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"swimmer-plot\"")
                .endsWith("</svg>\n");
        final List<String> labels = new ArrayList<>();
        final List<Double> ys = new ArrayList<>();
        final List<Double> widths = new ArrayList<>();
        final Matcher m = BAR.matcher(svg);
        while (m.find()) {
            labels.add(m.group(1));
            ys.add(Double.parseDouble(m.group(5)));
            widths.add(Double.parseDouble(m.group(6)));
        }
        assertThat(labels).containsExactly("P2", "P1", "P4", "P3");
        assertThat(ys).isSorted();
        assertThat(widths.get(0) / widths.get(1)).isCloseTo(30 / 12.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(SwimmerSvg.ordered(LANES)).extracting(SwimmerSvg.Lane::label)
                .containsExactly("P2", "P1", "P4", "P3");
    }

    @Test
    void progressionHasAMarkerAndOngoingAnArrow() {
        final String svg = SwimmerSvg.render("Time on study", "time (months)", LANES);
        assertThat(count(svg, "class=\"event\"")).isEqualTo(2);
        assertThat(count(svg, "class=\"ongoing\"")).isEqualTo(1);
        assertThat(svg).contains("data-label=\"P4\" data-time=\"7\" data-response=\"none\"",
                "P2 (RAS): 30, best response SD, ongoing", "P1 (BRAF): 12.5, best response PR, progression or death",
                ">time (months)</text>", ">progression or death</text>", ">ongoing</text>", ">BRAF</text>");
    }

    @Test
    void withoutGroupsNoGroupLabels() {
        final String svg = SwimmerSvg.render("t", "weeks", List.of(new SwimmerSvg.Lane("A&B", null, 0, false, false,
                null)));
        assertThat(svg).contains("data-label=\"A&amp;B\"").doesNotContain("lane-group")
                .doesNotContain(">ongoing</text>", ">progression or death</text>");
        assertThat(count(svg, "class=\"bar\"")).isEqualTo(1);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
