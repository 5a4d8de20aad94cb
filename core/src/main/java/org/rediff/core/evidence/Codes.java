package org.rediff.core.evidence;

import java.util.Arrays;
import java.util.function.Function;
import org.rediff.core.common.InvalidInputException;

/** Reading the coded enums of the evidence base by their documented codes. */
final class Codes {
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
    static <E extends Enum<E>> E parse(E[] values, Function<E, String> code, String field, String text) {
        final String t = text == null ? "" : text;
        for (E e : values) {
            if (code.apply(e).equalsIgnoreCase(t)) {
                return e;
            }
        }
        throw InvalidInputException.of(field, "'" + t + "'", "must be one of "
                + Arrays.stream(values).map(code).toList());
    }
}
