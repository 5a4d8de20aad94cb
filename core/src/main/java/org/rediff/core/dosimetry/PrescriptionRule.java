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
    public enum Kind { ALL_LESIONS, ANY_LESION, INDEX_LESION }

    public PrescriptionRule {
        if (kind == Kind.INDEX_LESION && (indexLesionId == null || indexLesionId.isBlank())) {
            throw new InvalidInputException("rule index_lesion needs a lesion id: index_lesion:ID");
        }
    }

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

    public String code() {
        return switch (kind) {
            case ALL_LESIONS -> "all_lesions";
            case ANY_LESION -> "any_lesion";
            case INDEX_LESION -> "index_lesion:" + indexLesionId;
        };
    }
}
