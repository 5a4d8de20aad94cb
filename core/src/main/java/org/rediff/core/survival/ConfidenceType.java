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

    /**
     * The code of R's {@code conf.type}, as inputs and reports give it.
     *
     * @return log, log-log or plain
     */
    public String code() {
        return switch (this) {
            case LOG -> "log";
            case LOG_LOG -> "log-log";
            case PLAIN -> "plain";
        };
    }

    /**
     * The display label.
     *
     * @return the code
     */
    public String label() {
        return code();
    }

    /**
     * Reads a confidence-interval type (case-sensitive, as R's conf.type).
     *
     * @param text log, log-log or plain
     * @return the type
     * @throws InvalidInputException if {@code text} is none of these (or null)
     */
    public static ConfidenceType parse(String text) {
        return switch (text == null ? "" : text) {
            case "log" -> LOG;
            case "log-log" -> LOG_LOG;
            case "plain" -> PLAIN;
            default -> throw InvalidInputException.of("conf_type", "'" + text + "'", "must be log, log-log or plain");
        };
    }
}
