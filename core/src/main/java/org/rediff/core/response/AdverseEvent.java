package org.rediff.core.response;

import java.time.LocalDate;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * An adverse event graded by CTCAE v5.0 (NCI, 2017).
 *
 * @param patientId   patient
 * @param term        CTCAE term (e.g. "Fatigue", "Pyrexia")
 * @param grade       grade 1 (mild) to 5 (death)
 * @param attribution relation to the drug
 * @param onset       onset date
 * @param resolution  resolution date, or null if ongoing
 * @param action      action taken with the drug
 */
public record AdverseEvent(String patientId, String term, int grade, Attribution attribution, LocalDate onset,
                           LocalDate resolution, Action action) {
    /** Attribution to the study drug. */
    public enum Attribution { UNRELATED, UNLIKELY, POSSIBLE, PROBABLE, DEFINITE;

        /** Possibly, probably or definitely related. */
        public boolean related() {
            return this == POSSIBLE || this == PROBABLE || this == DEFINITE;
        }
    }

    /** Action taken with the study drug. */
    public enum Action { NONE, DOSE_REDUCED, INTERRUPTED, WITHDRAWN }

    public AdverseEvent {
        Require.notBlank(patientId, "adverse event patient id");
        Require.notBlank(term, "adverse event term");
        if (grade < 1 || grade > 5) {
            throw new InvalidInputException("adverse event '" + term + "' (patient " + patientId
                    + "): CTCAE grade must be an integer in [1, 5], got " + grade);
        }
        Require.notNull(attribution, "adverse event attribution");
        Require.notNull(onset, "adverse event onset");
        Require.notNull(action, "adverse event action");
        if (resolution != null && resolution.isBefore(onset)) {
            throw new InvalidInputException("adverse event '" + term + "' (patient " + patientId + "): resolution "
                    + resolution + " is before onset " + onset);
        }
    }
}
