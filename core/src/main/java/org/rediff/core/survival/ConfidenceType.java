package org.rediff.core.survival;

import org.rediff.core.common.InvalidInputException;

/** Transformation of the pointwise confidence interval of a survival curve, as R survival's {@code conf.type}. */
public enum ConfidenceType {
    /** exp(log S ± z·σ), σ the Greenwood SE of log S (R's default). */
    LOG,
    /** exp(−exp(log(−log S) ± z·σ/log S)). */
    LOG_LOG,
    /** S ± z·S·σ, clipped to [0, 1]. */
    PLAIN;

    public static ConfidenceType parse(String text) {
        return switch (text == null ? "" : text) {
            case "log" -> LOG;
            case "log-log" -> LOG_LOG;
            case "plain" -> PLAIN;
            default -> throw new InvalidInputException("--conf-type must be log, log-log or plain, got '" + text + "'");
        };
    }
}
