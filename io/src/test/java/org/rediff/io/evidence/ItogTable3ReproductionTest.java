package org.rediff.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rediff.core.evidence.StudyRecord;

/**
 * The shipped evidence base reproduces Table 3 of the ITOG 2025 review (Leboulleux et al., Lancet Diabetes
 * Endocrinol 2025;13:516-527) row by row — included/evaluable, increased uptake with its percentage, treated with
 * 131I, CR and PR — from the values the base attributes to "ITOG 2025 Table 3", and the review's headline ranges
 * (uptake restored in 33-95%, response 11-80%) with the review's own denominators.
 *
 * <p>The table is read from {@code evidence/itog2025_table3_uptake_response.tsv} (copied unchanged from the source
 * data). Printing inconsistencies documented in {@code docs/background/itog2025-notes.md} §3 are asserted as such.
 */
class ItogTable3ReproductionTest {
    private static final String SOURCE = "ITOG 2025 Table 3";
    private static final Pattern COUNT_AND_PAREN = Pattern.compile("^(NA|\\d+)\\s*\\((\\d+)%?\\)$");
    private static final Pattern PERCENT = Pattern.compile("(\\d+)%");
    private static List<String[]> table;
    private static List<StudyRecord> base;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ItogTable3ReproductionTest.class.getResourceAsStream(
                "/evidence/itog2025_table3_uptake_response.tsv")) {
            table = new ArrayList<>();
            final String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                    table.add(lines[i].split("\t", -1));
                }
            }
        }
        base = ShippedEvidence.load();
    }

    private static StudyRecord recordFor(String[] row) {
        final String key = row[0] + "|" + row[1];
        final List<StudyRecord> matches = base.stream().filter(r -> key.equals(r.itogTable3Row())).toList();
        assertThat(matches).as("records mapped to Table 3 row %s", key).hasSize(1);
        return matches.get(0);
    }

    private static Optional<Double> fromTable3(StudyRecord r, String field) {
        return r.valueFromSource(field, SOURCE);
    }

    @Test
    void everyRowOfTable3MapsToExactlyOneRecord() {
        assertThat(table).hasSize(9);
        table.forEach(ItogTable3ReproductionTest::recordFor);
    }

    @Test
    void includedEvaluableTreatedAndCompleteResponsesRowByRow() {
        for (String[] row : table) {
            final StudyRecord r = recordFor(row);
            final Matcher included = COUNT_AND_PAREN.matcher(row[3].trim());
            assertThat(included.matches()).as(row[3]).isTrue();
            if (!included.group(1).equals("NA")) {
                assertThat(fromTable3(r, "n_enrolled")).as("%s included", r.id())
                        .contains(Double.parseDouble(included.group(1)));
            }
            assertThat(fromTable3(r, "n_evaluable")).as("%s evaluable", r.id())
                    .contains(Double.parseDouble(included.group(2)));
            final Matcher increased = Pattern.compile("^(\\d+) \\((\\d+)%\\)$").matcher(row[5].trim());
            assertThat(increased.matches()).as(row[5]).isTrue();
            assertThat(fromTable3(r, "n_restored")).as("%s increased uptake", r.id())
                    .contains(Double.parseDouble(increased.group(1)));
            assertThat(fromTable3(r, "n_treated_131i")).as("%s treated", r.id())
                    .contains(Double.parseDouble(row[6].trim()));
            assertThat(fromTable3(r, "n_cr")).as("%s CR", r.id()).contains(Double.parseDouble(row[7].trim()));
        }
    }

    /**
     * The printed uptake percentage equals the Table 3 count of increased uptake over the base's evaluable
     * denominator for every row but Tchekmedyian 2022, where the
     * review prints 5 (80%) with 6 evaluable (5/6 = 83%; docs/background/itog2025-notes.md §3 item 10). For MERAIODE-BRAF the
     * review's denominator is 21 evaluable (20/21 = 95%), although the row prints "21 (24)" (item 8).
     */
    @Test
    void uptakePercentagesUseTheReviewsDenominators() {
        for (String[] row : table) {
            final StudyRecord r = recordFor(row);
            final Matcher m = Pattern.compile("^(\\d+) \\((\\d+)%\\)$").matcher(row[5].trim());
            assertThat(m.matches()).isTrue();
            final int printedPercent = Integer.parseInt(m.group(2));
            final double restored = fromTable3(r, "n_restored").orElseThrow();
            final long computed = Math.round(100.0 * restored / r.uptake().evaluable());
            if (row[1].startsWith("Tchekmedyian")) {
                assertThat(computed).as("known printing inconsistency: 5/6 = 83%, printed 80%").isEqualTo(83);
                assertThat(r.notes() + r.alternatives()).containsIgnoringCase("80%");
            } else {
                assertThat(computed).as("%s uptake %s/%d vs printed %d%%", r.id(), restored,
                        r.uptake().evaluable(), printedPercent).isEqualTo(printedPercent);
            }
        }
    }

    /**
     * One pool, one denominator: every record the default pool can draw on (prospective trials and their genotype
     * cohorts, the split parents P01a/P04a aside) reports response over its evaluable patients, as Table 3 does, so
     * that no cohort's rate is inflated by counting only the patients treated with 131I (evidence README rule 31).
     * Together with the Table 3 evaluable counts checked above, this makes the PR percentages below non-circular.
     */
    @Test
    void pooledCohortsReportResponseOverTheEvaluablePatients() {
        final java.util.Set<String> parents = new java.util.HashSet<>();
        base.forEach(r -> {
            if (r.parentId() != null) {
                parents.add(r.parentId());
            }
        });
        for (StudyRecord r : base) {
            final boolean pooled = (r.recordType() == StudyRecord.RecordType.PROSPECTIVE_TRIAL
                    || r.recordType() == StudyRecord.RecordType.TRIAL_COHORT) && !parents.contains(r.id());
            if (pooled && r.response().denominator() != null) {
                assertThat(r.response().denominator()).as("%s response denominator", r.id())
                        .isEqualTo(r.uptake().evaluable());
            }
        }
    }

    /** Partial response: every printed percentage ("11% (best)", "38% (6 months); 57% (best)") is reproduced. */
    @Test
    void partialResponsePercentagesRowByRow() {
        for (String[] row : table) {
            final StudyRecord r = recordFor(row);
            final List<Long> reproduced = new ArrayList<>();
            final List<Double> counts = new ArrayList<>();
            counts.add(r.response().partial().doubleValue());
            r.alternatives().stream().filter(a -> a.field().equals("n_pr")).forEach(a -> counts.add(a.value()));
            for (double pr : counts) {
                reproduced.add(Math.round(100.0 * pr / r.response().denominator()));
            }
            final Matcher m = PERCENT.matcher(row[8]);
            while (m.find()) {
                assertThat(reproduced).as("%s PR %s from counts %s over %d", r.id(), row[8], counts,
                        r.response().denominator()).contains(Long.parseLong(m.group(1)));
            }
        }
    }

    /**
     * Headline ranges. Uptake: the lowest Table 3 rate is 33% (Weber 2/6) and the highest printed in the range is
     * 95% (MERAIODE-BRAF 20/21); Ho 2013's RAS cohort (5/5 = 100%) lies above the review's stated range
     * (docs/background/itog2025-notes.md §3 item 1). Response: 11% (Ho BRAF 1/9) to 80% (Ho RAS 4/5) over the non-zero PR rates
     * (Weber's 0% is below the stated floor; item 2).
     */
    @Test
    void headlineRangesWithTheReviewsDenominators() {
        final List<Long> uptake = new ArrayList<>();
        final List<Long> response = new ArrayList<>();
        for (String[] row : table) {
            final StudyRecord r = recordFor(row);
            uptake.add(Math.round(100.0 * fromTable3(r, "n_restored").orElseThrow() / r.uptake().evaluable()));
            final List<Double> prs = new ArrayList<>(List.of(r.response().partial().doubleValue()));
            r.alternatives().stream().filter(a -> a.field().equals("n_pr")).forEach(a -> prs.add(a.value()));
            prs.forEach(pr -> response.add(Math.round(100.0 * pr / r.response().denominator())));
        }
        assertThat(uptake.stream().min(Long::compare)).contains(33L);
        assertThat(uptake.stream().filter(u -> u < 100).max(Long::compare)).contains(95L);
        assertThat(uptake).contains(100L);
        assertThat(response.stream().filter(p -> p > 0).min(Long::compare)).contains(11L);
        assertThat(response.stream().max(Long::compare)).contains(80L);
        assertThat(Map.of("uptake", uptake.size(), "response", response.size()).get("uptake")).isEqualTo(9);
    }
}
