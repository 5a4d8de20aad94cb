package org.rediff.core.common;

import java.util.Collection;

/** Precondition checks that throw {@link InvalidInputException} with a message naming the parameter. */
public final class Require {
    private Require() {
    }

    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(name + " must be a finite number, got " + value);
        }
        return value;
    }

    public static double atLeast(double value, double min, String name) {
        finite(value, name);
        if (value < min) {
            throw new InvalidInputException(name + " must be in [" + min + ", ∞), got " + value);
        }
        return value;
    }

    public static int atLeast(int value, int min, String name) {
        if (value < min) {
            throw new InvalidInputException(name + " must be an integer in [" + min + ", ∞), got " + value);
        }
        return value;
    }

    public static double positive(double value, String name) {
        finite(value, name);
        if (value <= 0) {
            throw new InvalidInputException(name + " must be in (0, ∞), got " + value);
        }
        return value;
    }

    /** Open interval (lo, hi). */
    public static double inOpen(double value, double lo, double hi, String name) {
        finite(value, name);
        if (value <= lo || value >= hi) {
            throw new InvalidInputException(name + " must be in (" + lo + ", " + hi + "), got " + value);
        }
        return value;
    }

    public static <T extends Collection<?>> T minSize(T values, int min, String name) {
        if (values == null || values.size() < min) {
            throw new InvalidInputException(name + " needs at least " + min + " entries, got "
                    + (values == null ? 0 : values.size()));
        }
        return values;
    }

    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name + " is required");
        }
        return value;
    }

    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name + " is required and must not be blank");
        }
        return value;
    }
}
