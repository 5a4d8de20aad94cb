package org.rediff.core.protocol;

import org.rediff.core.common.Codes;

/**
 * The protocol's rule for "uptake restored, give 131I".
 *
 * @param kind        treat regardless (MERAIODE), new uptake on the scan (Rothenberg 2015), or a lesion dose
 *                    threshold from 124I dosimetry (Ho 2013: at least 2000 cGy deliverable to a lesion)
 * @param thresholdGy the lesion absorbed dose at the planned 131I activity for {@code LESION_DOSE}, else null
 */
public record UptakeRule(Kind kind, Double thresholdGy) {
    /** The kinds of rule. */
    public enum Kind {
        TREAT_REGARDLESS("treat_regardless", "131I regardless of the scan"),
        NEW_UPTAKE("new_uptake", "new radioiodine uptake on the scan"),
        LESION_DOSE("lesion_dose", "predicted lesion dose at or above the threshold");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static Kind parse(String code) {
            return Codes.parse(values(), Kind::code, "uptake_rule.kind", code);
        }
    }

    /** The rule in words, with its threshold. */
    public String describe() {
        return kind == Kind.LESION_DOSE ? "predicted lesion dose ≥ " + thresholdGy + " Gy in at least one lesion"
                : kind.label();
    }
}
