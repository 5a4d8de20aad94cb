package org.rediff.core.protocol;

/**
 * What set a 131I activity: the protocol's fixed activity, a choice within its range or by the physician below the
 * largest allowed, or, from 124I dosimetry, the target lesion dose or the limit that binds first (the codes of the
 * dosimetry planner's binding constraint: target, blood, retention, cap).
 */
public enum PrescriptionBasis {
    FIXED_BY_PROTOCOL("fixed", "the protocol's fixed activity"),
    CHOSEN("chosen", "chosen by the prescriber within what the protocol and the limits allow"),
    TARGET("target", "the activity for the target lesion dose"),
    BLOOD("blood", "blood dose limit (maximum tolerated activity)"),
    RETENTION("retention", "48-h whole-body retention limit"),
    CAP("cap", "the activity cap of the dosimetry plan"),
    RANGE_MAX("range_max", "the top of the protocol's activity range");

    private final String code;
    private final String label;

    PrescriptionBasis(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static PrescriptionBasis parse(String code) {
        return org.rediff.core.common.Codes.parse(values(), PrescriptionBasis::code, "limited_by", code);
    }
}
