package org.rediff.io.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.DosimetryPlanner;
import org.rediff.core.dosimetry.PlanInput;
import org.rediff.core.dosimetry.PlanResult;
import org.rediff.core.dosimetry.TimeActivityPoint;
import org.rediff.io.chart.TimeActivityCurveSvg;

/** The time-activity charts of the README example (issue 17): axes fitted to the data, a log option, readable text. */
class DosimetryPlotsTest {
    private static Map<String, String> plots(TimeActivityCurveSvg.Scale scale) throws IOException {
        final PlanInput in = PlanInputJson.read(Files.readString(Path.of("../examples/dosimetry-plan.json"),
                StandardCharsets.UTF_8), "example");
        final PlanResult r = DosimetryPlanner.plan(in);
        return PlanPlots.render(in, r, scale);
    }

    private static List<String> all(String svg, String regex) {
        final Matcher m = Pattern.compile(regex).matcher(svg);
        final List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theTimeAxisEndsAtTheFirstDayTickAfterTheLastScanAndTextIsAtLeast11px() throws IOException {
        for (Map.Entry<String, String> e : plots(TimeActivityCurveSvg.Scale.LINEAR).entrySet()) {
            final String svg = e.getValue();
            // the last scan is at 144 h: ticks every 24 h up to 168 h (it ran to 250 h before)
            final List<String> xTicks = all(svg, "text-anchor=\"middle\">([0-9.]+)</text>");
            assertThat(xTicks).as(e.getKey()).containsExactly("0", "24", "48", "72", "96", "120", "144", "168");
            // every font size in the chart is at least 16 px in a 480 px chart (≥ 11 px at two columns on A4)
            assertThat(all(svg, "font-size=\"([0-9.]+)\"")).as(e.getKey()).isNotEmpty()
                    .allSatisfy(f -> assertThat(Double.parseDouble(f)).isGreaterThanOrEqualTo(16));
            assertThat(svg).contains("viewBox=\"0 0 480 360\"", "data-scale=\"linear\"");
        }
        final String whole = plots(TimeActivityCurveSvg.Scale.LINEAR).get("whole_body.svg");
        // the y axis stops at the first tick above the largest value (the bi fit, 101% at 0 h: 120; it was 125)
        assertThat(all(whole, "text-anchor=\"end\">([0-9.]+)</text>")).last().isEqualTo("120");
        assertThat(plots(TimeActivityCurveSvg.Scale.LINEAR).get("blood.svg")).contains("τ = 0.0009888 h/ml",
                "% of administered/ml (I-131)");
    }

    @Test
    void theLogScaleSpansTheDecadesOfTheDataAndAMonoExponentialIsStraight() throws IOException {
        final Map<String, String> log = plots(TimeActivityCurveSvg.Scale.LOG);
        assertThat(log.keySet()).containsExactly("whole_body.svg", "blood.svg", "lesion-L1.svg", "lesion-L2.svg",
                "lesion-L3.svg");
        final String whole = log.get("whole_body.svg");
        assertThat(whole).contains("data-scale=\"log\"", ", log</text>");
        // whole body from 95.1% to about 3%: decades 1, 10, 100 labelled, with 2 and 5 between
        assertThat(all(whole, "text-anchor=\"end\">([0-9.]+)</text>")).containsExactly("1", "2", "5", "10", "20",
                "50", "100");
        assertThat(all(log.get("blood.svg"), "text-anchor=\"end\">([0-9.]+)</text>")).startsWith("0.00001")
                .endsWith("0.01");

        // a mono-exponential on a log axis is a straight line
        final List<TimeActivityPoint> points = List.of(new TimeActivityPoint(2, 0.5), new TimeActivityPoint(24, 0.2),
                new TimeActivityPoint(72, 0.03));
        final String mono = TimeActivityCurveSvg.render("mono", "%", points, h -> 0.55 * Math.exp(-0.04 * h),
                TimeActivityCurveSvg.Scale.LOG);
        final Matcher d = Pattern.compile("class=\"fit\" d=\"([^\"]+)\"").matcher(mono);
        assertThat(d.find()).isTrue();
        final List<double[]> xy = new ArrayList<>();
        for (String seg : d.group(1).split(" (?=[ML])")) {
            final String[] p = seg.substring(1).strip().split(" ");
            xy.add(new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])});
        }
        final double slope = (xy.get(xy.size() - 1)[1] - xy.get(0)[1]) / (xy.get(xy.size() - 1)[0] - xy.get(0)[0]);
        for (double[] p : xy) {
            assertThat(p[1]).isCloseTo(xy.get(0)[1] + slope * (p[0] - xy.get(0)[0]),
                    org.assertj.core.api.Assertions.within(0.2));
        }
        assertThatThrownBy(() -> TimeActivityCurveSvg.Scale.parse("semilog", "--plot-scale"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--plot-scale must be linear or log, got 'semilog'");
    }
}
