package org.rediff.core.common;

import java.util.Arrays;
import java.util.function.Function;

/** Reading coded enums by their documented codes, with the one message for an unknown code. */
public final class Codes {
    private Codes() {
    }

    /**
     * The constant whose code is {@code text}, ignoring case.
     *
     * @param values the constants, in declaration order
     * @param code   each constant's code
     * @param field  the input field, for the message
     * @param text   the code read
     * @param <E>    the enum
     * @return the constant
     * @throws InvalidInputException naming {@code field} and every allowed code if none matches
     */
    public static <E extends Enum<E>> E parse(E[] values, Function<E, String> code, String field, String text) {
        final String t = text == null ? "" : text.strip();
        for (E e : values) {
            if (code.apply(e).equalsIgnoreCase(t)) {
                return e;
            }
        }
        throw InvalidInputException.of(field, "'" + t + "'", "must be one of "
                + Arrays.stream(values).map(code).toList());
    }
}
