package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.app.outcomes.OutcomesService;
import org.springframework.beans.factory.annotation.Autowired;

/** The outcomes pages in headless Chromium (recipe: docs/background/stack-notes.md §1), one Playwright for the class. */
class OutcomesBrowserTest extends BrowserTestBase {

    @Autowired
    OutcomesService service;

    @Test
    void theCohortExampleThenTheRecistWorksheet() throws Exception {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/");
        page.click("header.site nav a[href='/outcomes']");
        PlaywrightAssertions.assertThat(page.locator("#cohort")).hasValue("");
        PlaywrightAssertions.assertThat(page.locator("#example-note")).isHidden();

        page.fill("#covariates", "stage");   // settings of another data set are reset by the example
        page.click("#load-example");
        PlaywrightAssertions.assertThat(page.locator("#cohort")).hasValue(service.exampleCohort());
        PlaywrightAssertions.assertThat(page.locator("#covariates")).hasValue("");
        PlaywrightAssertions.assertThat(page.locator("#group")).hasValue("group");
        PlaywrightAssertions.assertThat(page.locator("#times")).hasValue("6, 12, 24");
        assertThat(page.url()).endsWith("/outcomes");   // filled in place, no reload
        PlaywrightAssertions.assertThat(page.locator("#example-note")).isVisible();
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#example-result-note")).isVisible();
        // 7 of 20 respond; R binom.test(7, 20) gives 0.1539092 to 0.5921885
        PlaywrightAssertions.assertThat(page.locator("#orr")).hasText("35.0");
        PlaywrightAssertions.assertThat(page.locator("#orr-ci")).hasText("15.4–59.2%");

        PlaywrightAssertions.assertThat(page.locator("#waterfall svg.waterfall-plot")).isVisible();
        assertThat(page.locator("#waterfall rect.bar").count()).isGreaterThanOrEqualTo(10);
        PlaywrightAssertions.assertThat(page.locator("#swimmer svg.swimmer-plot")).isVisible();
        assertThat(page.locator("#swimmer rect.bar").count()).isEqualTo(20);
        PlaywrightAssertions.assertThat(page.locator("svg.km-plot")).isVisible();
        assertThat(page.locator("svg.km-plot path.km-curve").count()).isEqualTo(2);
        final double p = Double.parseDouble(page.locator("#logrank-p").textContent().strip());
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(Double.parseDouble(page.locator("#km-median").textContent().strip())).isPositive();
        assertThat(page.locator("#cox-table tbody tr").count()).isEqualTo(1);
        // the charts fit their grid cells (the SVGs are 720 px wide and must scale down, not overflow)
        for (String id : List.of("waterfall", "swimmer", "km")) {
            final double svg = page.locator("#" + id + " svg").boundingBox().width;
            final double cell = page.locator("figure#" + id).boundingBox().width;
            assertThat(svg).as(id).isLessThanOrEqualTo(cell);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/outcomes.png")).setFullPage(true));

        // a chart and the survival JSON download
        final Download svg = page.waitForDownload(() -> page.click("#download-waterfall"));
        assertThat(svg.suggestedFilename()).isEqualTo("waterfall.svg");
        assertThat(Files.readString(svg.path(), StandardCharsets.UTF_8)).contains("class=\"waterfall-plot\"");
        final Download json = page.waitForDownload(() -> page.click("#download-json"));
        assertThat(json.suggestedFilename()).isEqualTo("survival.json");

        // input the core rejects: htmx swaps in the 400 answer's message, and the result is gone
        page.fill("#cohort", service.exampleCohort().replace("DEMO-05,BRAF,72,-22.4,SD,11.8,1",
                "DEMO-05,BRAF,72,-22.4,SD,11.8,yes"));
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#outcomes-error"))
                .containsText("row 5 (patient 'DEMO-05'), field event: must be 0 (censored) or 1 (event), got 'yes'");
        PlaywrightAssertions.assertThat(page.locator("svg.km-plot")).hasCount(0);

        // the RECIST worksheet, reached from the cohort page
        page.click("nav.subnav a[href='/outcomes/recist']");
        PlaywrightAssertions.assertThat(page.locator("#recist")).hasValue("");
        page.click("#load-example");
        PlaywrightAssertions.assertThat(page.locator("#recist")).hasValue(service.exampleRecist());
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#recist-bor")).hasText("PR");
        PlaywrightAssertions.assertThat(page.locator("#recist-best-change")).hasText("−50.0");
        PlaywrightAssertions.assertThat(page.locator("#recist-worksheet tbody tr")).hasCount(4);
        PlaywrightAssertions.assertThat(page.locator("#tg-table tbody tr")).hasCount(4);
        PlaywrightAssertions.assertThat(page.locator("#tg-ata")).hasText("structural incomplete");
        // the unconfirmed day-91 PR is marked in its row and its note says why the best response is still PR
        PlaywrightAssertions.assertThat(page.locator("#tp-2 .unconfirmed")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#recist-worksheet .unconfirmed")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("#recist-notes li").first())
                .containsText("2026-04-06 (follow-up 2, day 91): PR not confirmed");
        PlaywrightAssertions.assertThat(page.locator("#recist-notes li").first())
                .containsText("still PR, from the PR of 2026-03-02 (follow-up 1, day 56)");
        // the spider plot: a marker per assessment and the RECIST 1.1 thresholds, within its figure
        PlaywrightAssertions.assertThat(page.locator("#spider svg.spider-plot")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#spider circle.point")).hasCount(4);
        PlaywrightAssertions.assertThat(page.locator("#spider line.ref-line")).hasCount(2);
        assertThat(page.locator("#spider svg").boundingBox().width)
                .isLessThanOrEqualTo(page.locator("figure#spider").boundingBox().width);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/recist.png")).setFullPage(true));

        page.fill("#recist", service.exampleRecist().replace("\"T2\": 14,", "\"T2\": 8,"));
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#recist-error"))
                .containsText("target lesion 'T2' is not measurable at baseline");
        PlaywrightAssertions.assertThat(page.locator("#recist-bor")).hasCount(0);
        page.close();
    }

    @Test
    void anUploadedCohortFillsTheTextArea() {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/outcomes");
        page.click("#load-example");   // the example first: its note goes once the user's own file replaces it
        PlaywrightAssertions.assertThat(page.locator("#example-note")).isVisible();
        page.setInputFiles("#cohort-file", new FilePayload("aml.csv", "text/csv",
                service.aml().getBytes(StandardCharsets.UTF_8)));
        PlaywrightAssertions.assertThat(page.locator("#cohort")).hasValue(service.aml());
        PlaywrightAssertions.assertThat(page.locator("#cohort-file-status")).containsText("aml.csv");
        PlaywrightAssertions.assertThat(page.locator("#example-note")).isHidden();
        page.fill("#event", "status");
        page.fill("#group", "x");
        page.fill("#unit", "weeks");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#logrank-chisq")).hasText("3.3964");
        PlaywrightAssertions.assertThat(page.locator("#group-Maintained td.median")).hasText("31");
        PlaywrightAssertions.assertThat(page.locator("#group-Nonmaintained td.median")).hasText("23");
        PlaywrightAssertions.assertThat(page.locator("#waterfall rect.bar")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#example-result-note")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#example-note")).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/outcomes-aml.png")).setFullPage(true));
        page.close();
    }

    /** Counts expected for the example listing: see AdverseEventsPagesTest (counted by hand). */
    @Test
    void theAdverseEventExampleGivesTheWorstGradeSummary() {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/outcomes/recist");
        page.click("nav.subnav a[href='/outcomes/adverse-events']");
        PlaywrightAssertions.assertThat(page.locator("#events")).hasValue("");
        page.click("#load-example");
        PlaywrightAssertions.assertThat(page.locator("#events")).hasValue(service.exampleAdverseEvents());
        PlaywrightAssertions.assertThat(page.locator("#treated")).hasValue("20");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#ae-with-events")).hasText("17");
        PlaywrightAssertions.assertThat(page.locator("#ae-grade3-pct")).hasText("25.0");
        PlaywrightAssertions.assertThat(page.locator("#ae-terms tbody tr")).hasCount(12);
        // the 3 treated patients without events have their row and their bar
        PlaywrightAssertions.assertThat(page.locator("#ae-no-event")).containsText("No event");
        PlaywrightAssertions.assertThat(page.locator("#ae-no-event td.num").first()).hasText("3");
        PlaywrightAssertions.assertThat(page.locator("#ae-grade-chart svg.grade-chart")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#ae-grade-chart rect.bar")).hasCount(6);
        PlaywrightAssertions.assertThat(page.locator("#ae-grade-chart rect.bar[data-grade=none]"))
                .hasAttribute("data-patients", "3");
        PlaywrightAssertions.assertThat(page.locator("#ae-term-flags")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/adverse-events.png"))
                .setFullPage(true));

        page.check("#related-only");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#ae-with-events")).hasText("15");
        PlaywrightAssertions.assertThat(page.locator("#ae-grade3-pct")).hasText("20.0");

        // a misspelt term is flagged with the likely CTCAE term and still counted on its own
        page.uncheck("#related-only");
        page.fill("#events", service.exampleAdverseEvents() + "DEMO-20,Fatige,1,possible,2026-02-01,,none\n");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#ae-term-flags")).containsText("Fatige");
        PlaywrightAssertions.assertThat(page.locator("#ae-term-flags li")).hasAttribute("data-likely", "Fatigue");
        PlaywrightAssertions.assertThat(page.locator("#ae-terms tbody tr.flagged")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("#ae-terms tbody tr")).hasCount(13);
        PlaywrightAssertions.assertThat(page.locator("#ae-no-event td.num").first()).hasText("2");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/adverse-events-flagged.png"))
                .setFullPage(true));

        page.fill("#treated", "10");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#ae-error"))
                .containsText("treated patients (10) must be at least the number of patients with events (18)");
        PlaywrightAssertions.assertThat(page.locator("#ae-table")).hasCount(0);
        page.close();
    }
}
