package org.rediff.core.response;

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
    NE
}
