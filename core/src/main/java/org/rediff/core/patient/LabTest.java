package org.rediff.core.patient;

import org.rediff.core.common.Codes;

/**
 * The laboratory tests the record keeps, with their LOINC codes and the one unit each is stored in: thyroglobulin
 * (3013-0, ng/mL), anti-thyroglobulin antibodies (8098-6, [IU]/mL), TSH (3016-3, mIU/L).
 */
public enum LabTest {
    TG("tg", "thyroglobulin", "3013-0", "ng/mL"),
    TGAB("tgab", "anti-thyroglobulin antibodies", "8098-6", "[IU]/mL"),
    TSH("tsh", "thyrotropin (TSH)", "3016-3", "mIU/L");

    private final String code;
    private final String label;
    private final String loinc;
    private final String unit;

    LabTest(String code, String label, String loinc, String unit) {
        this.code = code;
        this.label = label;
        this.loinc = loinc;
        this.unit = unit;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String loinc() {
        return loinc;
    }

    /** The unit values are given and stored in (UCUM). */
    public String unit() {
        return unit;
    }

    public static LabTest parse(String code) {
        return Codes.parse(values(), LabTest::code, "labs.test", code);
    }
}
