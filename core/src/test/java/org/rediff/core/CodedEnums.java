package org.rediff.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.function.Function;
import org.rediff.core.common.InvalidInputException;

/** Checks of a coded enum's code(), label() and parse(code), shared by the capabilities' tests. */
public final class CodedEnums {
    private CodedEnums() {
    }

    /**
     * Every constant parses back from its code (also in upper and lower case when {@code ignoresCase}); codes and
     * labels are distinct and not blank; an unknown code (and null) is an {@link InvalidInputException} naming every
     * allowed code.
     */
    public static <E extends Enum<E>> void roundTrips(E[] values, Function<E, String> code, Function<E, String> label,
                                                      Function<String, E> parse, boolean ignoresCase) {
        assertThat(values).isNotEmpty();
        for (E e : values) {
            assertThat(code.apply(e)).as("code of %s", e).isNotBlank();
            assertThat(label.apply(e)).as("label of %s", e).isNotBlank();
            assertThat(parse.apply(code.apply(e))).as("parse(code()) of %s", e).isSameAs(e);
            if (ignoresCase) {
                assertThat(parse.apply(code.apply(e).toUpperCase(java.util.Locale.ROOT))).isSameAs(e);
                assertThat(parse.apply(code.apply(e).toLowerCase(java.util.Locale.ROOT))).isSameAs(e);
            }
        }
        assertThat(Arrays.stream(values).map(code)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(values).map(label)).doesNotHaveDuplicates();
        for (String bad : new String[] {"no such code", null}) {
            assertThatThrownBy(() -> parse.apply(bad)).as("parse(%s)", bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(t -> assertThat(t.getMessage()).contains(Arrays.stream(values).map(code).toList()));
        }
    }
}
