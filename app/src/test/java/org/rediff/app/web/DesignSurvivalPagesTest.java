package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.core.design.SurvivalSampleSize;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The time-to-event design's units and power curve (issue 17); its numbers: DesignPagesTest. */
class DesignSurvivalPagesTest extends WebTestBase {
    private static final String URL = "/design?type=survival&hr=0.6&median_control=12&accrual=24&follow_up=12";

    @Autowired
    MockMvc mvc;

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyFieldAndResultHasItsUnit() throws Exception {
        final String html = page(URL);
        assertThat(html).contains("Hazard ratio <span class=\"unit\">experimental / control, no unit</span>",
                "Control median survival <span class=\"unit\">months</span>",
                "Accrual period <span class=\"unit\">months</span>",
                "Follow-up after accrual <span class=\"unit\">months</span>",
                "Share experimental <span class=\"unit\">proportion of patients</span>");
        assertThat(Html.text(html, "assumption-median_control")).isEqualTo("12 months");
        assertThat(Html.text(html, "assumption-accrual")).isEqualTo("24 months");
        assertThat(Html.text(html, "assumption-follow_up")).isEqualTo("12 months (after accrual)");
        assertThat(Html.text(html, "assumption-hr")).isEqualTo("0.6 (hazard ratio, experimental / control; no unit)");
        assertThat(Html.text(html, "assumption-time_unit")).isEqualTo("months");
        assertThat(Html.text(html, "survival-events-label")).startsWith("events (deaths or progressions, both arms;");
        assertThat(Html.text(html, "survival-patients-label")).startsWith("patients, both arms (probability of an "
                + "event by the");
        assertThat(Html.text(html, "survival-analysis-time")).isEqualTo("36");
    }

    @Test
    void thePowerCurveIsMonotoneAndPassesThroughTheDesignPoint() throws Exception {
        final SurvivalSampleSize.Result r = SurvivalSampleSize.compute(0.6, 0.05, 0.8, 0.5, 12.0, 24.0, 12.0);
        final String html = page(URL);
        final String figure = html.substring(html.indexOf("id=\"survival-plot\""));
        assertThat(figure).contains("class=\"survival-power-plot\"");
        assertThat(html).doesNotContain("id=\"oc-plot\"").contains(">power curve (SVG)</a>");
        final Matcher path = Pattern.compile("<path class=\"power-curve\" d=\"M([^\"]*)\"").matcher(figure);
        assertThat(path.find()).isTrue();
        final String[] points = path.group(1).split(" L");
        final double[][] xy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            final String[] p = points[i].strip().split(" ");
            xy[i] = new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
            if (i > 0) {
                assertThat(xy[i][0]).isGreaterThan(xy[i - 1][0]);
                assertThat(xy[i][1]).as("power never rises towards HR 1").isGreaterThanOrEqualTo(xy[i - 1][1]);
            }
        }
        final Matcher point = Pattern.compile("<circle class=\"design-point\" data-hr=\"0.6\" data-power=\"([^\"]*)\" "
                + "cx=\"([^\"]*)\" cy=\"([^\"]*)\"").matcher(figure);
        assertThat(point.find()).isTrue();
        // the point is the design: the planned HR and the power its rounded-up events attain (≥ the 0.8 asked for)
        assertThat(point.group(1)).isEqualTo(String.format(Locale.ROOT, "%.6f",
                SurvivalSampleSize.power(0.6, 0.05, r.events(), 0.5)));
        assertThat(Double.parseDouble(point.group(1))).isGreaterThanOrEqualTo(0.8);
        final double cx = Double.parseDouble(point.group(2));
        final double cy = Double.parseDouble(point.group(3));
        for (int i = 1; i < xy.length; i++) {
            if (xy[i][0] >= cx) {
                final double t = (cx - xy[i - 1][0]) / (xy[i][0] - xy[i - 1][0]);
                assertThat(cy).as("on the curve").isCloseTo(xy[i - 1][1] + t * (xy[i][1] - xy[i - 1][1]),
                        offset(0.2));
                break;
            }
        }
        assertThat(figure).contains(r.events() + " events");
        mvc.perform(get("/design/oc.svg?type=survival&hr=0.6")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"power-survival.svg\""));
    }
}
