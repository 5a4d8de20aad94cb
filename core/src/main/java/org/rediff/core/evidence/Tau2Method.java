package org.rediff.core.evidence;

import org.rediff.core.common.Codes;

/** Estimators of the between-study variance τ², with metafor's codes (Viechtbauer 2010, rma.uni). */
public enum Tau2Method {
    /** Equal (common) effect: τ² fixed at 0. */
    EE,
    /** DerSimonian and Laird 1986 method of moments. */
    DL,
    /** Hunter and Schmidt 2004. */
    HS,
    /** Sidik and Jonkman 2005, two-step from the OLS residual variance. */
    SJ,
    /** Paule and Mandel 1982 generalised Q equation. */
    PM,
    /** Maximum likelihood. */
    ML,
    /** Restricted maximum likelihood (metafor's default). */
    REML,
    /** Empirical Bayes (Morris 1983; Berkey et al. 1995). */
    EB;

    /**
     * The code of inputs and reports: metafor's {@code method}.
     *
     * @return the constant's name, e.g. {@code REML}
     */
    public String code() {
        return name();
    }

    /**
     * The display label.
     *
     * @return the estimator's name, e.g. "DerSimonian-Laird"
     */
    public String label() {
        return switch (this) {
            case EE -> "equal effects";
            case DL -> "DerSimonian-Laird";
            case HS -> "Hunter-Schmidt";
            case SJ -> "Sidik-Jonkman";
            case PM -> "Paule-Mandel";
            case ML -> "maximum likelihood";
            case REML -> "restricted maximum likelihood";
            case EB -> "empirical Bayes";
        };
    }

    /**
     * Reads a metafor method code, ignoring case.
     *
     * @param code EE, DL, HS, SJ, PM, ML, REML or EB
     * @return the estimator
     * @throws org.rediff.core.common.InvalidInputException naming the allowed codes if {@code code} is none of
     *                                                      them
     */
    public static Tau2Method parse(String code) {
        return Codes.parse(values(), Tau2Method::code, "method", code);
    }
}
