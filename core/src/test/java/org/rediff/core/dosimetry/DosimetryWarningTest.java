package org.rediff.core.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Warnings as data (issue 17): ranked by what they mean for safety, repeats grouped, each with what to do. */
class DosimetryWarningTest {
    private static DosimetryWarning correlated(String region, double r) {
        return new DosimetryWarning(DosimetryWarning.Kind.PARAMETERS_CORRELATED, region,
                String.format(java.util.Locale.ROOT, "parameters correlated |r| = %.2f (acceptance < 0.8)", r),
                String.format(java.util.Locale.ROOT, "|r| = %.2f", r), r);
    }

    @Test
    void safetyComesFirstRepeatsAreOneEntryLargestFirstAndInformationLast() {
        final List<DosimetryWarning> produced = List.of(
                DosimetryWarning.of(DosimetryWarning.Kind.DENSITY, "lesion L4", "density 1.60 g/ml; …"),
                correlated("lesion L1", 0.89), correlated("whole_body", 0.9975),
                DosimetryWarning.of(DosimetryWarning.Kind.CONSERVATIVE_FIT, "whole_body", "the bi fit …"),
                correlated("lesion L2", 0.88),
                DosimetryWarning.of(DosimetryWarning.Kind.TARGET_MISSED, "", "lesion L2 receives 12.0 Gy …"),
                DosimetryWarning.of(DosimetryWarning.Kind.CONSERVATIVE_FIT, "blood", "the bi fit …"));
        final List<DosimetryWarning.Group> groups = DosimetryWarning.group(produced);
        assertThat(groups).extracting(g -> g.kind().code()).containsExactly("target_missed", "conservative_fit",
                "conservative_fit", "parameters_correlated", "density");
        assertThat(groups).extracting(g -> g.severity().code()).containsExactly("safety", "safety", "safety",
                "fit_quality", "information");
        // safety warnings stay one entry each, in their own words
        assertThat(groups.get(0).summary()).isEqualTo("lesion L2 receives 12.0 Gy …");
        assertThat(groups.get(1).summary()).isEqualTo("whole_body: the bi fit …");
        assertThat(groups.get(2).summary()).isEqualTo("blood: the bi fit …");
        // the repeats: one entry, largest |r| first
        assertThat(groups.get(3).summary()).isEqualTo("parameters correlated (acceptance |r| < 0.8) in 3 fits: "
                + "whole_body (|r| = 1.00), lesion L1 (|r| = 0.89), lesion L2 (|r| = 0.88)");
        assertThat(groups).allSatisfy(g -> assertThat(g.advice()).isNotBlank());
        // the flat list is ranked the same way
        assertThat(DosimetryWarning.rank(produced).get(0).kind()).isEqualTo(DosimetryWarning.Kind.TARGET_MISSED);
    }

    @Test
    void everyKindSaysWhatToDoAndKindsAreDeclaredInSeverityOrder() {
        DosimetryWarning.Severity last = DosimetryWarning.Severity.SAFETY;
        for (DosimetryWarning.Kind k : DosimetryWarning.Kind.values()) {
            assertThat(k.advice()).as(k.code()).isNotBlank();
            assertThat(k.severity().compareTo(last)).as(k.code()).isGreaterThanOrEqualTo(0);
            last = k.severity();
            // a safety warning is never folded into another
            if (k.severity() == DosimetryWarning.Severity.SAFETY) {
                assertThat(k.grouped()).as(k.code()).isFalse();
            }
        }
    }

    @Test
    void aPlanRanksItsWarningsAndGroupsThem() {
        final PlanFixture f = new PlanFixture();
        f.targetGy = 500;   // beyond every limit: lesions miss the target, 131I would not be given
        f.fit = FitModel.TRAPEZOID;   // no interval for any lesion dose
        final PlanResult r = f.plan();
        assertThat(r.findings()).extracting(DosimetryWarning::kind).contains(DosimetryWarning.Kind.NOT_PROCEED,
                DosimetryWarning.Kind.TARGET_MISSED, DosimetryWarning.Kind.NO_INTERVAL);
        assertThat(r.warningGroups().get(0).severity()).isEqualTo(DosimetryWarning.Severity.SAFETY);
        assertThat(r.warnings()).isEqualTo(r.findings().stream().map(DosimetryWarning::text).toList());
        assertThat(r.findings()).isSortedAccordingTo(java.util.Comparator.comparing(DosimetryWarning::kind));
        assertThat(r.warningGroups().stream().mapToInt(g -> g.items().size()).sum()).isEqualTo(r.findings().size());
    }
}
