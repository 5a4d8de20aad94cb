package org.rediff.core.protocol;

import java.time.LocalDate;
import java.util.List;

/**
 * An uptake decision as recorded for an enrolled patient: which check, when, the lesion measurements it rests on,
 * the 124I dosimetry when there was one, and the decision with the rule and numbers that made it.
 *
 * @param check     index of the protocol's uptake check
 * @param date      date of the decision
 * @param lesions   the measurements per lesion (with predicted doses at the activity the protocol would give)
 * @param dosimetry the 124I dosimetry the predicted doses come from, or null
 * @param decision  the result of the protocol's rule
 * @param by        who recorded it
 */
public record RecordedDecision(int check, LocalDate date, List<LesionUptake> lesions, DosimetryEstimate dosimetry,
                               UptakeDecision decision, String by) {
    public RecordedDecision {
        lesions = List.copyOf(lesions);
    }
}
