package org.rediff.app.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rediff.app.dosimetry.DosimetryService;
import org.rediff.app.outcomes.OutcomesService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uploads over the 10 MB limit on the dosimetry and outcomes pages: the refusal names the limit in the result panel,
 * and the same form then runs a valid input without a reload. A plan of several MB (over Tomcat's default 2 MB for
 * form fields) runs.
 */
class UploadLimitBrowserTest extends BrowserTestBase {
    /** Just over the limit: the page reads the file into its text area, which is what is posted. */
    private static final int OVER_LIMIT = 10 * 1024 * 1024 + 200_000;
    /*
     * Handing 10 MB to the page and posting it takes seconds on a loaded machine: these waits are longer than
     * Playwright's 5 s default. They bound the wait only; nothing asserts how long it took.
     */
    private static final LocatorAssertions.HasTextOptions SLOW_TEXT =
            new LocatorAssertions.HasTextOptions().setTimeout(60_000);
    private static final LocatorAssertions.ContainsTextOptions SLOW_CONTAINS =
            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

    @Autowired
    DosimetryService dosimetry;
    @Autowired
    OutcomesService outcomes;

    private static byte[] filler(int size) {
        final byte[] b = new byte[size];
        Arrays.fill(b, (byte) ' ');
        return b;
    }

    /**
     * The bytes as a file under target/: the browser reads a path itself, while a payload of megabytes is copied
     * through Playwright's connection, which can take longer than its 30 s on a loaded machine.
     */
    private static Path file(String name, byte[] content) {
        try {
            final Path dir = Files.createDirectories(Path.of("target", "upload-limit"));
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void dosimetryRefusesAFileOverTheLimitInPlaceThenPlansAValidOne() {
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/dosimetry");
        page.waitForLoadState(LoadState.LOAD);

        page.setInputFiles("#plan-file", file("huge-plan.json", filler(OVER_LIMIT)));
        PlaywrightAssertions.assertThat(page.locator("#plan-file-status")).hasText("huge-plan.json loaded", SLOW_TEXT);
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#result #request-error")).containsText("over the limit of 10 MB", SLOW_CONTAINS);
        PlaywrightAssertions.assertThat(page.locator("#result #request-error")).containsText("10.2 MB");
        PlaywrightAssertions.assertThat(page.locator("#run")).isEnabled();

        // a plan file of several MB (the example padded with white space, still valid JSON) runs in the same form
        final byte[] example = dosimetry.example().getBytes(StandardCharsets.UTF_8);
        final byte[] padded = Arrays.copyOf(example, 3 * 1024 * 1024);
        Arrays.fill(padded, example.length, padded.length, (byte) ' ');
        page.setInputFiles("#plan-file", file("large-plan.json", padded));
        PlaywrightAssertions.assertThat(page.locator("#plan-file-status")).hasText("large-plan.json loaded", SLOW_TEXT);
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#rx-activity"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        PlaywrightAssertions.assertThat(page.locator("#request-error")).hasCount(0);
        PlaywrightAssertions.assertThat(page).hasURL("http://localhost:" + port + "/dosimetry");
    }

    @Test
    void outcomesRefusesAFileOverTheLimitInPlaceThenAnalysesTheExample() {
        final Page page = signedInPage();
        // the outcomes sub-menu is not on the home page, and once in the outcomes page's main column
        PlaywrightAssertions.assertThat(page.locator("nav.subnav")).hasCount(0);
        page.navigate("http://localhost:" + port + "/outcomes");
        page.waitForLoadState(LoadState.LOAD);
        PlaywrightAssertions.assertThat(page.locator("nav.subnav")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("main > nav.subnav")).isVisible();

        page.setInputFiles("#cohort-file", file("huge.csv", filler(OVER_LIMIT)));
        PlaywrightAssertions.assertThat(page.locator("#cohort-file-status")).hasText("huge.csv loaded", SLOW_TEXT);
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#result #request-error")).containsText("over the limit of 10 MB", SLOW_CONTAINS);

        // the same form, without a reload, analyses the example cohort put in the text area the file picker fills.
        // (A cohort padded to several MB with blank lines made Chromium lay out millions of text-area lines and
        // timed the test out now and then; the several-MB upload through the same limit is the dosimetry test's.)
        page.evaluate("text => { document.getElementById('cohort').value = text; }", outcomes.exampleCohort());
        page.click("#run");
        PlaywrightAssertions.assertThat(page.locator("#waterfall svg.waterfall-plot"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        PlaywrightAssertions.assertThat(page.locator("#request-error")).hasCount(0);
        PlaywrightAssertions.assertThat(page).hasURL("http://localhost:" + port + "/outcomes");
    }
}
