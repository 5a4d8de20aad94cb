package org.rediff.app.design;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.rediff.core.common.InvalidInputException;

/** Parsing of the design parameters, with messages that name the parameter as the page and the API spell it. */
final class Inputs {
    private Inputs() {
    }

    /** A number, or the fallback when blank (null fallback: the value is required). */
    static double number(String name, String text, Double fallback) {
        final Double v = optional(name, text);
        if (v == null) {
            if (fallback == null) {
                throw new InvalidInputException(name + ": a value is required");
            }
            return fallback;
        }
        return v;
    }

    /** A number, or null when blank. */
    static Double optional(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        final double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a number, got '" + text.strip() + "'");
        }
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(name + " must be a finite number, got '" + text.strip() + "'");
        }
        return v;
    }

    /** A whole number, or the fallback when blank. */
    static int integer(String name, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number, got '" + text.strip() + "'");
        }
    }

    /** One of the allowed values (case-insensitive), or the fallback when blank. */
    static String choice(String name, String text, List<String> allowed, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(text.strip())) {
                return a;
            }
        }
        throw new InvalidInputException(name + " must be one of " + allowed + ", got '" + text.strip() + "'");
    }

    /**
     * The page's and the API's names for the core's parameters, as a declared table: the core's names are the
     * page's, except that two-arm designs call the two rates arm1 and arm2, and the evidence choices are the form's
     * outcome and genotype.
     */
    static UnaryOperator<String> names(DesignType type) {
        final Map<String, String> table = type == DesignType.TWO_ARM ? Map.of("p1", "arm1", "p2", "arm2")
                : Map.of("evidence_outcome", "outcome", "evidence_genotype", "genotype");
        return name -> table.getOrDefault(name, name);
    }
}
