package org.rediff.core.protocol;

import org.rediff.core.common.Codes;

/**
 * How the protocol sets the therapeutic 131I activity: fixed (Rothenberg 2015 and MERAIODE: 5.5 GBq), dosimetric
 * (the activity that reaches a target lesion dose, within the blood and retention limits of the dosimetry planner;
 * Ho 2013, Weber 2022) or a range (ATA 2025 for distant metastases: 3.7–7.4 GBq).
 *
 * @param kind            fixed, dosimetric or range
 * @param fixedMBq        the activity for {@code FIXED}
 * @param targetLesionGy  the lesion dose aimed at for {@code DOSIMETRIC}
 * @param minMBq          the lower end for {@code RANGE}
 * @param maxMBq          the upper end for {@code RANGE}
 */
public record ActivityRule(Kind kind, Double fixedMBq, Double targetLesionGy, Double minMBq, Double maxMBq) {
    /** The kinds of rule. */
    public enum Kind {
        FIXED("fixed"), DOSIMETRIC("dosimetric"), RANGE("range");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind parse(String code) {
            return Codes.parse(values(), Kind::code, "activity_rule.kind", code);
        }
    }

    /** The rule in words. */
    public String describe() {
        return switch (kind) {
            case FIXED -> String.format(java.util.Locale.ROOT, "fixed %.0f MBq (%.1f GBq)", fixedMBq,
                    fixedMBq / 1000);
            case DOSIMETRIC -> "dosimetric: the activity for " + targetLesionGy + " Gy to the target lesion, within "
                    + "the blood and retention limits";
            case RANGE -> String.format(java.util.Locale.ROOT, "%.0f to %.0f MBq", minMBq, maxMBq);
        };
    }
}
