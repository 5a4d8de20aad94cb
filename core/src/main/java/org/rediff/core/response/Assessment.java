package org.rediff.core.response;

import org.rediff.core.common.Codes;
import java.time.LocalDate;
import java.util.Map;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * One imaging assessment.
 *
 * @param date        date of the scan
 * @param targets     target lesion sizes by id (a target left out was not assessed)
 * @param nonTargets  non-target status by id (a non-target left out was not assessed)
 * @param newLesions  whether unequivocal new lesions appeared
 */
public record Assessment(LocalDate date, Map<String, Measurement> targets, Map<String, NonTargetStatus> nonTargets,
                         boolean newLesions) {
    /** Status of a non-target lesion. */
    public enum NonTargetStatus { PRESENT, ABSENT, PROGRESSION;

        /**
         * The code of inputs and reports.
         *
         * @return the constant's name in lower case, e.g. {@code present}
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
         * @param code present, absent or progression
         * @return the constant
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static NonTargetStatus parse(String code) {
            return Codes.parse(values(), NonTargetStatus::code, "non_target", code);
        }
    }

    /**
     * Checks the date and copies the maps.
     *
     * @throws org.rediff.core.common.InvalidInputException if {@code date} is null
     */
    public Assessment {
        Require.notNull(date, "assessment date");
        targets = Map.copyOf(targets);
        nonTargets = Map.copyOf(nonTargets);
    }
}
