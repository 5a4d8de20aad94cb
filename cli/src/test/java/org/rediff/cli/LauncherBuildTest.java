package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./rediff} launcher's first build, with a stand-in Maven wrapper that prints Maven's reactor lines:
 * each module is announced with its place in the build and the elapsed seconds (not a silent minute), and a failed
 * build shows Maven's errors and exits non-zero.
 */
class LauncherBuildTest {
    private static final String MAVEN_OUTPUT = String.join("\n",
            "[INFO] Scanning for projects...",
            "[INFO] Building rediff 0.1.0-SNAPSHOT                                          [1/3]",
            "[INFO] Building rediff core 0.1.0-SNAPSHOT                                     [2/3]",
            "[INFO] Building jar: /x/core/target/rediff-core.jar",
            "[INFO] Building rediff cli 0.1.0-SNAPSHOT                                      [3/3]",
            "[ERROR] Failed to execute goal on project rediff-cli: compilation failure",
            "");

    private static Process launch(Path dir) throws IOException {
        return new ProcessBuilder("bash", dir.resolve("rediff").toString(), "--version").directory(dir.toFile())
                .redirectErrorStream(true).start();
    }

    @Test
    void theFirstBuildShowsEachModuleAndAFailureShowsMavensErrors(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("../rediff"), dir.resolve("rediff"));
        final Path mvnw = dir.resolve("mvnw");
        Files.writeString(mvnw, "#!/usr/bin/env bash\ncat <<'OUT'\n" + MAVEN_OUTPUT + "OUT\nexit 1\n");
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
        final Process p = launch(dir);
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out).containsPattern("rediff: +\\[2/3\\] rediff core \\(\\d+s\\)")
                .containsPattern("rediff: +\\[3/3\\] rediff cli \\(\\d+s\\)")
                .doesNotContain("Building jar")
                .contains("[ERROR] Failed to execute goal on project rediff-cli")
                .containsPattern("rediff: build failed after \\d+ s");
    }
}
