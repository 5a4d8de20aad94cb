package org.rediff.core.evidence;

import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * Where a number in the evidence base comes from.
 *
 * @param source     short, specific source ("Ho 2013 abstract", "ITOG 2025 Table 3", "derived: 11% x 9 = 1 …")
 * @param confidence high (primary abstract or full text), medium (review table, secondary) or low
 */
public record Provenance(String source, Confidence confidence) {
    /** How far a number can be trusted, as the source data grade it. */
    public enum Confidence { HIGH, MEDIUM, LOW;

        /** The code in the evidence CSV's provenance entries: high, medium or low. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The display label: high, medium or low. */
        public String label() {
            return code();
        }

        /**
         * Reads a confidence grade by its code, as {@link #parse(String, String)} for the field "provenance".
         *
         * @param code high, medium or low
         * @return the grade
         * @throws InvalidInputException if {@code code} is none of high, medium, low
         */
        public static Confidence parse(String code) {
            return parse(code == null ? "" : code, "provenance");
        }

        /**
         * Reads a confidence grade, ignoring case and surrounding spaces.
         *
         * @param text  high, medium or low
         * @param field the field it belongs to, for the message
         * @return the grade
         * @throws InvalidInputException if {@code text} is none of high, medium, low
         */
        public static Confidence parse(String text, String field) {
            try {
                return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field + ": confidence must be one of high, medium, low, got '"
                        + text + "'");
            }
        }
    }

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if {@code source} is blank or {@code confidence} is null
     */
    public Provenance {
        Require.notBlank(source, "provenance source");
        Require.notNull(confidence, "provenance confidence");
    }
}
