package org.rediff.io.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.design.DesignRequirements;
import org.rediff.core.design.SimonTwoStage;

class OperatingCharacteristicsSvgTest {
    private static final Pattern PATH = Pattern.compile("<path class=\"(oc-power|oc-en)\" data-design=\"([^\"]*)\" "
            + "d=\"([^\"]*)\"");

    private static String simon() {
        final SimonTwoStage.Result r = SimonTwoStage.search(new DesignRequirements(0.1, 0.3, 0.05, 0.2), 60);
        return OperatingCharacteristicsSvg.render("Simon p0 = 0.1, p1 = 0.3",
                List.of(OperatingCharacteristicsSvg.Series.twoStage("optimal", "Optimal", r.optimal()),
                        OperatingCharacteristicsSvg.Series.twoStage("minimax", "Minimax", r.minimax())), 0.1, 0.3);
    }

    @Test
    void twoLinesPerTwoStageDesignAndMarkersAtP0AndP1() {
        final String svg = simon();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"oc-plot\"").endsWith("</svg>\n");
        final List<String> lines = new ArrayList<>();
        final Matcher m = PATH.matcher(svg);
        while (m.find()) {
            lines.add(m.group(1) + ":" + m.group(2));
            assertThat(m.group(3).split(" L")).hasSize(OperatingCharacteristicsSvg.STEPS + 1);
        }
        assertThat(lines).containsExactly("oc-power:optimal", "oc-en:optimal", "oc-power:minimax", "oc-en:minimax");
        assertThat(svg).contains("class=\"oc-marker\" data-name=\"p0\" data-p=\"0.1\"",
                "class=\"oc-marker\" data-name=\"p1\" data-p=\"0.3\"", ">p0 = 0.1</text>", ">p1 = 0.3</text>",
                "Optimal 1/10, 5/29", "Minimax 1/15, 5/25", "Expected N", "P(declare promising)");
        // the right axis ends at the larger n, rounded up to whole ticks (29 → 30)
        assertThat(svg).contains("class=\"en-tick\"").contains(">30</text>");
        assertThat(svg).contains("P(promising) = 0.0471", "P(promising) = 0.8051, EN = ");
    }

    @Test
    void thePowerCurveIsDrawnToScale() {
        final String svg = simon();
        final Matcher m = PATH.matcher(svg);
        assertThat(m.find()).isTrue();
        final String[] points = m.group(3).substring(1).split(" L");
        // p = 0: never promising (bottom of the plot); p = 1: always (top); p = 0.3 (i = 60): 0.805 of the height
        final double bottom = Double.parseDouble(points[0].split(" ")[1]);
        final double top = Double.parseDouble(points[200].split(" ")[1]);
        final double at03 = Double.parseDouble(points[60].split(" ")[1]);
        assertThat(bottom - top).isCloseTo(280, offset(0.11));
        assertThat((bottom - at03) / (bottom - top)).isCloseTo(0.8051, offset(0.001));
        final double x0 = Double.parseDouble(points[0].split(" ")[0]);
        final double x1 = Double.parseDouble(points[200].split(" ")[0]);
        assertThat(Double.parseDouble(points[60].split(" ")[0])).isCloseTo(x0 + 0.3 * (x1 - x0), offset(0.11));
    }

    @Test
    void aSingleStageDesignHasThePowerCurveOnly() {
        final String svg = OperatingCharacteristicsSvg.render("Single stage & more",
                List.of(OperatingCharacteristicsSvg.Series.singleStage("single", "Single stage", 5, 25)), 0.1, 0.3);
        assertThat(svg).contains("class=\"oc-plot\"", "data-design=\"single\"", "Single stage r = 5, n = 25",
                "Single stage &amp; more").doesNotContain("oc-en", "Expected N", "en-tick");
    }

    @Test
    void axisTopsAreWholeTicks() {
        assertThat(OperatingCharacteristicsSvg.enAxisTop(29)).isEqualTo(30);
        assertThat(OperatingCharacteristicsSvg.enAxisTop(25)).isEqualTo(25);
        assertThat(OperatingCharacteristicsSvg.enAxisTop(41)).isEqualTo(50);
        assertThat(OperatingCharacteristicsSvg.enAxisTop(150)).isEqualTo(150);
        assertThat(OperatingCharacteristicsSvg.enAxisTop(7)).isEqualTo(10);
        assertThatThrownBy(() -> OperatingCharacteristicsSvg.render("none", List.of(), 0.1, 0.3))
                .isInstanceOf(InvalidInputException.class);
    }
}
