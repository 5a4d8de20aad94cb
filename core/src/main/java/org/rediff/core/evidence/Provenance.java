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

        public static Confidence parse(String text, String field) {
            try {
                return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field + ": confidence must be one of high, medium, low, got '"
                        + text + "'");
            }
        }
    }

    public Provenance {
        Require.notBlank(source, "provenance source");
        Require.notNull(confidence, "provenance confidence");
    }
}
