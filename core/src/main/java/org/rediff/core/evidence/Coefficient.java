package org.rediff.core.evidence;

/**
 * One coefficient of a fitted model, on the transformed (analysis) scale.
 *
 * @param name      metafor-style name ({@code intrcpt}, a continuous moderator, or moderator + level)
 * @param estimate  estimate
 * @param se        standard error
 * @param statistic z (normal) or t (Knapp-Hartung) statistic
 * @param pValue    two-sided p-value
 * @param ciLower   lower confidence bound
 * @param ciUpper   upper confidence bound
 */
public record Coefficient(String name, double estimate, double se, double statistic, double pValue,
                          double ciLower, double ciUpper) {
}
