package org.rediff.core.patient;

import org.rediff.core.common.Codes;

/** Follicular-cell-derived thyroid cancer histologies the registry records, with their ICD-O-3 morphology codes. */
public enum Histology {
    PTC("ptc", "papillary thyroid carcinoma", "8260/3"),
    FTC("ftc", "follicular thyroid carcinoma", "8330/3"),
    ONCOCYTIC("oncocytic", "oncocytic (Hürthle cell) carcinoma", "8290/3"),
    PDTC("pdtc", "poorly differentiated thyroid carcinoma", "8337/3");

    private final String code;
    private final String label;
    private final String icdO3;

    Histology(String code, String label, String icdO3) {
        this.code = code;
        this.label = label;
        this.icdO3 = icdO3;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** ICD-O-3 morphology (8260/3 checked; the others as commonly cited, not verified against the ICD-O-3 book). */
    public String icdO3() {
        return icdO3;
    }

    public static Histology parse(String code) {
        return Codes.parse(values(), Histology::code, "diagnosis.histology", code);
    }
}
