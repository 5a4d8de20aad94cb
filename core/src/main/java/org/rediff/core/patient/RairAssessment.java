package org.rediff.core.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A dated assertion about radioiodine-refractory disease, never a boolean flag on the patient: the Tuttle 2019
 * scenarios that apply, the conclusion the assessor draws, who assessed and the evidence it rests on.
 *
 * @param date       date of the assessment
 * @param criteria   the scenarios that apply (may be empty when the conclusion is "not refractory")
 * @param refractory the conclusion
 * @param assessor   who made the assessment
 * @param evidence   references to what it rests on (e.g. "scan 2026-02-03 diagnostic WBS", "CT progression
 *                   2026-01-10", "ledger"), free text
 * @param note       free-text reasoning, or null
 */
public record RairAssessment(LocalDate date, Set<RairCriterion> criteria, boolean refractory, String assessor,
                             List<String> evidence, String note) {
    public RairAssessment {
        criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
