package org.rediff.core.dosimetry;

import java.util.Locale;
import org.rediff.core.common.InvalidInputException;

/** Time-activity curve models (EANM/MIRD practice; model choice by AICc as in EJNMMI Phys 2021;8:39). */
public enum FitModel {
    /** Choose among the fitted models by AICc. */
    AUTO(0),
    /** Trapezoid integration of the measurements plus a tail after the last one. */
    TRAPEZOID(0),
    /** a·e^(−λt). */
    MONO(2),
    /** a₁·e^(−λ₁t) + a₂·e^(−λ₂t). */
    BI(4),
    /** a·(e^(−λw·t) − e^(−λu·t)), uptake faster than washout. */
    UPTAKE_WASHOUT(3);

    private final int parameters;

    FitModel(int parameters) {
        this.parameters = parameters;
    }

    /** Number of fitted parameters (0 for the trapezoid). */
    public int parameters() {
        return parameters;
    }

    /** The fewest measurements the model needs (a fit with more parameters than points is not identified). */
    public int minimumPoints() {
        return switch (this) {
            case AUTO, TRAPEZOID -> 1;
            case MONO -> 2;
            case BI -> 4;
            case UPTAKE_WASHOUT -> 3;
        };
    }

    /**
     * The model's code in inputs and reports.
     *
     * @return the lower-case name, e.g. {@code uptake_washout}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The display label.
     *
     * @return e.g. "bi-exponential"
     */
    public String label() {
        return switch (this) {
            case AUTO -> "automatic (AICc)";
            case TRAPEZOID -> "trapezoid";
            case MONO -> "mono-exponential";
            case BI -> "bi-exponential";
            case UPTAKE_WASHOUT -> "uptake-washout";
        };
    }

    /**
     * Reads a model code for the field {@code fit}, as {@link #parse(String, String)}.
     *
     * @param code auto, trapezoid, mono, bi or uptake_washout
     * @return the model
     * @throws InvalidInputException if {@code code} is none of the codes
     */
    public static FitModel parse(String code) {
        return parse(code, "fit");
    }

    /**
     * Reads a model code, ignoring case.
     *
     * @param text  auto, trapezoid, mono, bi or uptake_washout
     * @param field the input field, for the message
     * @return the model
     * @throws InvalidInputException if {@code text} is none of the codes
     */
    public static FitModel parse(String text, String field) {
        for (FitModel m : values()) {
            if (m.code().equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new InvalidInputException(field + " must be one of auto, trapezoid, mono, bi, uptake_washout, got '"
                + text + "'");
    }
}
