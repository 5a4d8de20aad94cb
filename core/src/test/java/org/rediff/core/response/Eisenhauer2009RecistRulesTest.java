package org.rediff.core.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rediff.core.common.InvalidInputException;

/**
 * RECIST 1.1 rules (Eisenhauer et al., Eur J Cancer 2009;45:228-247) as the rule-derived reference rows REC-01 to
 * REC-14 of {@code core/src/test/resources/reference/statistics_reference_values.csv} state them, each case built from the
 * paper's definitions (target response §4.3.1, non-target §4.3.3, Table 1, Table 2, Table 3).
 */
class Eisenhauer2009RecistRulesTest {
    private static final LocalDate BASE = LocalDate.of(2026, 1, 5);
    private static final RecistSettings NO_CONFIRMATION = new RecistSettings(false, 28, 42);

    /** One non-nodal lung target whose diameter follows the given sums, with one non-target present. */
    private static RecistResult course(RecistSettings settings, double... sums) {
        final List<Lesion> lesions = List.of(new Lesion("T1", "lung", false, true),
                new Lesion("NT1", "bone", false, false));
        final List<Assessment> as = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            as.add(new Assessment(BASE.plusDays(56L * i), Map.of("T1", Measurement.mm(sums[i])),
                    Map.of("NT1", Assessment.NonTargetStatus.PRESENT), false));
        }
        return RecistEvaluator.evaluate(lesions, as, settings);
    }

    /** "100,70" → {100, 70}. */
    private static double[] sums(String csv) {
        return java.util.Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static Response target(double... sums) {
        final RecistResult r = course(NO_CONFIRMATION, sums);
        return r.timePoints().get(r.timePoints().size() - 1).target();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "REC-01 exactly -30% is PR, '100,70', PR",
        "REC-02 just short of PR, '100,71', SD",
        "REC-03 +20% and +10 mm over the nadir, '100,50,60', PD",
        "REC-04 +20% but only +4 mm, '100,20,24', PR",
        "REC-05 boundary +20% and +5 mm, '100,25,30', PD",
        "REC-06 nadir includes baseline, '40,48', PD"})
    void targetResponseBySumOfDiameters(String name, String sums, Response expected) {
        assertThat(target(sums(sums))).isEqualTo(expected);
    }

    /**
     * The same thresholds with sums whose binary floating-point arithmetic is inexact: 90 → 63 is exactly −30%
     * (0.7 × 90 = 62.99999…), 12 → 8.4 likewise; 21.6 → 26.6 is +23.1% and exactly +5.0 mm over the nadir
     * (26.6 − 21.6 = 4.99999…); 170 → 119 and 180 → 126 are exactly −30%. A sum at a threshold meets it (REC-01,
     * REC-05).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "exactly -30% from 90, '90,63', PR",
        "exactly -30% from 12, '12,8.4', PR",
        "exactly -30% from 170, '170,119', PR",
        "exactly -30% from 180, '180,126', PR",
        "just short of -30% from 12, '12,8.5', SD",
        "+5.0 mm over the nadir 21.6, '21.6,26.6', PD",
        "+4.9 mm over the nadir 21.6, '21.6,26.5', SD"})
    void thresholdsHoldForDecimalSums(String name, String sums, Response expected) {
        assertThat(target(sums(sums))).isEqualTo(expected);
    }

    @Test
    @DisplayName("Table 3 footnote: disease seen again after a CR is PD, even when it meets PR against baseline")
    void reappearanceAfterCompleteResponse() {
        final List<Lesion> lesions = List.of(new Lesion("T1", "lung", false, true),
                new Lesion("N1", "mediastinal node", true, true));
        // Baseline 20 + 16 = 36; day 56: lesion gone and node 8 mm (CR, sum 8); day 112: the lesion is back at 4 mm
        // (sum 12, −66.7% from baseline, +4 mm over the nadir): PD, not PR. Best response: the unconfirmed CR
        // counts as SD (day 56 ≥ 42).
        final RecistResult r = RecistEvaluator.evaluate(lesions, List.of(
                new Assessment(BASE, Map.of("T1", Measurement.mm(20), "N1", Measurement.mm(16)), Map.of(), false),
                new Assessment(BASE.plusDays(56), Map.of("T1", new Measurement(Measurement.Kind.ABSENT, 0),
                        "N1", Measurement.mm(8)), Map.of(), false),
                new Assessment(BASE.plusDays(112), Map.of("T1", Measurement.mm(4), "N1", Measurement.mm(8)),
                        Map.of(), false)), new RecistSettings(true, 28, 42));
        assertThat(r.timePoints().get(1).overall()).isEqualTo(Response.CR);
        assertThat(r.timePoints().get(2).target()).isEqualTo(Response.PD);
        assertThat(r.timePoints().get(2).overall()).isEqualTo(Response.PD);
        assertThat(r.bestOverallResponse()).isEqualTo(Response.SD);
        assertThat(r.notes()).anyMatch(n -> n.contains("reappeared after a complete response"));

        // A node growing back to 10 mm short axis after CR is disease again; one staying below 10 mm is not.
        final RecistResult node = RecistEvaluator.evaluate(lesions, List.of(
                new Assessment(BASE, Map.of("T1", Measurement.mm(20), "N1", Measurement.mm(16)), Map.of(), false),
                new Assessment(BASE.plusDays(56), Map.of("T1", new Measurement(Measurement.Kind.ABSENT, 0),
                        "N1", Measurement.mm(8)), Map.of(), false),
                new Assessment(BASE.plusDays(112), Map.of("T1", new Measurement(Measurement.Kind.ABSENT, 0),
                        "N1", Measurement.mm(9.5)), Map.of(), false),
                new Assessment(BASE.plusDays(168), Map.of("T1", new Measurement(Measurement.Kind.ABSENT, 0),
                        "N1", Measurement.mm(10)), Map.of(), false)), new RecistSettings(true, 28, 42));
        assertThat(node.timePoints().get(2).overall()).isEqualTo(Response.CR);
        assertThat(node.timePoints().get(3).overall()).isEqualTo(Response.PD);
        assertThat(node.bestOverallResponse()).isEqualTo(Response.CR);

        // A non-target seen again after a CR of all disease is PD too.
        final List<Lesion> withNonTarget = List.of(new Lesion("T1", "lung", false, true),
                new Lesion("NT1", "bone", false, false));
        final RecistResult nt = RecistEvaluator.evaluate(withNonTarget, List.of(
                new Assessment(BASE, Map.of("T1", Measurement.mm(20)),
                        Map.of("NT1", Assessment.NonTargetStatus.PRESENT), false),
                new Assessment(BASE.plusDays(56), Map.of("T1", new Measurement(Measurement.Kind.ABSENT, 0)),
                        Map.of("NT1", Assessment.NonTargetStatus.ABSENT), false),
                new Assessment(BASE.plusDays(112), Map.of("T1", new Measurement(Measurement.Kind.ABSENT, 0)),
                        Map.of("NT1", Assessment.NonTargetStatus.PRESENT), false)), NO_CONFIRMATION);
        assertThat(nt.timePoints().get(2).nonTarget()).isEqualTo(Response.PD);
        assertThat(nt.timePoints().get(2).overall()).isEqualTo(Response.PD);
    }

    @Test
    @DisplayName("A non-nodal target recorded as 0 mm has disappeared: CR, as when recorded absent")
    void zeroMillimetresIsAbsent() {
        final RecistResult r = course(new RecistSettings(true, 28, 42), 20, 0, 0);
        // course() adds a present non-target, so the overall response is PR (target CR, non-target non-CR/non-PD).
        assertThat(r.timePoints().get(1).target()).isEqualTo(Response.CR);
        assertThat(r.timePoints().get(2).target()).isEqualTo(Response.CR);
        final List<Lesion> lesions = List.of(new Lesion("T1", "lung", false, true));
        final RecistResult alone = RecistEvaluator.evaluate(lesions, List.of(
                new Assessment(BASE, Map.of("T1", Measurement.mm(20)), Map.of(), false),
                new Assessment(BASE.plusDays(56), Map.of("T1", Measurement.mm(0)), Map.of(), false),
                new Assessment(BASE.plusDays(112), Map.of("T1", Measurement.mm(0)), Map.of(), false)),
                new RecistSettings(true, 28, 42));
        assertThat(alone.bestOverallResponse()).isEqualTo(Response.CR);
    }

    @Test
    @DisplayName("REC-07/REC-08: CR needs every node < 10 mm short axis; the sum need not be 0")
    void nodalComplete() {
        final List<Lesion> lesions = List.of(new Lesion("T1", "liver", false, true), new Lesion("N1", "neck node",
                true, true));
        final Assessment base = new Assessment(BASE, Map.of("T1", Measurement.mm(30), "N1", Measurement.mm(16)),
                Map.of(), false);
        final RecistResult cr = RecistEvaluator.evaluate(lesions, List.of(base, new Assessment(BASE.plusDays(56),
                Map.of("T1", new Measurement(Measurement.Kind.ABSENT, 0), "N1", Measurement.mm(8)), Map.of(), false)),
                NO_CONFIRMATION);
        assertThat(cr.timePoints().get(1).target()).isEqualTo(Response.CR);
        assertThat(cr.timePoints().get(1).sumMm()).isEqualTo(8.0);
        final RecistResult notCr = RecistEvaluator.evaluate(lesions, List.of(base, new Assessment(BASE.plusDays(56),
                Map.of("T1", new Measurement(Measurement.Kind.ABSENT, 0), "N1", Measurement.mm(10)), Map.of(), false)),
                NO_CONFIRMATION);
        assertThat(notCr.timePoints().get(1).target()).isEqualTo(Response.PR);
    }

    @Test
    @DisplayName("Too small to measure counts 5 mm; absent 0 mm")
    void tooSmallAndAbsent() {
        final List<Lesion> lesions = List.of(new Lesion("T1", "liver", false, true), new Lesion("T2", "lung", false,
                true));
        final RecistResult r = RecistEvaluator.evaluate(lesions, List.of(
                new Assessment(BASE, Map.of("T1", Measurement.mm(40), "T2", Measurement.mm(20)), Map.of(), false),
                new Assessment(BASE.plusDays(56), Map.of("T1", new Measurement(Measurement.Kind.TOO_SMALL, 0), "T2",
                        new Measurement(Measurement.Kind.ABSENT, 0)), Map.of(), false)), NO_CONFIRMATION);
        assertThat(r.timePoints().get(1).sumMm()).isEqualTo(5.0);
        assertThat(r.timePoints().get(1).target()).isEqualTo(Response.PR);
        assertThat(r.timePoints().get(1).changeFromBaselinePct()).isCloseTo(-100.0 * 55 / 60,
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    @DisplayName("REC-09/REC-11 and measurability: caps of 5 targets and 2 per organ; minimum sizes at baseline")
    void baselineChecksNameTheLesion() {
        final Map<String, Measurement> m = new LinkedHashMap<>();
        final List<Lesion> three = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            three.add(new Lesion("L" + i, "liver", false, true));
            m.put("L" + i, Measurement.mm(20));
        }
        assertThatThrownBy(() -> RecistEvaluator.evaluate(three, List.of(new Assessment(BASE, m, Map.of(), false)),
                NO_CONFIRMATION)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 2 target lesions per organ").hasMessageContaining("'L3'");
        final List<Lesion> node = List.of(new Lesion("N1", "neck", true, true));
        assertThatThrownBy(() -> RecistEvaluator.evaluate(node, List.of(new Assessment(BASE, Map.of("N1",
                Measurement.mm(12)), Map.of(), false)), NO_CONFIRMATION))
                .hasMessageContaining("target lesion 'N1' is not measurable at baseline").hasMessageContaining("15");
        final List<Lesion> small = List.of(new Lesion("T1", "lung", false, true));
        assertThatThrownBy(() -> RecistEvaluator.evaluate(small, List.of(new Assessment(BASE, Map.of("T1",
                Measurement.mm(9)), Map.of(), false)), NO_CONFIRMATION)).hasMessageContaining(">= 10 mm");
        final List<Lesion> six = new ArrayList<>();
        final Map<String, Measurement> sixM = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            six.add(new Lesion("L" + i, "organ" + i, false, true));
            sixM.put("L" + i, Measurement.mm(20));
        }
        assertThatThrownBy(() -> RecistEvaluator.evaluate(six, List.of(new Assessment(BASE, sixM, Map.of(), false)),
                NO_CONFIRMATION)).hasMessageContaining("at most 5 target lesions, got 6");
        assertThatThrownBy(() -> RecistEvaluator.evaluate(small, List.of(new Assessment(BASE, Map.of("T1",
                Measurement.mm(20)), Map.of(), false), new Assessment(BASE.plusDays(30), Map.of("X9",
                Measurement.mm(20)), Map.of(), false)), NO_CONFIRMATION)).hasMessageContaining("unknown lesion 'X9'");
    }

    @ParameterizedTest(name = "Table 1: T {0} / NT {1} / new {2} = {3}")
    @DisplayName("REC-12: overall response, target disease (Table 1)")
    @CsvSource({"CR,CR,false,CR", "CR,NON_CR_NON_PD,false,PR", "CR,NE,false,PR", "PR,NON_CR_NON_PD,false,PR",
        "PR,NE,false,PR", "SD,NON_CR_NON_PD,false,SD", "SD,NE,false,SD", "NE,NON_CR_NON_PD,false,NE",
        "PD,CR,false,PD", "CR,PD,false,PD", "CR,CR,true,PD", "SD,CR,true,PD"})
    void tableOne(Response target, Response nonTarget, boolean newLesions, Response overall) {
        assertThat(RecistEvaluator.overall(target, nonTarget, newLesions)).isEqualTo(overall);
    }

    @ParameterizedTest(name = "Table 2: NT {0} / new {1} = {2}")
    @DisplayName("REC-13: overall response, non-target disease only (Table 2)")
    @CsvSource({"CR,false,CR", "NON_CR_NON_PD,false,NON_CR_NON_PD", "NE,false,NE", "PD,false,PD", "CR,true,PD"})
    void tableTwo(Response nonTarget, boolean newLesions, Response overall) {
        assertThat(RecistEvaluator.overall(null, nonTarget, newLesions)).isEqualTo(overall);
    }

    @Test
    @DisplayName("REC-14 (Table 3): confirmation of CR/PR >= 28 days later; unconfirmed PR counts as SD")
    void bestOverallResponseWithConfirmation() {
        final RecistSettings confirm = RecistSettings.defaults();
        // PR at day 56 confirmed by PR at day 112.
        assertThat(course(confirm, 100, 60, 55).bestOverallResponse()).isEqualTo(Response.PR);
        // PR then SD: not confirmed; SD at day >= 42 -> SD.
        assertThat(course(confirm, 100, 60, 80).bestOverallResponse()).isEqualTo(Response.SD);
        // PR then PD: SD since the minimum duration (42 days) was met by the day-56 assessment.
        assertThat(course(confirm, 100, 60, 90).bestOverallResponse()).isEqualTo(Response.SD);
        // Without confirmation the same course is PR.
        assertThat(course(NO_CONFIRMATION, 100, 60, 80).bestOverallResponse()).isEqualTo(Response.PR);
        // PD at the first follow-up.
        assertThat(course(confirm, 100, 130).bestOverallResponse()).isEqualTo(Response.PD);
    }

    @Test
    @DisplayName("REC-14 (Table 3): an unconfirmed PR beside a best PR names its time point and the confirmed PR")
    void unconfirmedResponseNoteNamesTheTimePointAndTheConfirmedOne() {
        // Days 0, 56, 112, 168: 100 -> 60 (PR, -40%) -> 55 (PR, confirms day 56 after 56 >= 28 days) -> 90 (PD:
        // +63.6% and +35 mm above the nadir 55). The day-112 PR has only the PD after it, so Table 3 counts that
        // time point as SD, yet the best response is PR from day 56; the note must say both.
        final RecistResult r = course(RecistSettings.defaults(), 100, 60, 55, 90);
        assertThat(r.bestOverallResponse()).isEqualTo(Response.PR);
        assertThat(r.notes()).containsExactly("2026-04-27 (follow-up 2, day 112): PR not confirmed: confirmation "
                + "needs a PR or CR at least 28 days later, and the next assessment, 2026-06-22 (follow-up 3, day "
                + "168), is PD; this time point counts as SD. The best overall response is still PR, from the PR of "
                + "2026-03-02 (follow-up 1, day 56), confirmed on 2026-04-27 (follow-up 2, day 112)");

        // PR then SD (71: -29% from baseline, +18.3% from the nadir 60): the PR is never confirmed, the best
        // response is SD, and the note does not claim a PR.
        final RecistResult sd = course(RecistSettings.defaults(), 100, 60, 71);
        assertThat(sd.bestOverallResponse()).isEqualTo(Response.SD);
        assertThat(sd.notes()).containsExactly("2026-03-02 (follow-up 1, day 56): PR not confirmed: confirmation "
                + "needs a PR or CR at least 28 days later, and the next assessment, 2026-04-27 (follow-up 2, day "
                + "112), is SD; this time point counts as SD");

        // A PR at the last assessment has nothing after it.
        assertThat(course(RecistSettings.defaults(), 100, 60).notes()).singleElement().asString()
                .contains("(follow-up 1, day 56): PR not confirmed", "there is no later assessment")
                .doesNotContain("still");
    }

    @Test
    @DisplayName("REC-14: SD before the minimum interval does not count; then PD -> PD, else NE")
    void stableDiseaseMinimumInterval() {
        final List<Lesion> lesions = List.of(new Lesion("T1", "lung", false, true));
        final RecistResult early = RecistEvaluator.evaluate(lesions, List.of(
                new Assessment(BASE, Map.of("T1", Measurement.mm(50)), Map.of(), false),
                new Assessment(BASE.plusDays(30), Map.of("T1", Measurement.mm(50)), Map.of(), false),
                new Assessment(BASE.plusDays(60), Map.of("T1", Measurement.mm(70)), Map.of(), false)),
                RecistSettings.defaults());
        assertThat(early.bestOverallResponse()).isEqualTo(Response.PD);
        final RecistResult onlyEarly = RecistEvaluator.evaluate(lesions, List.of(
                new Assessment(BASE, Map.of("T1", Measurement.mm(50)), Map.of(), false),
                new Assessment(BASE.plusDays(30), Map.of("T1", Measurement.mm(50)), Map.of(), false)),
                RecistSettings.defaults());
        assertThat(onlyEarly.bestOverallResponse()).isEqualTo(Response.NE);
    }

    @Test
    @DisplayName("A time point with a missing target is NE unless the assessed ones already show PD")
    void missingTargets() {
        final List<Lesion> lesions = List.of(new Lesion("T1", "lung", false, true), new Lesion("T2", "liver", false,
                true));
        final RecistResult r = RecistEvaluator.evaluate(lesions, List.of(
                new Assessment(BASE, Map.of("T1", Measurement.mm(30), "T2", Measurement.mm(30)), Map.of(), false),
                new Assessment(BASE.plusDays(56), Map.of("T1", Measurement.mm(20)), Map.of(), false),
                new Assessment(BASE.plusDays(112), Map.of("T1", Measurement.mm(80)), Map.of(), false)),
                NO_CONFIRMATION);
        assertThat(r.timePoints().get(1).target()).isEqualTo(Response.NE);
        assertThat(r.timePoints().get(1).sumMm()).isNaN();
        assertThat(r.timePoints().get(2).target()).isEqualTo(Response.PD);
        assertThat(r.bestChangePct()).isNaN();
    }

    @Test
    @DisplayName("Assessments in any order; best change is the most negative change from baseline")
    void orderAndBestChange() {
        final List<Lesion> lesions = List.of(new Lesion("T1", "lung", false, true));
        final RecistResult r = RecistEvaluator.evaluate(lesions, List.of(
                new Assessment(BASE.plusDays(112), Map.of("T1", Measurement.mm(45)), Map.of(), false),
                new Assessment(BASE, Map.of("T1", Measurement.mm(50)), Map.of(), false),
                new Assessment(BASE.plusDays(56), Map.of("T1", Measurement.mm(40)), Map.of(), false)),
                NO_CONFIRMATION);
        assertThat(r.timePoints()).extracting(TimePoint::date).containsExactly(BASE, BASE.plusDays(56),
                BASE.plusDays(112));
        assertThat(r.bestChangePct()).isEqualTo(-20.0);
        // Change from the nadir (40 mm) at day 112: +12.5%.
        assertThat(r.timePoints().get(2).changeFromNadirPct()).isEqualTo(12.5);
    }
}
