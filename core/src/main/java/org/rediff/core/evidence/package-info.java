/**
 * Evidence synthesis for single proportions (uptake restoration, response rates) as R metafor computes it:
 * effect measures ({@link org.rediff.core.evidence.ProportionTransforms}), τ² estimators, the random-effects model
 * and meta-regression ({@link org.rediff.core.evidence.RandomEffectsModel},
 * {@link org.rediff.core.evidence.MetaRegression}), subgroups, leave-one-out, the binomial-normal GLMM and exact
 * study intervals. Main references: Viechtbauer 2010 (J Stat Softw 36(3)); Stijnen et al. 2010 (Stat Med
 * 29:3046); Schwarzer et al. 2019 (Res Synth Methods 10:476).
 */
package org.rediff.core.evidence;
