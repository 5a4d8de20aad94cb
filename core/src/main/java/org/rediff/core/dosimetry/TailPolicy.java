package org.rediff.core.dosimetry;

import org.rediff.core.common.InvalidInputException;

/** How the trapezoid integral is extended beyond the last measurement. */
public enum TailPolicy {
    /** A_n/λ_phys: physical decay only — the longest possible tail, conservative for dose to the region. */
    PHYSICAL,
    /** A_n/λ with λ fitted to the last measurements (never slower than physical decay). */
    FITTED;

    public static TailPolicy parse(String text, String field) {
        if ("physical".equalsIgnoreCase(text)) {
            return PHYSICAL;
        }
        if ("fitted".equalsIgnoreCase(text)) {
            return FITTED;
        }
        throw new InvalidInputException(field + " must be physical or fitted, got '" + text + "'");
    }
}
