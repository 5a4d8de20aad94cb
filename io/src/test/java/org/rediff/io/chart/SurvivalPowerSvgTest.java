package org.rediff.io.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.core.design.SurvivalSampleSize;

/** The time-to-event design's power curve: monotone and through the design point. */
class SurvivalPowerSvgTest {
    private static final Pattern PATH = Pattern.compile("<path class=\"power-curve\" d=\"M([^\"]*)\"");
    private static final Pattern POINT = Pattern.compile("<circle class=\"design-point\" data-hr=\"([^\"]*)\" "
            + "data-power=\"([^\"]*)\" cx=\"([^\"]*)\" cy=\"([^\"]*)\"");

    private static double[][] curve(String svg) {
        final Matcher m = PATH.matcher(svg);
        assertThat(m.find()).isTrue();
        final String[] points = m.group(1).split(" L");
        final double[][] xy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            final String[] p = points[i].strip().split(" ");
            xy[i] = new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
        }
        return xy;
    }

    /** The curve's y at x, linearly between its two points around x. */
    private static double at(double[][] xy, double x) {
        for (int i = 1; i < xy.length; i++) {
            if (xy[i][0] >= x) {
                final double t = (x - xy[i - 1][0]) / (xy[i][0] - xy[i - 1][0]);
                return xy[i - 1][1] + t * (xy[i][1] - xy[i - 1][1]);
            }
        }
        throw new AssertionError("x " + x + " outside the curve");
    }

    @Test
    void belowOneTheCurveFallsToHalfAlphaAndPassesThroughTheDesignPoint() {
        final SurvivalSampleSize.Result r = SurvivalSampleSize.compute(0.6, 0.05, 0.8, 0.5, null, null, null);
        final String svg = SurvivalPowerSvg.render("HR 0.6", 0.6, 0.05, r.events(), 0.5, 0.8);
        final double[][] xy = curve(svg);
        assertThat(xy).hasNumberOfRows(SurvivalPowerSvg.STEPS + 1);
        for (int i = 1; i < xy.length; i++) {
            assertThat(xy[i][0]).isGreaterThan(xy[i - 1][0]);
            // power falls as HR rises to 1: the curve goes down the plot (y grows; equal where it is ~1, drawn to
            // 0.01 px)
            assertThat(xy[i][1]).isGreaterThanOrEqualTo(xy[i - 1][1]);
        }
        assertThat(xy[xy.length - 1][1] - xy[0][1]).isGreaterThan(200);
        final Matcher m = POINT.matcher(svg);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("0.6");
        final double power = Double.parseDouble(m.group(2));
        assertThat(power).isCloseTo(SurvivalSampleSize.power(0.6, 0.05, 121, 0.5), offset(1e-6))
                .isGreaterThanOrEqualTo(0.8);
        assertThat(Double.parseDouble(m.group(4))).isCloseTo(at(xy, Double.parseDouble(m.group(3))), offset(0.2));
        // the bottom of the plot is power 0 and the top 1: HR 1 is at α/2 = 0.025 of the height
        final double top = 40;
        final double bottom = top + 280;
        assertThat((bottom - xy[xy.length - 1][1]) / (bottom - top)).isCloseTo(0.025, offset(1e-4));
        assertThat(svg).contains("class=\"target-power\" data-power=\"0.8\"", "121 events",
                "True hazard ratio (experimental / control; no unit)", "Power of the log-rank test");
    }

    @Test
    void aboveOneTheCurveRisesAwayFromOne() {
        final String svg = SurvivalPowerSvg.render("HR 1.5", 1.5, 0.05, 191, 0.5, 0.8);
        final double[][] xy = curve(svg);
        for (int i = 1; i < xy.length; i++) {
            assertThat(xy[i][1]).isLessThanOrEqualTo(xy[i - 1][1]);
        }
        assertThat(xy[0][1] - xy[xy.length - 1][1]).isGreaterThan(200);
        assertThat(SurvivalPowerSvg.axis(1.5)).containsExactly(1, 2.5);
        assertThat(SurvivalPowerSvg.axis(0.6)).containsExactly(0.3, 1);
        assertThat(SurvivalPowerSvg.axis(0.2)[0]).isCloseTo(0.15, offset(1e-12));
        assertThat(SurvivalPowerSvg.tickStep(0.7)).isEqualTo(0.1);
        assertThat(SurvivalPowerSvg.tickStep(1.5)).isEqualTo(0.25);
        assertThat(svg).contains(">1.25</text>", ">2.5</text>");
    }
}
