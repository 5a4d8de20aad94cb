package org.rediff.core.evidence;

/**
 * A study as shown in a forest plot: its raw proportion with the exact (Clopper-Pearson) interval and its weight.
 *
 * @param label         study label
 * @param events        events
 * @param total         participants
 * @param proportion    events / total
 * @param ciLower       Clopper-Pearson lower bound
 * @param ciUpper       Clopper-Pearson upper bound
 * @param weightPercent weight in the pooled inverse-variance model in percent; NaN for the GLMM, which has no
 *                      study weights
 */
public record StudyRow(String label, int events, int total, double proportion, double ciLower, double ciUpper,
                       double weightPercent) {
}
