package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The skip and failure paths of the browser tests, with a made-up environment instead of the machine's. */
class BrowserGateTest {

    @TempDir
    Path dir;

    @Test
    void absentBrowserSkipsLocallyNamingWhatToInstall() {
        final BrowserLocator locator = new BrowserLocator(Map.of("PATH", dir.toString()));
        assertThat(locator.locate()).isEmpty();
        assertThatThrownBy(() -> BrowserGate.requireBrowser(locator))
                .isInstanceOf(TestAbortedException.class)
                .isInstanceOf(BrowserGate.BrowserMissing.class)
                .hasMessageContaining("apt-get install chromium chromium-driver")
                .hasMessageContaining("chromium, chromium-browser, google-chrome not on PATH");
    }

    @Test
    void absentBrowserUnderCiFailsNamingTheBrowser() {
        final BrowserLocator locator = new BrowserLocator(Map.of("PATH", dir.toString(), "CI", "true"));
        assertThatThrownBy(() -> BrowserGate.requireBrowser(locator))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CI=true")
                .hasMessageContaining("no Chromium found");
    }

    @Test
    void explicitPathToAMissingFileIsNamed() {
        final String missing = dir.resolve("nowhere/chromium").toString();
        final BrowserLocator locator = new BrowserLocator(Map.of("REDIFF_CHROMIUM", missing, "CI", "true"));
        assertThat(locator.locate()).isEmpty();
        assertThatThrownBy(() -> BrowserGate.requireBrowser(locator))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("REDIFF_CHROMIUM=" + missing + " is not an executable file");
    }

    @Test
    void explicitVariablesComeBeforePathInOrder() throws IOException {
        final Path onPath = executable(dir.resolve("bin"), "chromium");
        final Path viaChromiumPath = executable(dir.resolve("alt"), "chrome");
        final Path viaRediff = executable(dir.resolve("ours"), "chrome");
        final String path = dir.resolve("bin").toString();

        assertThat(new BrowserLocator(Map.of("PATH", path)).locate()).contains(onPath);
        assertThat(new BrowserLocator(Map.of("PATH", path, "CHROMIUM_PATH", viaChromiumPath.toString())).locate())
                .contains(viaChromiumPath);
        assertThat(new BrowserLocator(Map.of("PATH", path, "CHROMIUM_PATH", viaChromiumPath.toString(),
                "REDIFF_CHROMIUM", viaRediff.toString())).locate()).contains(viaRediff);
        assertThat(BrowserGate.requireBrowser(new BrowserLocator(Map.of("PATH", path, "CI", "true"))))
                .isEqualTo(onPath);
    }

    @Test
    void pathNamesAreTriedInOrderAndNonExecutablesIgnored() throws IOException {
        final Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("chromium"), "not executable");
        final Path chrome = executable(bin, "google-chrome");
        final Path browser = executable(dir.resolve("other"), "chromium-browser");
        final String path = bin + java.io.File.pathSeparator + browser.getParent();
        assertThat(new BrowserLocator(Map.of("PATH", path)).locate()).contains(browser);
        assertThat(new BrowserLocator(Map.of("PATH", bin.toString())).locate()).contains(chrome);
    }

    private static Path executable(Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        final Path file = directory.resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
