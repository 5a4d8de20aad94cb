package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The synthesis page's forest plot and GLMM form state in headless Chromium (issue 17). */
class SynthesisBrowserTest extends BrowserTestBase {
    /**
     * Per study row of the drawn plot, the rendered boxes of its texts: [left, right] of label, counts, estimate
     * and weight, the label's column capacity, and the plot area's left and right.
     */
    private static final String BOXES = """
            () => {
              const svg = document.querySelector('svg.forest-plot');
              const axis = svg.querySelector('line[stroke="#444"]').getBBox();
              return [...svg.querySelectorAll('g.study')].map(g => {
                const box = c => { const b = g.querySelector('text.' + c).getBBox(); return [b.x, b.x + b.width]; };
                return {label: box('label'), counts: box('counts'), estimate: box('estimate'),
                        weight: box('weight'), capacity: +g.querySelector('text.label').dataset.capacity,
                        plot: [axis.x, axis.x + axis.width],
                        full: g.querySelector('title').textContent, shown: g.querySelector('text.label').textContent};
              });
            }""";

    @Test
    @SuppressWarnings("unchecked")
    void theForestPlotsColumnsDoNotOverlapAsDrawn() {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/synthesis?outcome=uptake&by=genotype&types=prospective_trial"
                + "&types=trial_cohort&types=retrospective_series");
        PlaywrightAssertions.assertThat(page.locator("svg.forest-plot")).isVisible();
        final List<Map<String, Object>> rows = (List<Map<String, Object>>) page.evaluate(BOXES);
        assertThat(rows).hasSizeGreaterThan(5);
        for (Map<String, Object> r : rows) {
            final String what = (String) r.get("full");
            final double[] label = box(r, "label");
            final double[] counts = box(r, "counts");
            final double[] plot = box(r, "plot");
            final double[] estimate = box(r, "estimate");
            final double[] weight = box(r, "weight");
            assertThat(label[1] - label[0]).as(what).isLessThanOrEqualTo(((Number) r.get("capacity")).doubleValue());
            assertThat(label[1]).as(what).isLessThan(counts[0]);
            assertThat(counts[1]).as(what).isLessThan(plot[0]);
            assertThat(plot[1]).as(what).isLessThan(estimate[0]);
            if (weight[1] > weight[0]) {
                assertThat(estimate[1]).as(what).isLessThan(weight[0]);
            }
            assertThat(what).as("the tooltip holds the whole label").startsWith(
                    ((String) r.get("shown")).replace("…", ""));
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/synthesis-forest.png"))
                .setFullPage(true));
        page.close();
    }

    @SuppressWarnings("unchecked")
    private static double[] box(Map<String, Object> row, String key) {
        final List<Number> b = (List<Number>) row.get(key);
        return new double[] {b.get(0).doubleValue(), b.get(1).doubleValue()};
    }

    @Test
    void choosingGlmmDisablesTheMethodAndKnappHartungAndTheResultSaysMl() {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/synthesis");
        page.selectOption("#method", "DL");
        page.check("#knha");
        PlaywrightAssertions.assertThat(page.locator("#glmm-note")).isHidden();
        page.selectOption("#measure", "GLMM");
        PlaywrightAssertions.assertThat(page.locator("#method")).isDisabled();
        PlaywrightAssertions.assertThat(page.locator("#method")).hasValue("ML");
        PlaywrightAssertions.assertThat(page.locator("#knha")).isDisabled();
        PlaywrightAssertions.assertThat(page.locator("#knha")).not().isChecked();
        PlaywrightAssertions.assertThat(page.locator("#glmm-note")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#glmm-note")).containsText("maximum likelihood (ML)");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#tau2-method")).containsText("ML — the GLMM is fitted by "
                + "maximum likelihood");
        PlaywrightAssertions.assertThat(page.locator("#synthesis-error")).hasCount(0);
        assertThat(page.url()).contains("measure=GLMM").doesNotContain("method=").doesNotContain("knha");
        // back to an inverse-variance measure: the choices made before come back
        page.selectOption("#measure", "PLO");
        PlaywrightAssertions.assertThat(page.locator("#method")).isEnabled();
        PlaywrightAssertions.assertThat(page.locator("#method")).hasValue("DL");
        PlaywrightAssertions.assertThat(page.locator("#knha")).isChecked();
        PlaywrightAssertions.assertThat(page.locator("#glmm-note")).isHidden();

        // a page rendered with GLMM (a shared link with method=DL) comes back to the method of its link
        page.navigate("http://localhost:" + port + "/synthesis?outcome=uptake&measure=GLMM&method=DL");
        PlaywrightAssertions.assertThat(page.locator("#method")).isDisabled();
        PlaywrightAssertions.assertThat(page.locator("#method")).hasValue("ML");
        PlaywrightAssertions.assertThat(page.locator("#tau2-method")).containsText("(DL was asked for and not used)");
        page.selectOption("#measure", "PLO");
        PlaywrightAssertions.assertThat(page.locator("#method")).hasValue("DL");
        PlaywrightAssertions.assertThat(page.locator("#knha")).not().isChecked();
        page.close();
    }
}
