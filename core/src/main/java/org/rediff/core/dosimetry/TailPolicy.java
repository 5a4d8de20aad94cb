package org.rediff.core.dosimetry;

import org.rediff.core.common.InvalidInputException;

/** How the trapezoid integral is extended beyond the last measurement. */
public enum TailPolicy {
    /** A_n/λ_phys: physical decay only — the longest possible tail, conservative for dose to the region. */
    PHYSICAL,
    /** A_n/λ with λ fitted to the last measurements (never slower than physical decay). */
    FITTED;

    /**
     * The code of inputs and reports.
     *
     * @return physical or fitted
     */
    public String code() {
        return this == PHYSICAL ? "physical" : "fitted";
    }

    /**
     * The display label.
     *
     * @return "physical decay" or "fitted"
     */
    public String label() {
        return this == PHYSICAL ? "physical decay" : "fitted";
    }

    /**
     * Reads a tail policy code for the field {@code tail}, as {@link #parse(String, String)}.
     *
     * @param code physical or fitted
     * @return the policy
     * @throws InvalidInputException if {@code code} is neither
     */
    public static TailPolicy parse(String code) {
        return parse(code, "tail");
    }

    /**
     * Reads a tail policy, ignoring case.
     *
     * @param text  physical or fitted
     * @param field the input field, for the message
     * @return the policy
     * @throws InvalidInputException if {@code text} is neither
     */
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
