package org.rediff.core.evidence;

/**
 * How proportions are pooled: an inverse-variance (normal-normal) model on one of the effect-measure scales, or
 * the binomial-normal GLMM (random-intercept logistic regression), which Schwarzer et al. 2019 (Res Synth
 * Methods 10:476, doi:10.1002/jrsm.1348) recommend for proportions.
 */
public enum PoolingModel {
    PR, PLO, PAS, PFT, GLMM;

    /** The effect measure of an inverse-variance model; GLMM works on the logit scale. */
    public EffectMeasure measure() {
        return this == GLMM ? EffectMeasure.PLO : EffectMeasure.valueOf(name());
    }
}
