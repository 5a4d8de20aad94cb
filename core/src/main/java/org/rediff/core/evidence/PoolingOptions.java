package org.rediff.core.evidence;

import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * Settings of a pooled analysis.
 *
 * @param model        effect measure or GLMM (default PLO)
 * @param method       τ² estimator for inverse-variance models (default REML; ignored by GLMM, which is ML)
 * @param knappHartung Knapp-Hartung t/F inference (inverse-variance models only)
 * @param level        confidence level in (0.5, 1), default 0.95
 */
public record PoolingOptions(PoolingModel model, Tau2Method method, boolean knappHartung, double level) {
    /**
     * Checks the settings.
     *
     * @throws InvalidInputException if {@code model} or {@code method} is null, {@code level} is not in (0.5, 1),
     *                               or Knapp-Hartung is asked for with GLMM
     */
    public PoolingOptions {
        Require.notNull(model, "measure");
        Require.notNull(method, "method");
        Require.inOpen(level, 0.5, 1, "confidence level");
        if (model == PoolingModel.GLMM && knappHartung) {
            throw InvalidInputException.of("knha", null,
                    "(Knapp-Hartung) is not available with measure GLMM, which uses Wald z tests");
        }
    }

    /**
     * The default settings.
     *
     * @return PLO, REML, no Knapp-Hartung, level 0.95
     */
    public static PoolingOptions defaults() {
        return new PoolingOptions(PoolingModel.PLO, Tau2Method.REML, false, 0.95);
    }
}
