package org.rediff.app.design;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rediff.core.common.InvalidInputException;

/** Parsing of the design parameters, with messages that name the parameter as the page and the API spell it. */
final class Inputs {
    private static final Pattern OPTION = Pattern.compile("--([a-z][a-z0-9-]*)");

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
     * The core's message in the page's words: its command-line options become the parameter names ({@code --p0} →
     * p0, {@code --median-control} → median_control; for two-arm designs {@code --p1}/{@code --p2} → arm1/arm2).
     */
    static String rephrase(String message, DesignType type) {
        if (message == null) {
            return "invalid input";
        }
        final Matcher m = OPTION.matcher(message);
        final StringBuilder out = new StringBuilder();
        while (m.find()) {
            final String option = m.group(1);
            final String name = type == DesignType.TWO_ARM && option.equals("p1") ? "arm1"
                    : type == DesignType.TWO_ARM && option.equals("p2") ? "arm2"
                    : option.replace('-', '_').toLowerCase(Locale.ROOT);
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }
}
