package org.rediff.core.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thyroglobulin response (ATA 2015 categories with the thresholds of docs/background/domain.md §4: excellent suppressed Tg &lt; 0.2 or
 * stimulated &lt; 1 ng/mL; biochemical incomplete suppressed ≥ 1 or stimulated ≥ 10 ng/mL) and the adverse-event
 * summary by worst grade, checked on hand-computed cases.
 */
class ThyroglobulinAndAdverseEventTest {
    private static final LocalDate D = LocalDate.of(2026, 1, 1);

    @Test
    void percentChangeFromBaselineAndBestDecline() {
        // Suppressed Tg 120 -> 30 -> 13.2 ng/mL: -75% then -89% (Ho 2013 reported a mean 89% decline).
        final ThyroglobulinResponse.Result r = ThyroglobulinResponse.evaluate(List.of(
                new ThyroglobulinMeasurement(D, 120, false, false),
                new ThyroglobulinMeasurement(D.plusDays(60), 30, false, false),
                new ThyroglobulinMeasurement(D.plusDays(180), 13.2, false, false)),
                ThyroglobulinResponse.Imaging.STRUCTURAL_OR_FUNCTIONAL_DISEASE, false);
        assertThat(r.changesPct().get(0)).isNaN();
        assertThat(r.changesPct().get(1)).isCloseTo(-75.0, within(1e-12));
        assertThat(r.bestChangePct()).isCloseTo(-89.0, within(1e-12));
        assertThat(r.antibodyInterference()).isFalse();
        assertThat(r.ataCategory()).isEqualTo(ThyroglobulinResponse.AtaCategory.STRUCTURAL_INCOMPLETE);
    }

    @Test
    void stimulatedValuesAreComparedWithTheStimulatedBaselineAndAntibodiesAreFlagged() {
        final ThyroglobulinResponse.Result r = ThyroglobulinResponse.evaluate(List.of(
                new ThyroglobulinMeasurement(D, 10, false, false),
                new ThyroglobulinMeasurement(D.plusDays(1), 50, true, true),
                new ThyroglobulinMeasurement(D.plusDays(90), 25, true, true)),
                ThyroglobulinResponse.Imaging.NONSPECIFIC, false);
        assertThat(r.changesPct().get(1)).isNaN();
        assertThat(r.changesPct().get(2)).isCloseTo(-50.0, within(1e-12));
        assertThat(r.antibodyInterference()).isTrue();
        assertThat(r.notes()).anyMatch(n -> n.contains("falsely low"));
    }

    @ParameterizedTest(name = "Tg {0} ng/mL stimulated={1}, imaging {2}, antibodies rising {3} -> {4}")
    @CsvSource({"0.1,false,NEGATIVE,false,EXCELLENT", "0.5,true,NEGATIVE,false,EXCELLENT",
        "0.5,false,NEGATIVE,false,INDETERMINATE", "5,true,NEGATIVE,false,INDETERMINATE",
        "1.0,false,NEGATIVE,false,BIOCHEMICAL_INCOMPLETE", "10,true,NEGATIVE,false,BIOCHEMICAL_INCOMPLETE",
        "0.1,false,NEGATIVE,true,BIOCHEMICAL_INCOMPLETE", "0.1,false,NONSPECIFIC,false,INDETERMINATE",
        "0.1,false,STRUCTURAL_OR_FUNCTIONAL_DISEASE,false,STRUCTURAL_INCOMPLETE"})
    void ataCategories(double tg, boolean stimulated, ThyroglobulinResponse.Imaging imaging, boolean rising,
                       ThyroglobulinResponse.AtaCategory expected) {
        assertThat(ThyroglobulinResponse.category(new ThyroglobulinMeasurement(D, tg, stimulated, false), imaging,
                rising)).isEqualTo(expected);
    }

    @Test
    void worstGradePerPatientAndTable4Columns() {
        final List<AdverseEvent> events = List.of(
                new AdverseEvent("P1", "Pyrexia", 3, AdverseEvent.Attribution.PROBABLE, D, D.plusDays(3),
                        AdverseEvent.Action.INTERRUPTED),
                new AdverseEvent("P1", "Fatigue", 2, AdverseEvent.Attribution.POSSIBLE, D, null,
                        AdverseEvent.Action.NONE),
                new AdverseEvent("P2", "Rash", 1, AdverseEvent.Attribution.DEFINITE, D, D.plusDays(10),
                        AdverseEvent.Action.NONE),
                new AdverseEvent("P3", "Pyrexia", 4, AdverseEvent.Attribution.DEFINITE, D, D.plusDays(5),
                        AdverseEvent.Action.WITHDRAWN),
                new AdverseEvent("P4", "Nausea", 3, AdverseEvent.Attribution.UNRELATED, D, D.plusDays(2),
                        AdverseEvent.Action.NONE));
        final AdverseEventSummary.Result all = AdverseEventSummary.summarise(events, 10, false);
        // Worst grades: P1 3, P2 1, P3 4, P4 3 -> grade 1: 1, grade 3: 2, grade 4: 1; >= 3 in 3 of 10 = 30%.
        assertThat(all.worstGradeCounts()).containsExactly(1, 0, 2, 1, 0);
        assertThat(all.grade3OrWorse()).isEqualTo(3);
        assertThat(all.grade3OrWorsePct()).isEqualTo(30.0);
        assertThat(all.interrupted()).isEqualTo(1);
        assertThat(all.withdrawn()).isEqualTo(1);
        assertThat(all.terms()).extracting(AdverseEventSummary.TermCount::term)
                .containsExactly("Fatigue", "Nausea", "Pyrexia", "Rash");
        assertThat(all.terms().get(2)).isEqualTo(new AdverseEventSummary.TermCount("Pyrexia", 2, 2));
        final AdverseEventSummary.Result related = AdverseEventSummary.summarise(events, 10, true);
        assertThat(related.grade3OrWorse()).isEqualTo(2);
    }

    @Test
    void termsDifferingOnlyInCaseOrSpacesAreOneTerm() {
        final AdverseEventSummary.Result r = AdverseEventSummary.summarise(List.of(
                new AdverseEvent("P1", "Fatigue", 1, AdverseEvent.Attribution.POSSIBLE, D, null,
                        AdverseEvent.Action.NONE),
                new AdverseEvent("P2", " fatigue ", 3, AdverseEvent.Attribution.POSSIBLE, D, null,
                        AdverseEvent.Action.NONE)), 5, false);
        assertThat(r.terms()).containsExactly(new AdverseEventSummary.TermCount("Fatigue", 2, 1));
    }

    @Test
    void badEventsAreRejectedWithTheirField() {
        assertThatThrownBy(() -> new AdverseEvent("P1", "Rash", 6, AdverseEvent.Attribution.POSSIBLE, D, null,
                AdverseEvent.Action.NONE)).hasMessageContaining("CTCAE grade must be an integer in [1, 5], got 6");
        assertThatThrownBy(() -> new AdverseEvent("P1", "Rash", 2, AdverseEvent.Attribution.POSSIBLE, D,
                D.minusDays(1), AdverseEvent.Action.NONE)).hasMessageContaining("is before onset");
        assertThatThrownBy(() -> AdverseEventSummary.summarise(List.of(new AdverseEvent("P1", "Rash", 2,
                AdverseEvent.Attribution.POSSIBLE, D, null, AdverseEvent.Action.NONE)), 0, false))
                .hasMessageContaining("treated patients must be at least 1, got 0");
        assertThatThrownBy(() -> AdverseEventSummary.summarise(List.of(new AdverseEvent("P1", "Rash", 2,
                AdverseEvent.Attribution.POSSIBLE, D, null, AdverseEvent.Action.NONE), new AdverseEvent("P2", "Rash",
                1, AdverseEvent.Attribution.POSSIBLE, D, null, AdverseEvent.Action.NONE)), 1, false))
                .hasMessageContaining("treated patients (1) must be at least the number of patients with events (2)");
        assertThatThrownBy(() -> new ThyroglobulinMeasurement(D, -1, false, null)).hasMessageContaining("ng/mL");
    }
}
