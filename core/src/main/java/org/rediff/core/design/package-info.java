/**
 * Trial design: Simon two-stage ({@link org.rediff.core.design.SimonTwoStage}), single-stage exact binomial
 * ({@link org.rediff.core.design.SingleStageExact}), two proportions ({@link org.rediff.core.design.TwoProportions})
 * and log-rank event counts ({@link org.rediff.core.design.SurvivalSampleSize}).
 */
package org.rediff.core.design;
