package org.rediff.core.patient;

import org.rediff.core.common.Codes;

/** Radioiodine avidity of a lesion on one scan; a baseline tells redifferentiation from uptake enhancement. */
public enum Avidity {
    AVID("avid"), NON_AVID("non_avid"), PARTIAL("partial"), NOT_ASSESSED("not_assessed");

    private final String code;

    Avidity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String label() {
        return code.replace('_', '-');
    }

    public static Avidity parse(String code) {
        return Codes.parse(values(), Avidity::code, "lesions.avidity", code);
    }
}
