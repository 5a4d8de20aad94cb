package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The design page in headless Chromium (recipe: docs/background/stack-notes.md §1), one Playwright for the class. */
class DesignBrowserTest extends BrowserTestBase {

    @Test
    void aSimonDesignPlannedFromTheEvidence() throws Exception {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/");
        page.click("header.site nav a[href='/design']");
        PlaywrightAssertions.assertThat(page.locator("#tab-simon")).hasClass("active");

        // entering the values dims the evidence settings; choosing one of them plans from the evidence again
        page.check("#source-given");
        PlaywrightAssertions.assertThat(page.locator("#evidence-fields")).hasClass("inactive");
        PlaywrightAssertions.assertThat(page.locator("#p0")).hasAttribute("placeholder", "e.g. 0.1");
        page.selectOption("#outcome", "uptake");
        PlaywrightAssertions.assertThat(page.locator("#source-evidence")).isChecked();
        page.check("#source-evidence");
        page.selectOption("#genotype", "RAS");
        page.selectOption("#measure", "GLMM");
        PlaywrightAssertions.assertThat(page.locator("#p0")).hasAttribute("placeholder", "from the evidence");
        page.click("#run");

        PlaywrightAssertions.assertThat(page.locator("#simon-optimal")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#simon-minimax")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("svg.oc-plot")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#planning-source")).containsText("RAS");
        PlaywrightAssertions.assertThat(page.locator("#planning-source")).containsText("GLMM");
        assertThat(page.locator("svg.oc-plot path.oc-power").count()).isEqualTo(2);
        assertThat(page.locator("svg.oc-plot path.oc-en").count()).isEqualTo(2);
        assertThat(page.url()).contains("/design?type=simon", "genotype=RAS");   // htmx pushed the URL
        // the plot fits its grid cell (the SVG is 720 px wide and must scale down, not overflow)
        assertThat(page.locator("#oc-plot svg").boundingBox().width)
                .isLessThanOrEqualTo(page.locator("figure#oc-plot").boundingBox().width);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/design.png")).setFullPage(true));

        final Download svg = page.waitForDownload(() -> page.click("#download-svg"));
        assertThat(svg.suggestedFilename()).isEqualTo("oc-simon.svg");
        assertThat(Files.readString(svg.path(), StandardCharsets.UTF_8)).contains("class=\"oc-plot\"");
        final Download json = page.waitForDownload(() -> page.click("#download-json"));
        assertThat(json.suggestedFilename()).isEqualTo("design-simon.json");
        assertThat(Files.readString(json.path(), StandardCharsets.UTF_8)).contains("\"optimal\"", "RAS cohorts");

        // input the core rejects: htmx swaps in the 400 answer's message, and the designs are gone
        page.check("#source-given");
        page.fill("#p0", "0.3");
        page.fill("#p1", "0.1");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#design-error")).containsText("p1 must be greater than p0");
        PlaywrightAssertions.assertThat(page.locator("svg.oc-plot")).hasCount(0);

        // Simon 1989 by hand, then the same values as a single-stage design through its tab
        page.fill("#p0", "0.1");
        page.fill("#p1", "0.3");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#simon-optimal td:nth-child(2)")).hasText("1/10");
        PlaywrightAssertions.assertThat(page.locator("#simon-optimal td:nth-child(3)")).hasText("5/29");
        page.click("#tab-single");
        PlaywrightAssertions.assertThat(page.locator("#single-smallest")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("svg.oc-plot")).isVisible();
        page.close();
    }

    /** Time-to-event: units under every field, and the power curve drawn inside its figure (issue 17). */
    @Test
    void aTimeToEventDesignWithUnitsAndItsPowerCurve() {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/design?type=survival");
        PlaywrightAssertions.assertThat(page.locator("label:has(#median-control) .unit")).hasText("months");
        PlaywrightAssertions.assertThat(page.locator("label:has(#accrual) .unit")).hasText("months");
        PlaywrightAssertions.assertThat(page.locator("label:has(#follow-up) .unit")).hasText("months");
        PlaywrightAssertions.assertThat(page.locator("label:has(#hr) .unit")).containsText("no unit");
        page.fill("#hr", "0.6");
        page.fill("#median-control", "12");
        page.fill("#accrual", "24");
        page.fill("#follow-up", "12");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#survival-events")).hasText("121");
        PlaywrightAssertions.assertThat(page.locator("#survival-patients-label")).containsText("36");
        PlaywrightAssertions.assertThat(page.locator("svg.survival-power-plot circle.design-point")).isVisible();
        assertThat(page.locator("#survival-plot svg").boundingBox().width)
                .isLessThanOrEqualTo(page.locator("figure#survival-plot").boundingBox().width);
        PlaywrightAssertions.assertThat(page.locator("#download-svg")).hasText("power curve (SVG)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/design-survival.png"))
                .setFullPage(true));
        page.close();
    }
}
