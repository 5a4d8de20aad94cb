package org.rediff.core.common;

import java.util.Collection;

/** Precondition checks that throw {@link InvalidInputException} with a message naming the parameter. */
public final class Require {
    private Require() {
    }

    /**
     * Requires a finite number (not NaN or infinite).
     *
     * @param value the value
     * @param name  the parameter's name, for the message
     * @return {@code value}
     * @throws InvalidInputException if {@code value} is NaN or infinite
     */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw InvalidInputException.of(name, value, "must be a finite number");
        }
        return value;
    }

    /**
     * Requires a finite number in [min, ∞).
     *
     * @param value the value
     * @param min   the smallest allowed value
     * @param name  the parameter's name, for the message
     * @return {@code value}
     * @throws InvalidInputException if {@code value} is not finite or below {@code min}
     */
    public static double atLeast(double value, double min, String name) {
        finite(value, name);
        if (value < min) {
            throw InvalidInputException.of(name, value, "must be in [" + min + ", ∞)");
        }
        return value;
    }

    /**
     * Requires an integer in [min, ∞).
     *
     * @param value the value
     * @param min   the smallest allowed value
     * @param name  the parameter's name, for the message
     * @return {@code value}
     * @throws InvalidInputException if {@code value} is below {@code min}
     */
    public static int atLeast(int value, int min, String name) {
        if (value < min) {
            throw InvalidInputException.of(name, value, "must be an integer in [" + min + ", ∞)");
        }
        return value;
    }

    /**
     * Requires a finite number in (0, ∞).
     *
     * @param value the value
     * @param name  the parameter's name, for the message
     * @return {@code value}
     * @throws InvalidInputException if {@code value} is not finite or not above 0
     */
    public static double positive(double value, String name) {
        finite(value, name);
        if (value <= 0) {
            throw InvalidInputException.of(name, value, "must be in (0, ∞)");
        }
        return value;
    }

    /**
     * Requires a finite number in the open interval (lo, hi).
     *
     * @param value the value
     * @param lo    exclusive lower limit
     * @param hi    exclusive upper limit
     * @param name  the parameter's name, for the message
     * @return {@code value}
     * @throws InvalidInputException if {@code value} is not finite or not strictly between {@code lo} and
     *                               {@code hi}
     */
    public static double inOpen(double value, double lo, double hi, String name) {
        finite(value, name);
        if (value <= lo || value >= hi) {
            throw InvalidInputException.of(name, value, "must be in (" + lo + ", " + hi + ")");
        }
        return value;
    }

    /**
     * Requires a collection with at least {@code min} entries.
     *
     * @param <T>    the collection type
     * @param values the collection, may be null (counts as empty)
     * @param min    the fewest entries allowed
     * @param name   the parameter's name, for the message
     * @return {@code values}
     * @throws InvalidInputException if {@code values} is null or has fewer than {@code min} entries
     */
    public static <T extends Collection<?>> T minSize(T values, int min, String name) {
        if (values == null || values.size() < min) {
            throw InvalidInputException.of(name, values == null ? 0 : values.size(),
                    "needs at least " + min + " entries");
        }
        return values;
    }

    /**
     * Requires a value.
     *
     * @param <T>   the value's type
     * @param value the value
     * @param name  the parameter's name, for the message
     * @return {@code value}
     * @throws InvalidInputException if {@code value} is null
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw InvalidInputException.of(name, null, "is required");
        }
        return value;
    }

    /**
     * Requires a non-blank text.
     *
     * @param value the text
     * @param name  the parameter's name, for the message
     * @return {@code value}, unchanged
     * @throws InvalidInputException if {@code value} is null, empty or only white space
     */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(name, null, "is required and must not be blank");
        }
        return value;
    }
}
