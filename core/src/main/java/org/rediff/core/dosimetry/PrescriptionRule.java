package org.rediff.core.dosimetry;

import org.rediff.core.common.InvalidInputException;

/**
 * Which lesions must reach the target dose.
 *
 * @param kind          all lesions (default), any lesion, or one index lesion
 * @param indexLesionId the index lesion's id for {@link Kind#INDEX_LESION}, else null
 */
public record PrescriptionRule(Kind kind, String indexLesionId) {
    /** Kinds of rule. */
    public enum Kind { ALL_LESIONS, ANY_LESION, INDEX_LESION;

        /**
         * The code of the rule, without the index lesion's id.
         *
         * @return all_lesions, any_lesion or index_lesion
         */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * The display label.
         *
         * @return "every lesion", "at least one lesion" or "index lesion"
         */
        public String label() {
            return switch (this) {
                case ALL_LESIONS -> "every lesion";
                case ANY_LESION -> "at least one lesion";
                case INDEX_LESION -> "index lesion";
            };
        }

        /**
         * Reads a kind by its code (the rule with its lesion id is read by
         * {@link PrescriptionRule#parse(String)}).
         *
         * @param code all_lesions, any_lesion or index_lesion
         * @return the kind
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static Kind parse(String code) {
            for (Kind k : values()) {
                if (k.code().equals(code)) {
                    return k;
                }
            }
            throw InvalidInputException.of("rule", "'" + code + "'", "must be one of all_lesions, any_lesion, "
                    + "index_lesion");
        }
    }

    /**
     * Checks the rule.
     *
     * @throws InvalidInputException if the kind is {@link Kind#INDEX_LESION} and the lesion id is null or blank
     */
    public PrescriptionRule {
        if (kind == Kind.INDEX_LESION && (indexLesionId == null || indexLesionId.isBlank())) {
            throw new InvalidInputException("rule index_lesion needs a lesion id: index_lesion:ID");
        }
    }

    /**
     * Reads a rule code.
     *
     * @param text {@code all_lesions} (also when null), {@code any_lesion} or {@code index_lesion:ID}
     * @return the rule
     * @throws InvalidInputException if {@code text} is none of these or the index lesion id is blank
     */
    public static PrescriptionRule parse(String text) {
        if (text == null || text.equals("all_lesions")) {
            return new PrescriptionRule(Kind.ALL_LESIONS, null);
        }
        if (text.equals("any_lesion")) {
            return new PrescriptionRule(Kind.ANY_LESION, null);
        }
        if (text.startsWith("index_lesion:")) {
            return new PrescriptionRule(Kind.INDEX_LESION, text.substring("index_lesion:".length()).trim());
        }
        throw new InvalidInputException("rule must be all_lesions, any_lesion or index_lesion:ID, got '" + text + "'");
    }

    /**
     * The rule's code, as {@link #parse} reads it.
     *
     * @return e.g. {@code index_lesion:L1}
     */
    public String code() {
        return kind == Kind.INDEX_LESION ? kind.code() + ":" + indexLesionId : kind.code();
    }
}
