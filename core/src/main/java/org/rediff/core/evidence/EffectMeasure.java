package org.rediff.core.evidence;

/**
 * Effect measures for a single proportion, with the names and variance formulas of R metafor's {@code escalc}
 * (Viechtbauer 2010, J Stat Softw 36(3), doi:10.18637/jss.v036.i03).
 */
public enum EffectMeasure {
    /** Raw proportion p = x/n, sampling variance p(1-p)/n. */
    PR,
    /** Logit log(p/(1-p)), variance 1/x + 1/(n-x). */
    PLO,
    /** Arcsine square root asin(sqrt(p)), variance 1/(4n). */
    PAS,
    /**
     * Freeman-Tukey double arcsine as metafor defines it (half of Freeman and Tukey 1950):
     * (asin(sqrt(x/(n+1))) + asin(sqrt((x+1)/(n+1))))/2, variance 1/(4n+2). Back-transformed with the inversion
     * of Miller 1978 (Am Stat 32:138) at the harmonic mean of the sample sizes.
     */
    PFT;

    /**
     * Whether 0.5 is added to both cells of a study with 0 or n events before the transformation: metafor's
     * default {@code add=1/2, to="only0"} applies to PR and PLO, while PAS and PFT are defined at the boundaries.
     */
    public boolean correctsBoundaryCounts() {
        return this == PR || this == PLO;
    }
}
