package org.rediff.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Chromium the browser tests drive, instead of assuming {@code /usr/bin/chromium}: first an explicit path
 * ({@code REDIFF_CHROMIUM}, then {@code CHROMIUM_PATH}), then {@code chromium}, {@code chromium-browser} and
 * {@code google-chrome} on {@code PATH}. The environment is a parameter so that the skip and failure paths can be
 * tested without touching the machine's.
 */
record BrowserLocator(Map<String, String> env) {
    static final List<String> EXPLICIT = List.of("REDIFF_CHROMIUM", "CHROMIUM_PATH");
    static final List<String> ON_PATH = List.of("chromium", "chromium-browser", "google-chrome");
    static final String INSTALL = "apt-get install chromium chromium-driver";

    static BrowserLocator ofSystem() {
        return new BrowserLocator(System.getenv());
    }

    /** The first executable found, or empty. An explicit variable naming a missing file is reported by {@link #describeSearch}. */
    Optional<Path> locate() {
        for (String variable : EXPLICIT) {
            final String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                final Path path = Path.of(value);
                return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
            }
        }
        final String pathVariable = env.getOrDefault("PATH", "");
        for (String name : ON_PATH) {
            for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                final Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** What was searched, for the skip line and the CI failure: names the explicit path if one was given. */
    String describeSearch() {
        final List<String> looked = new ArrayList<>();
        for (String variable : EXPLICIT) {
            final String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return variable + "=" + value + " is not an executable file";
            }
            looked.add(variable);
        }
        return "no Chromium found (" + String.join(" and ", looked) + " unset; " + String.join(", ", ON_PATH)
                + " not on PATH)";
    }

    /** Under {@code CI=true} a missing browser fails the run, so CI can never pass without running the browser tests. */
    boolean mustRun() {
        return "true".equalsIgnoreCase(env.getOrDefault("CI", "").trim());
    }
}
