package org.rediff.core.evidence;

import org.rediff.core.common.InvalidInputException;

/**
 * A study's observed effect on the analysis scale and its sampling variance (metafor's {@code yi}, {@code vi}).
 *
 * @param label    study label
 * @param effect   observed effect on the transformed scale
 * @param variance sampling variance, finite and positive
 */
public record StudyEffect(String label, double effect, double variance) {
    /**
     * Checks the effect and variance.
     *
     * @throws InvalidInputException if {@code effect} is not finite or {@code variance} is not finite and above 0
     */
    public StudyEffect {
        if (!Double.isFinite(effect)) {
            throw new InvalidInputException("study '" + label + "': effect must be finite, got " + effect);
        }
        if (!(variance > 0) || !Double.isFinite(variance)) {
            throw new InvalidInputException("study '" + label + "': sampling variance must be in (0, ∞), got "
                    + variance + " (a raw proportion of 0 or 1 without continuity correction has variance 0)");
        }
    }
}
