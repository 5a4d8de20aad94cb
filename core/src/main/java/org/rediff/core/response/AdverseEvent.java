package org.rediff.core.response;

import org.rediff.core.common.Codes;
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

        /**
         * The code of inputs and reports.
         *
         * @return the constant's name in lower case, e.g. {@code unrelated}
         */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * The display label.
         *
         * @return the code
         */
        public String label() {
            return code();
        }

        /**
         * Reads a code, ignoring case.
         *
         * @param code unrelated, unlikely, possible, probable or definite
         * @return the constant
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static Attribution parse(String code) {
            return Codes.parse(values(), Attribution::code, "attribution", code);
        }

        /** Possibly, probably or definitely related. */
        public boolean related() {
            return this == POSSIBLE || this == PROBABLE || this == DEFINITE;
        }
    }

    /** Action taken with the study drug. */
    public enum Action { NONE, DOSE_REDUCED, INTERRUPTED, WITHDRAWN;

        /**
         * The code of inputs and reports.
         *
         * @return the constant's name in lower case, e.g. {@code none}
         */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * The display label.
         *
         * @return the code with spaces for underscores
         */
        public String label() {
            return code().replace('_', ' ');
        }

        /**
         * Reads a code, ignoring case.
         *
         * @param code none, dose_reduced, interrupted or withdrawn
         * @return the constant
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static Action parse(String code) {
            return Codes.parse(values(), Action::code, "action", code);
        }
    }

    /**
     * Checks the event.
     *
     * @throws InvalidInputException if the patient id or term is blank, the grade is not in [1, 5], the
     *                               attribution, onset or action is null, or the resolution is before the onset
     */
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
