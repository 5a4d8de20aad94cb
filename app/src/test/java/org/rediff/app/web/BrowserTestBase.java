package org.rediff.app.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Headless Chromium driven by Playwright: no browser download, the system executable found by
 * {@link BrowserLocator}, sandbox and background networking off. One Playwright per test class, because each creation unpacks
 * its ~200 MB driver.
 */
abstract class BrowserTestBase extends WebTestBase {
    static Playwright playwright;
    static Browser browser;
    /** Set when no browser was found and this is not CI: every test of the class is then skipped. */
    static BrowserGate.BrowserMissing missing;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browser = null;
        playwright = null;
        // Decided before Playwright starts: skip locally, fail under CI=true (BrowserGate).
        final Path chromium;
        try {
            chromium = BrowserGate.requireBrowser(BrowserLocator.ofSystem());
            missing = null;
        } catch (BrowserGate.BrowserMissing e) {
            missing = e;
            return;
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /**
     * A page in a fresh browser context signed in as the test administrator through the login form, as a user
     * signs in.
     */
    Page signedInPage() {
        final Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.fill("#username", "admin");
        page.fill("#password", WebTestSecurity.ADMIN_PASSWORD);
        page.click("#sign-in");
        page.waitForURL("http://localhost:" + port + "/");
        return page;
    }

    @BeforeEach
    void skipWithoutBrowser() {
        if (missing != null) {
            throw new BrowserGate.BrowserMissing(missing.getMessage());
        }
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }
}
