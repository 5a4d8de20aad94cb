package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The pages in headless Chromium (recipe: docs/background/stack-notes.md §1), one Playwright for the class. */
class BrowserTest extends BrowserTestBase {

    @Test
    void evidenceTableThenPooledUptakeWithForestPlot() {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/evidence");
        assertThat(page.locator("#evidence-table tbody tr").count()).isGreaterThan(10);
        assertThat(page.locator("#evidence-table a.pubmed").first().getAttribute("href"))
                .startsWith("https://pubmed.ncbi.nlm.nih.gov/");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/evidence.png")));

        // the htmx filter swaps the table in place
        page.selectOption("select[name=genotype]", "RAS");
        PlaywrightAssertions.assertThat(page.locator("#evidence-table tbody tr#study-P01b")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#evidence-table tbody tr#study-P01c")).hasCount(1);

        page.click("#study-P01c a[href='/evidence/P01c']");
        PlaywrightAssertions.assertThat(page.locator("#numbers")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/detail.png")).setFullPage(true));

        page.click("header.site nav a[href='/synthesis']");
        page.selectOption("#outcome", "uptake");
        page.selectOption("#measure", "PLO");
        page.selectOption("#method", "REML");
        page.selectOption("#by", "genotype");
        page.click("#run");

        final Locator estimate = page.locator("#pooled-estimate");
        PlaywrightAssertions.assertThat(estimate).isVisible();
        final double value = Double.parseDouble(estimate.textContent().strip());
        assertThat(value).isBetween(0.0, 1.0);
        assertThat(page.locator("svg.forest-plot .study").count()).isGreaterThanOrEqualTo(3);
        assertThat(page.locator("svg.forest-plot .diamond").count()).isGreaterThanOrEqualTo(1);
        assertThat(page.locator("#subgroups tbody tr").count()).isGreaterThanOrEqualTo(2);
        assertThat(page.url()).contains("outcome=uptake").contains("by=genotype");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/synthesis.png")).setFullPage(true));

        // a request the server rejects: htmx swaps in the 400 answer's message (htmx-config in the layout); GLMM
        // with Knapp-Hartung cannot be asked for on the form any more (SynthesisBrowserTest)
        page.fill("#level", "150");
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#synthesis-error")).containsText("level must be a percentage");
        PlaywrightAssertions.assertThat(page.locator("#pooled-estimate")).hasCount(0);
        page.close();
    }

    @Test
    void theEditFormShowsWhatIsWrongAndKeepsTheInput() {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/evidence/P01b/edit");
        page.fill("#f-n_restored", "10");
        page.click("#save");
        PlaywrightAssertions.assertThat(page.locator("#errors")).containsText("n_restored = 10 exceeds n_evaluable = 9");
        PlaywrightAssertions.assertThat(page.locator("#f-n_restored")).hasClass(java.util.regex.Pattern.compile("invalid"));
        PlaywrightAssertions.assertThat(page.locator("#f-n_restored")).hasValue("10");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/edit-error.png")));
        page.close();
    }
}
