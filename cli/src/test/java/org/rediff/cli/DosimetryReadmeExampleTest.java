package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rediff dosimetry plan} on the README's own example (examples/dosimetry-plan.json, the same file as the
 * test resource): what the header says agrees with the warnings, and every region lists its candidate fits.
 */
class DosimetryReadmeExampleTest {
    @TempDir
    Path dir;

    private Path example() throws IOException {
        final Path p = dir.resolve("plan.json");
        Files.writeString(p, DosimetryPlanCommandTest.example());
        return p;
    }

    @Test
    void theHeaderNamesTheFitThe48hRetentionComesFromAsTheWarningDoes() throws IOException {
        final MetaCommandTest.Run r = MetaCommandTest.run("dosimetry", "plan", "--input", example().toString());
        assertThat(r.code()).as(r.err()).isZero();
        // the retention is the mono fit's (34.8%); the bi fit sets the residence time
        assertThat(r.out()).contains("Whole body: residence time 49.36 h (fit bi), 48-h retention 34.8% (fit mono)");
        assertThat(r.out()).contains("the 48-h retention is taken from the mono fit, 34.8%");
        assertThat(r.out()).doesNotContain("34.8% (fit bi)");
        assertThat(r.out()).contains("residence time 0.0009888 h/ml (fit bi)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void wholeBodyAndBloodListTheirCandidateFitsWithTheChosenOneFlagged() throws IOException {
        final MetaCommandTest.Run r = MetaCommandTest.run("dosimetry", "plan", "--input", example().toString(),
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        final Map<String, Object> m = MetaCommandTest.json(r.out());
        final Map<String, Object> wb = (Map<String, Object>) m.get("whole_body");
        assertThat(wb.get("fit")).isEqualTo("bi");
        assertThat(wb.get("retention_48h_fit")).isEqualTo("mono");
        final List<Map<String, Object>> wbc = (List<Map<String, Object>>) wb.get("candidates");
        assertThat(wbc).extracting(c -> c.get("model")).containsExactly("mono", "bi", "uptake_washout");
        assertThat(wbc).filteredOn(c -> Boolean.TRUE.equals(c.get("chosen"))).extracting(c -> c.get("model"))
                .containsExactly("bi");
        assertThat(wbc).filteredOn(c -> Boolean.TRUE.equals(c.get("chosen_for_retention_48h")))
                .extracting(c -> c.get("model")).containsExactly("mono");
        final Map<String, Object> mono = wbc.get(0);
        assertThat(mono).containsKeys("status", "parameters", "aicc", "delta_aicc", "residence_time_h",
                "retention_48h_percent");
        assertThat(((Number) mono.get("retention_48h_percent")).doubleValue())
                .isEqualTo(((Number) wb.get("retention_48h_percent")).doubleValue());
        assertThat((Map<String, Object>) mono.get("parameters")).containsKeys("a", "lambda_per_h");

        final Map<String, Object> blood = (Map<String, Object>) m.get("blood");
        final List<Map<String, Object>> bc = (List<Map<String, Object>>) blood.get("candidates");
        assertThat(bc).extracting(c -> c.get("model")).containsExactly("mono", "bi", "uptake_washout");
        assertThat(bc).filteredOn(c -> Boolean.TRUE.equals(c.get("chosen"))).extracting(c -> c.get("model"))
                .containsExactly(blood.get("fit"));
        assertThat(bc.get(1)).containsKeys("parameters", "aicc", "delta_aicc", "residence_time_h");
        assertThat(((Number) bc.get(1).get("delta_aicc")).doubleValue()).isCloseTo(8.0,
                org.assertj.core.api.Assertions.within(0.05));

        // lesions keep their candidates, now with the same fields
        final Map<String, Object> l1 = ((List<Map<String, Object>>) m.get("lesions")).get(0);
        assertThat((List<Map<String, Object>>) l1.get("candidates"))
                .filteredOn(c -> Boolean.TRUE.equals(c.get("chosen"))).extracting(c -> c.get("model"))
                .containsExactly("uptake_washout");
    }

    @Test
    @SuppressWarnings("unchecked")
    void warningsAreRankedGroupedAndSayWhatToDoAlikeInJsonAndText() throws IOException {
        final MetaCommandTest.Run json = MetaCommandTest.run("dosimetry", "plan", "--input", example().toString(),
                "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        final Map<String, Object> m = MetaCommandTest.json(json.out());
        final List<String> warnings = (List<String>) m.get("warnings");
        final List<Map<String, Object>> groups = (List<Map<String, Object>>) m.get("warning_groups");
        // ten warnings, five of them "parameters correlated", now six entries: the three safety notes first
        assertThat(groups.stream().mapToInt(g -> ((Number) g.get("count")).intValue()).sum()).isEqualTo(10);
        assertThat(groups).extracting(g -> g.get("kind")).containsExactly("retention_from_other_fit",
                "conservative_fit", "conservative_fit", "rate_at_bound", "parameters_correlated", "extrapolated");
        assertThat(groups).extracting(g -> g.get("severity")).containsExactly("safety", "safety", "safety",
                "fit_quality", "fit_quality", "fit_quality");
        assertThat(warnings).hasSize(6).containsExactlyElementsOf(groups.stream().map(g -> (String) g.get("summary"))
                .toList());
        assertThat(warnings.get(4)).isEqualTo("parameters correlated (acceptance |r| < 0.8) in 5 fits: whole_body "
                + "(|r| = 1.00), blood (|r| = 0.98), lesion L3 (|r| = 0.89), lesion L1 (|r| = 0.89), lesion L2 "
                + "(|r| = 0.88)");
        assertThat(warnings).filteredOn(w -> w.contains("parameters correlated")).hasSize(1);
        assertThat(groups).allSatisfy(g -> assertThat((String) g.get("what_to_do")).isNotBlank());
        assertThat((List<Map<String, Object>>) groups.get(4).get("items")).hasSize(5)
                .first().satisfies(i -> assertThat(i.get("region")).isEqualTo("whole_body"));

        final MetaCommandTest.Run text = MetaCommandTest.run("dosimetry", "plan", "--input", example().toString());
        final String out = text.out();
        int previous = -1;
        for (Map<String, Object> g : groups) {
            final int at = out.indexOf("warning: " + g.get("summary") + System.lineSeparator() + "  what to do: "
                    + g.get("what_to_do"));
            assertThat(at).as("text has %s after the entry before it", g.get("kind")).isGreaterThan(previous);
            previous = at;
        }
        assertThat(out).contains("Warnings, limits and safety:", "Warnings, fit and data quality:");
        assertThat(out.indexOf("Warnings, limits and safety:")).isLessThan(out.indexOf("Warnings, fit and data "
                + "quality:"));
    }

    @Test
    void plotScaleLogWritesLogChartsAndAnUnknownScaleIsNamed() throws IOException {
        final Path plots = dir.resolve("plots");
        final MetaCommandTest.Run r = MetaCommandTest.run("dosimetry", "plan", "--input", example().toString(),
                "--plot", plots.toString(), "--plot-scale", "log");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(plots.resolve("whole_body.svg"))).contains("data-scale=\"log\"");
        assertThat(r.out()).contains("0.0009888 h/ml against 0.0009134 h/ml");
        final MetaCommandTest.Run bad = MetaCommandTest.run("dosimetry", "plan", "--input", example().toString(),
                "--plot", plots.toString(), "--plot-scale", "semilog");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--plot-scale must be linear or log, got 'semilog'");
    }
}
