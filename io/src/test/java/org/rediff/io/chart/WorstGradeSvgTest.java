package org.rediff.io.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Patients by worst grade: the no-event bar first, bar heights in proportion to the counts. */
class WorstGradeSvgTest {
    private static final Pattern BAR = Pattern.compile("<rect class=\"bar\" data-grade=\"([^\"]+)\" "
            + "data-patients=\"(\\d+)\" x=\"[0-9.]+\" y=\"([0-9.]+)\" width=\"[0-9.]+\" height=\"([0-9.]+)\"");

    @Test
    void oneBarForNoEventThenOnePerGradeWithHeightsInProportion() {
        // The example listing: 3 of 20 without events; worst grade 1: 5, 2: 7, 3: 4, 4: 1, 5: 0.
        final String svg = WorstGradeSvg.render("Worst grade", "No event", 3, new int[] {5, 7, 4, 1, 0}, 20);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grade-chart\"")
                .endsWith("</svg>\n").contains(">No event<", ">Grade 5<", "3 (15%)", "7 (35%)", "0 (0%)");
        final List<String> grades = new ArrayList<>();
        final List<Double> heights = new ArrayList<>();
        final Matcher m = BAR.matcher(svg);
        while (m.find()) {
            grades.add(m.group(1) + "=" + m.group(2));
            heights.add(Double.parseDouble(m.group(4)));
        }
        assertThat(grades).containsExactly("none=3", "1=5", "2=7", "3=4", "4=1", "5=0");
        assertThat(heights.get(5)).isZero();
        assertThat(heights.get(2) / heights.get(4)).isCloseTo(7.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(heights.get(1) / heights.get(0)).isCloseTo(5 / 3.0, org.assertj.core.data.Offset.offset(0.02));
    }
}
