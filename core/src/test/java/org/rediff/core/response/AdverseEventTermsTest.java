package org.rediff.core.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Near-duplicate terms of an event listing are flagged with their likely term and never merged. */
class AdverseEventTermsTest {
    private static AdverseEventSummary.TermCount term(String name, int patients) {
        return new AdverseEventSummary.TermCount(name, patients, 0);
    }

    @Test
    void aMisspellingBesideTheCtcaeTermIsFlaggedWithIt() {
        final List<AdverseEventTerms.NearDuplicate> flags = AdverseEventTerms.nearDuplicates(List.of(
                term("Fatige", 1), term("Fatigue", 4), term("Nausea", 1)));
        assertThat(flags).containsExactly(new AdverseEventTerms.NearDuplicate("Fatige", 1, "Fatigue", 4, true, 1));
    }

    @Test
    void aMisspellingAloneIsFlaggedWithTheCtcaeTermItIsNear() {
        // "Diarhea" (one r dropped) and "Nasuea" (two letters swapped) are one edit from CTCAE v5.0 terms.
        assertThat(AdverseEventTerms.nearDuplicates(List.of(term("Diarhea", 2), term("Nasuea", 1))))
                .containsExactly(new AdverseEventTerms.NearDuplicate("Diarhea", 2, "Diarrhea", 0, true, 1),
                        new AdverseEventTerms.NearDuplicate("Nasuea", 1, "Nausea", 0, true, 1));
    }

    @Test
    void distinctCtcaeTermsAndShortTermsAreNotFlagged() {
        // Hypokalemia and Hyperkalemia are two edits apart but different events; Cough and Gout are short.
        assertThat(AdverseEventTerms.nearDuplicates(List.of(term("Hypokalemia", 1), term("Hyperkalemia", 1),
                term("Hypothyroidism", 3), term("Hyperthyroidism", 1), term("Cough", 2), term("Gout", 1),
                term("Pyrexia", 3), term("Creatine phosphokinase increased", 1)))).isEmpty();
    }

    @Test
    void betweenTwoUnknownSpellingsTheRarerOneIsFlaggedOnce() {
        assertThat(AdverseEventTerms.nearDuplicates(List.of(term("Rash pustlar", 1), term("Rash pustular", 3))))
                .containsExactly(new AdverseEventTerms.NearDuplicate("Rash pustlar", 1, "Rash pustular", 3, false,
                        1));
    }

    @Test
    void editDistanceCountsAnAdjacentSwapAsOneEdit() {
        assertThat(AdverseEventTerms.distance("fatige", "fatigue")).isEqualTo(1);
        assertThat(AdverseEventTerms.distance("nasuea", "nausea")).isEqualTo(1);
        assertThat(AdverseEventTerms.distance("hypokalemia", "hyperkalemia")).isEqualTo(2);
        assertThat(AdverseEventTerms.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(AdverseEventTerms.near("Fatigue", "fatigue ")).isZero();
    }
}
