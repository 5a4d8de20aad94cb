package org.rediff.app.web;

import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The decision taken before any browser is launched: run with the located Chromium, skip (a JUnit assumption per
 * test, so Surefire counts each as skipped, and {@link BrowserSkipReport} prints one line with the count), or, under
 * {@code CI=true}, fail naming the missing browser.
 */
final class BrowserGate {
    private BrowserGate() {
    }

    /** Marks an abort as "no browser", so that the report counts exactly these skips. */
    static final class BrowserMissing extends TestAbortedException {
        private static final long serialVersionUID = 1L;

        BrowserMissing(String message) {
            super(message);
        }
    }

    static Path requireBrowser(BrowserLocator locator) {
        final java.util.Optional<Path> found = locator.locate();
        if (found.isPresent()) {
            return found.get();
        }
        final String search = locator.describeSearch();
        if (locator.mustRun()) {
            throw new AssertionFailedError("CI=true and the browser tests cannot run: " + search
                    + ". Install it: " + BrowserLocator.INSTALL);
        }
        throw new BrowserMissing(search + ". Install it: " + BrowserLocator.INSTALL);
    }
}
