package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.service.evidence.EvidenceStore;
import org.springframework.beans.factory.annotation.Autowired;

/** The evidence edit form's checks in place, and the evidence table at tablet width, in headless Chromium. */
class EvidencePagesBrowserTest extends BrowserTestBase {
    @Autowired
    EvidenceStore store;

    @Test
    void theEditFormRefusesAnImpossibleYearAndPmidBesideTheFieldsThenSavesTheCorrection() {
        final Page page = signedInPage();
        final long historyBefore = store.history("C08").size();
        page.navigate("http://localhost:" + port + "/evidence/C08/edit");
        page.fill("#f-year", "3025");
        page.fill("#f-pmid", "abc");
        page.fill("#f-notes", "Checked against the full text.");
        page.click("#save");

        // the messages name the field, the value and what is allowed, beside each field and in the list on top
        PlaywrightAssertions.assertThat(page.locator("#f-year-error")).containsText("year must be a year from 1900");
        PlaywrightAssertions.assertThat(page.locator("#f-year-error")).containsText("got 3025");
        PlaywrightAssertions.assertThat(page.locator("#f-pmid-error")).containsText("1 to 9 digits");
        PlaywrightAssertions.assertThat(page.locator("#f-pmid-error")).containsText("got 'abc'");
        PlaywrightAssertions.assertThat(page.locator("#errors")).containsText("Not saved");
        PlaywrightAssertions.assertThat(page.locator("#f-year")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#f-year")).hasAttribute("aria-describedby", "f-year-error");
        PlaywrightAssertions.assertThat(page.locator("#f-year")).hasClass(Pattern.compile("invalid"));
        PlaywrightAssertions.assertThat(page.locator("#f-notes")).hasValue("Checked against the full text.");
        PlaywrightAssertions.assertThat(page.locator("#f-doi-error")).hasCount(0);
        assertThat(store.history("C08")).hasSize((int) historyBefore);
        assertThat(store.find("C08").orElseThrow().citation().year()).isEqualTo(2019);

        page.fill("#f-year", "2019");
        page.fill("#f-pmid", "30880598");
        page.click("#save");
        PlaywrightAssertions.assertThat(page).hasURL("http://localhost:" + port + "/evidence/C08");
        PlaywrightAssertions.assertThat(page.locator("#saved")).containsText("Saved");
        assertThat(store.find("C08").orElseThrow().notes()).isEqualTo("Checked against the full text.");
        assertThat(store.find("C08").orElseThrow().citation().pmid()).isEqualTo("30880598");
        page.close();
    }

    @Test
    void atTabletWidthTheTableScrollsInItsBoxAndTheColumnsAreExplained() {
        final Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(768, 1024)).newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.fill("#username", "admin");
        page.fill("#password", WebTestSecurity.ADMIN_PASSWORD);
        page.click("#sign-in");
        page.waitForURL("http://localhost:" + port + "/");
        page.navigate("http://localhost:" + port + "/evidence");
        PlaywrightAssertions.assertThat(page.locator("#evidence-table tbody tr").first()).isVisible();

        // the page does not scroll sideways; the table does, inside its box
        final boolean pageOverflows = (Boolean) page.evaluate(
                "() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(pageOverflows).as("the page is wider than the 768 px viewport").isFalse();
        final var wrap = page.locator("#evidence-table-wrap");
        final double inner = ((Number) wrap.evaluate("e => e.scrollWidth")).doubleValue();
        final double outer = ((Number) wrap.evaluate("e => e.clientWidth")).doubleValue();
        assertThat(inner).as("the table is wider than its box at 768 px").isGreaterThan(outer);
        assertThat(outer).isLessThanOrEqualTo(768);

        // scrolled to the end, the study column is still in view at the box's left edge
        wrap.evaluate("e => { e.scrollLeft = e.scrollWidth; }");
        final double boxLeft = wrap.boundingBox().x;
        final double studyLeft = page.locator("#evidence-table tbody tr td:first-child").first().boundingBox().x;
        assertThat(studyLeft).isBetween(boxLeft - 1, boxLeft + 2);

        // what each column means, visible without hovering
        final var legend = page.locator("#evidence-legend");
        PlaywrightAssertions.assertThat(legend).isVisible();
        PlaywrightAssertions.assertThat(legend).containsText("complete + partial responses / the response denominator");
        PlaywrightAssertions.assertThat(legend).containsText("patients with restored radioiodine uptake");
        PlaywrightAssertions.assertThat(legend).containsText("days on the drug before the uptake assessment / in total");
        for (String header : new String[] {"Type", "Genotype", "Days on drug", "TSH", "Uptake method", "Restored",
                "Treated", "131I activity", "CR+PR", "Confidence"}) {
            assertThat(legend.locator("dt").allTextContents()).as(header).contains(header);
        }
        page.close();
    }
}
