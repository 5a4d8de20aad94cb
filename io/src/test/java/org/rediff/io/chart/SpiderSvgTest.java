package org.rediff.io.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.core.response.Response;

/** The RECIST spider plot: markers where the sums are, the RECIST 1.1 thresholds (Eisenhauer 2009) at +20% / −30%. */
class SpiderSvgTest {
    private static final Pattern POINT = Pattern.compile("<circle class=\"point\" data-day=\"(\\d+)\" "
            + "data-value=\"([^\"]*)\" data-response=\"([^\"]*)\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"");
    private static final Pattern REF = Pattern.compile("<line class=\"ref-line\" data-value=\"([^\"]*)\" x1=\"\\d+\" "
            + "y1=\"([0-9.]+)\"");

    /** The worksheet example: sums 54, 37, 27, 33 mm on days 0, 56, 91, 182. */
    private static final List<SpiderSvg.Point> EXAMPLE = List.of(new SpiderSvg.Point(0, 0, null),
            new SpiderSvg.Point(56, 100 * (37 - 54) / 54.0, Response.PR), new SpiderSvg.Point(91, -50, Response.PR),
            new SpiderSvg.Point(182, 100 * (33 - 54) / 54.0, Response.PD));

    @Test
    void oneMarkerPerAssessmentLeftToRightInTimeAndDownForShrinkage() {
        final String svg = SpiderSvg.render("Spider", EXAMPLE);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spider-plot\"")
                .endsWith("</svg>\n").contains("Weeks since baseline", "Change of the sum from baseline (%)");
        final List<double[]> points = new ArrayList<>();
        final List<String> responses = new ArrayList<>();
        final Matcher m = POINT.matcher(svg);
        while (m.find()) {
            points.add(new double[] {Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                Double.parseDouble(m.group(2))});
            responses.add(m.group(3));
        }
        assertThat(points).hasSize(4);
        assertThat(responses).containsExactly("baseline", "PR", "PR", "PD");
        assertThat(points.get(2)[2]).isEqualTo(-50.0);
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i)[0]).isGreaterThan(points.get(i - 1)[0]);
        }
        // larger shrinkage is lower on the page: -50% below -31.5% below the baseline's 0
        assertThat(points.get(2)[1]).isGreaterThan(points.get(1)[1]);
        assertThat(points.get(1)[1]).isGreaterThan(points.get(0)[1]);
        assertThat(svg).containsOnlyOnce("class=\"spider-line\"");
    }

    @Test
    void theRecistThresholdsAreDashedAtPlus20AndMinus30() {
        final String svg = SpiderSvg.render("Spider", EXAMPLE);
        final Matcher m = REF.matcher(svg);
        final List<String> values = new ArrayList<>();
        final List<Double> ys = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
            ys.add(Double.parseDouble(m.group(2)));
        }
        assertThat(values).containsExactly("20", "-30");
        final double baselineY = pointY(svg, 0);
        final double prY = pointY(svg, 1);
        // +20% above the baseline marker; -30% between the baseline and the -31.5% marker
        assertThat(ys.get(0)).isLessThan(baselineY);
        assertThat(ys.get(1)).isGreaterThan(baselineY).isLessThan(prY);
        assertThat(svg).contains("+20% PD", "−30% PR", "stroke-dasharray=\"6 4\"");
    }

    @Test
    void anAssessmentWithoutASumBreaksTheLine() {
        final String svg = SpiderSvg.render("Spider", List.of(new SpiderSvg.Point(0, 0, null),
                new SpiderSvg.Point(42, -20, Response.SD), new SpiderSvg.Point(84, Double.NaN, Response.NE),
                new SpiderSvg.Point(126, -35, Response.PR), new SpiderSvg.Point(168, -40, Response.PR)));
        assertThat(POINT.matcher(svg).results().count()).isEqualTo(4);
        assertThat(Pattern.compile("class=\"spider-line\"").matcher(svg).results().count()).isEqualTo(2);
        assertThat(svg).doesNotContain("NaN");
    }

    private static double pointY(String svg, int index) {
        final Matcher m = POINT.matcher(svg);
        for (int i = 0; i <= index; i++) {
            assertThat(m.find()).isTrue();
        }
        return Double.parseDouble(m.group(5));
    }
}
