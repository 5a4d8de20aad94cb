package org.rediff.core.evidence;

import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * Settings of a pooled analysis.
 *
 * @param model        effect measure or GLMM (default PLO)
 * @param method       τ² estimator for inverse-variance models (default REML; ignored by GLMM, which is ML)
 * @param knappHartung Knapp-Hartung t/F inference (inverse-variance models only)
 * @param level        confidence level in (0, 1), default 0.95
 */
public record PoolingOptions(PoolingModel model, Tau2Method method, boolean knappHartung, double level) {
    public PoolingOptions {
        Require.notNull(model, "measure");
        Require.notNull(method, "method");
        Require.inOpen(level, 0.5, 1, "confidence level");
        if (model == PoolingModel.GLMM && knappHartung) {
            throw new InvalidInputException("Knapp-Hartung (--knha) is not available with measure GLMM, which uses Wald z tests");
        }
    }

    public static PoolingOptions defaults() {
        return new PoolingOptions(PoolingModel.PLO, Tau2Method.REML, false, 0.95);
    }
}
