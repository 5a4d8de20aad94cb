package org.rediff.core.response;

import org.rediff.core.common.Codes;
import org.rediff.core.common.InvalidInputException;

/**
 * RECIST 1.1 response categories (Eisenhauer et al., Eur J Cancer 2009;45:228-247), in order from best to worst
 * for the best-overall-response ranking; NE (not evaluable) ranks last.
 */
public enum Response {
    /** Complete response. */
    CR,
    /** Partial response. */
    PR,
    /** Stable disease. */
    SD,
    /** Non-CR/non-PD (non-target disease only). */
    NON_CR_NON_PD,
    /** Progressive disease. */
    PD,
    /** Not evaluable. */
    NE;

    /**
     * The code of the cohort CSV and the reports.
     *
     * @return the constant's name, e.g. {@code PR} or {@code NON_CR_NON_PD}
     */
    public String code() {
        return name();
    }

    /**
     * The label of RECIST tables.
     *
     * @return the code, except "non-CR/non-PD" for {@link #NON_CR_NON_PD}
     */
    public String label() {
        return this == NON_CR_NON_PD ? "non-CR/non-PD" : name();
    }

    /**
     * Reads a response code, ignoring case.
     *
     * @param code CR, PR, SD, NON_CR_NON_PD, PD or NE
     * @return the response
     * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
     */
    public static Response parse(String code) {
        return Codes.parse(values(), Response::code, "response", code);
    }
}
