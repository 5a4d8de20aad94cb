package org.rediff.core.evidence;

import org.rediff.core.common.Codes;

/**
 * How proportions are pooled: an inverse-variance (normal-normal) model on one of the effect-measure scales, or
 * the binomial-normal GLMM (random-intercept logistic regression), which Schwarzer et al. 2019 (Res Synth
 * Methods 10:476, doi:10.1002/jrsm.1348) recommend for proportions.
 *
 * <p>PR, PLO, PAS and PFT pool on the scale of the {@link EffectMeasure} of the same name; GLMM fits
 * {@link BinomialNormalGlmm}.
 */
public enum PoolingModel {
    PR, PLO, PAS, PFT, GLMM;

    /**
     * The code of inputs and reports: metafor's {@code measure}, or GLMM.
     *
     * @return the constant's name, e.g. {@code PLO}
     */
    public String code() {
        return name();
    }

    /**
     * The display label.
     *
     * @return the model in words, e.g. "logit"
     */
    public String label() {
        return switch (this) {
            case PR -> "raw proportion";
            case PLO -> "logit";
            case PAS -> "arcsine square root";
            case PFT -> "Freeman-Tukey double arcsine";
            case GLMM -> "binomial-normal GLMM";
        };
    }

    /**
     * Reads a model code, ignoring case.
     *
     * @param code PR, PLO, PAS, PFT or GLMM
     * @return the model
     * @throws org.rediff.core.common.InvalidInputException naming the allowed codes if {@code code} is none of
     *                                                      them
     */
    public static PoolingModel parse(String code) {
        return Codes.parse(values(), PoolingModel::code, "measure", code);
    }

    /** The effect measure of an inverse-variance model; GLMM works on the logit scale. */
    public EffectMeasure measure() {
        return this == GLMM ? EffectMeasure.PLO : EffectMeasure.valueOf(name());
    }
}
