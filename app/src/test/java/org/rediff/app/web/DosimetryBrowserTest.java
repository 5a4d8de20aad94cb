package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Media;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.rediff.app.dosimetry.DosimetryService;
import org.rediff.io.dosimetry.PlanInputJson;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The dosimetry page in headless Chromium (recipe: docs/background/stack-notes.md §1), one Playwright for the class. */
class DosimetryBrowserTest extends BrowserTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DosimetryService service;

    /** The smallest rendered font size of the text in the visible time-activity charts, in CSS px. */
    static double smallestPlotFontPx(Page page) {
        return ((Number) page.evaluate("() => Math.min(...[...document.querySelectorAll('svg.tac-plot text')]"
                + ".filter(t => t.getBoundingClientRect().width > 0)"
                + ".map(t => { const m = t.getScreenCTM(); return Math.hypot(m.a, m.b) * parseFloat(getComputedStyle(t).fontSize); }))")).doubleValue();
    }

    @Test
    void loadTheExamplePlanItAndReadThePrescription() {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/");
        page.click("header.site nav a[href='/dosimetry']");
        // wait until the page's script has run: a click before it would follow the no-JavaScript link
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        PlaywrightAssertions.assertThat(page.locator("#plan")).hasValue("");

        page.click("#load-example");
        PlaywrightAssertions.assertThat(page.locator("#plan")).hasValue(service.example());
        assertThat(page.url()).endsWith("/dosimetry");   // filled in place, no reload
        page.click("#run");

        PlaywrightAssertions.assertThat(page.locator("#rx-activity")).isVisible();
        final double activity = Double.parseDouble(page.locator("#rx-activity").textContent().strip());
        assertThat(activity).isGreaterThan(0.0).isLessThanOrEqualTo(11.1);
        assertThat(page.locator("#rx-limited-by").textContent().strip()).isIn("target", "blood", "retention", "cap");
        assertThat(page.locator("#rx-proceed").textContent().strip()).isIn("yes", "no");
        assertThat(Double.parseDouble(page.locator("#blood-mta").textContent().strip())).isPositive();
        assertThat(page.locator("svg.tac-plot").count()).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("svg.tac-plot path.fit").count()).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("svg.tac-plot circle.measurement").count()).isGreaterThanOrEqualTo(4 * 6);
        assertThat(page.locator("#lesion-table tbody tr").count()).isEqualTo(3);
        PlaywrightAssertions.assertThat(page.locator("#warnings")).isVisible();
        // the curves fit their grid cells (the SVGs are 640 px wide and must scale down, not overflow)
        final double plotWidth = page.locator("svg.tac-plot").first().boundingBox().width;
        final double cellWidth = page.locator("figure.tac").first().boundingBox().width;
        assertThat(plotWidth).isLessThanOrEqualTo(cellWidth);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/dosimetry.png")).setFullPage(true));

        // issue 17: the warnings are ranked, safety first, one entry for the correlated parameters, each with what to do
        assertThat(page.locator("#warnings .warning-level h3").allTextContents())
                .containsExactly("limits and safety", "fit and data quality");
        assertThat(page.locator("#warnings-safety li").count()).isEqualTo(3);
        assertThat(page.locator("#warnings li.warning-parameters_correlated").count()).isEqualTo(1);
        PlaywrightAssertions.assertThat(page.locator("#warnings li.warning-parameters_correlated"))
                .containsText("in 5 fits: whole_body (|r| = 1.00)");
        assertThat(page.locator("#warnings li .warning-advice").count()).isEqualTo(page.locator("#warnings li")
                .count());
        // the header of the whole body names the fit of the 48-h retention
        PlaywrightAssertions.assertThat(page.locator("#wb-retention-fit")).hasText("mono");
        PlaywrightAssertions.assertThat(page.locator("#candidates")).containsText("Blood (per ml)");

        // plot text is readable: at least 11 px on screen
        assertThat(smallestPlotFontPx(page)).isGreaterThanOrEqualTo(11.0);
        // the curves switch to a logarithmic y axis and back, in place
        assertThat(page.locator("svg.tac-plot[data-scale=log]").first().isVisible()).isFalse();
        page.click("#tac-scale-log-label");
        PlaywrightAssertions.assertThat(page.locator("svg.tac-plot[data-scale=log]").first()).isVisible();
        PlaywrightAssertions.assertThat(page.locator("svg.tac-plot[data-scale=linear]").first()).isHidden();
        assertThat(page.locator("svg.tac-plot[data-scale=log]").first().textContent()).contains(", log");
        assertThat(smallestPlotFontPx(page)).isGreaterThanOrEqualTo(11.0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/dosimetry-log.png")).setFullPage(true));
        page.click("#tac-scale-linear-label");
        PlaywrightAssertions.assertThat(page.locator("svg.tac-plot[data-scale=linear]").first()).isVisible();

        // the printable report opens in a new tab with the same prescription
        final Page report = page.context().waitForPage(() -> page.click("#download-report"));
        report.waitForLoadState();
        PlaywrightAssertions.assertThat(report.locator("#rx-activity"))
                .hasText(page.locator("#rx-activity").textContent());
        assertThat(report.locator("svg.tac-plot").count()).isEqualTo(page.locator("svg.tac-plot").count());
        report.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/dosimetry-report.png"))
                .setFullPage(true));
        // as printed: A4 width, print styles (the print button hides), and Chromium's own PDF of it
        report.setViewportSize(794, 1123);
        report.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        PlaywrightAssertions.assertThat(report.locator("#print")).isHidden();
        // two charts a row on A4, and their text still at least 11 px
        assertThat(smallestPlotFontPx(report)).isGreaterThanOrEqualTo(11.0);
        // a clinical document: patient and scans ("not given" in the example), who computed it, signature lines
        PlaywrightAssertions.assertThat(report.locator("#report-patient-id")).hasText("not given");
        PlaywrightAssertions.assertThat(report.locator("#report-computed-by")).hasText("admin");
        PlaywrightAssertions.assertThat(report.locator("#signatures")).isVisible();
        assertThat(report.locator("#signatures .signature-line").count()).isEqualTo(4);
        report.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/dosimetry-report-print.png"))
                .setFullPage(true));
        final byte[] pdf = report.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true)
                .setPath(Paths.get("target/dosimetry-report.pdf")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        report.close();

        // the JSON result downloads
        final Download download = page.waitForDownload(() -> page.click("#download-json"));
        assertThat(download.suggestedFilename()).isEqualTo("dosimetry-result.json");

        // input the core rejects: htmx swaps in the 400 answer's message, and the result is gone
        page.fill("#plan", service.example().replace("\"weight_kg\": 70, ", ""));
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#dosimetry-error")).containsText("patient.weight_kg is required");
        PlaywrightAssertions.assertThat(page.locator("#rx-activity")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("svg.tac-plot")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/dosimetry-error.png")));
        page.close();
    }

    @Test
    void theFormViewEditsTheSamePlanJson() {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/dosimetry");
        page.click("#load-example");
        page.click("#tab-form");
        PlaywrightAssertions.assertThat(page.locator("#plan")).isHidden();
        PlaywrightAssertions.assertThat(page.locator("#f-weight")).hasValue("70");
        PlaywrightAssertions.assertThat(page.locator("#f-tracer")).hasValue("I-124");
        PlaywrightAssertions.assertThat(page.locator("#f-wb tbody tr")).hasCount(6);
        PlaywrightAssertions.assertThat(page.locator(".plan-lesion")).hasCount(3);
        PlaywrightAssertions.assertThat(page.locator("#f-lesion-1-id")).hasValue("L2");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/dosimetry-form.png")).setFullPage(true));

        // the form writes the JSON the text area posts; unchanged values survive the round trip
        page.fill("#f-weight", "80");
        page.fill("#f-lesion-2-m-5-value", "0.07");
        page.click("#tab-json");
        final String edited = page.locator("#plan").inputValue();
        final JsonNode expected = JSON.readTree(service.example());
        ((ObjectNode) expected.get("patient")).put("weight_kg", 80);
        ((ObjectNode) expected.get("lesions").get(2).get("measurements").get(5)).put("percent_administered", 0.07);
        // the same plan for the server (JavaScript writes 52.0 as 52, so compare what the server reads)
        assertThat(PlanInputJson.read(edited, "form")).isEqualTo(PlanInputJson.read(expected.toString(), "form"));
        assertThat(edited).contains("{\"hours\": 2, \"percent_administered\": 95.1},\n");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#plan-input")).containsText("80 kg");

        // a measurement added and left empty: the server names it
        page.click("#tab-form");
        page.click("#f-wb-add");
        PlaywrightAssertions.assertThat(page.locator("#f-wb tbody tr")).hasCount(7);
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#dosimetry-error"))
                .containsText("whole_body[6].hours is required");

        // JSON the form cannot read is reported, not lost
        page.click("#tab-json");
        page.fill("#plan", "{\"patient\": ");
        page.click("#tab-form");
        PlaywrightAssertions.assertThat(page.locator("#plan-form-error")).containsText("cannot be read");
        page.click("#tab-json");
        PlaywrightAssertions.assertThat(page.locator("#plan")).hasValue("{\"patient\": ");
        page.close();
    }

    @Test
    void anUploadedFileFillsTheTextArea() throws Exception {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/dosimetry");
        final String edited = service.example().replace("\"target_dose_Gy\": 20", "\"target_dose_Gy\": 25");
        page.setInputFiles("#plan-file", new FilePayload("patient.json", "application/json",
                edited.getBytes(StandardCharsets.UTF_8)));
        PlaywrightAssertions.assertThat(page.locator("#plan")).hasValue(edited);
        PlaywrightAssertions.assertThat(page.locator("#plan-file-status")).containsText("patient.json");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#rx-activity")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#plan-input")).containsText("25 Gy");
        page.close();
    }

}
