package org.rediff.core.protocol;

import org.rediff.core.common.Codes;

/** How a protocol measures restored iodine uptake (protocols.md §1.3). */
public enum UptakeMethod {
    I124_PET("124I_PET", "124I PET/CT with lesion dosimetry"),
    I123_SCAN("123I_scan", "123I scintigraphy"),
    I131_DIAGNOSTIC_WBS("131I_WBS", "diagnostic 131I whole-body scan");

    private final String code;
    private final String label;

    UptakeMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static UptakeMethod parse(String code) {
        return Codes.parse(values(), UptakeMethod::code, "uptake_checks.method", code);
    }
}
