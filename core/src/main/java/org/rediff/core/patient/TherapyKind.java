package org.rediff.core.patient;

import org.rediff.core.common.Codes;

/** Kinds of prior therapy; only {@link #I131} enters the cumulative 131I ledger. */
public enum TherapyKind {
    I131("i131", "131I (radioiodine)"), SURGERY("surgery", "surgery"), EXTERNAL_BEAM("external_beam",
            "external beam radiotherapy"), KINASE_INHIBITOR("kinase_inhibitor", "kinase inhibitor"),
    OTHER("other", "other");

    private final String code;
    private final String label;

    TherapyKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static TherapyKind parse(String code) {
        return Codes.parse(values(), TherapyKind::code, "therapies.kind", code);
    }
}
