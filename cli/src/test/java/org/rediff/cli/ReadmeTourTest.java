package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every line of the README's short tour runs as pasted: each is read from the README itself, run as the command
 * line it is (paths taken from the repository's root), and must exit 0; every file it writes goes under a
 * directory that git ignores, so that the tour leaves {@code git status} clean.
 */
class ReadmeTourTest {
    @TempDir
    Path dir;

    /** The commands of the first {@code sh} block after "## A short tour", without their comments. */
    static List<String> tourLines(String readme) {
        final int tour = readme.indexOf("## A short tour");
        assertThat(tour).as("the README has its tour").isNotNegative();
        final int start = readme.indexOf("```sh\n", tour) + "```sh\n".length();
        final int end = readme.indexOf("```", start);
        final List<String> lines = new ArrayList<>();
        for (String line : readme.substring(start, end).split("\n")) {
            final String command = line.replaceAll("\\s+#.*$", "").strip();
            if (!command.isEmpty()) {
                lines.add(command);
            }
        }
        return lines;
    }

    /** Splits a shell line on blanks, keeping double-quoted words whole (all the tour uses). */
    static List<String> words(String line) {
        final List<String> words = new ArrayList<>();
        final StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(w.toString());
        }
        return words;
    }

    @Test
    void everyTourLineRunsAndWritesOnlyWhereGitIgnores() throws Exception {
        final List<String> lines = tourLines(Files.readString(Path.of("../README.md")));
        final String ignored = Files.readString(Path.of("../.gitignore"));
        assertThat(ignored).contains("/out/").contains("/data/");
        assertThat(lines).hasSizeGreaterThan(10);
        for (String line : lines) {
            assertThat(line).as("a runnable line").startsWith("./rediff ").doesNotContain("[", "|");
            final List<String> args = new ArrayList<>();
            final List<String> given = words(line).subList(1, words(line).size());
            for (int i = 0; i < given.size(); i++) {
                final String a = given.get(i);
                if (i > 0 && given.get(i - 1).equals("--plot")) {
                    assertThat(a).as("where %s writes", line).startsWith("out/");
                    args.add(dir.resolve(a).toString());
                } else if (a.startsWith("examples/")) {
                    assertThat(Path.of("..", a)).as("the file %s uses", line).exists();
                    args.add(Path.of("..", a).toString());
                } else {
                    args.add(a);
                }
            }
            if (args.size() >= 2 && args.get(0).equals("evidence") && args.get(1).equals("import")) {
                // the README's run writes ./data (ignored); the test's goes to its own directory
                args.addAll(List.of("--data", dir.resolve("data").toString()));
            }
            final MetaCommandTest.Run r = MetaCommandTest.run(args.toArray(String[]::new));
            assertThat(r.code()).as("%s%n%s", line, r.err()).isZero();
        }
    }
}
