/**
 * Survival analysis as R's survival package computes it: Kaplan-Meier with Greenwood variance, log/log-log/plain
 * intervals and the median ({@link org.rediff.core.survival.KaplanMeierEstimator}), the k-group log-rank test
 * ({@link org.rediff.core.survival.LogRankTest}) and Cox regression with Efron or Breslow ties
 * ({@link org.rediff.core.survival.CoxModel}). Reference: Therneau and Grambsch, Modeling Survival Data, 2000.
 */
package org.rediff.core.survival;
