package org.rediff.core.evidence;

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
    EB
}
