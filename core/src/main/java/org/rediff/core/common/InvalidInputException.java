package org.rediff.core.common;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The one exception the core throws for invalid input. It carries the {@link Problem}s, each naming the parameter
 * (in the core's names), the value and what is allowed, so that an API can list the invalid fields and each front
 * end can word them in its own names ({@link #message(UnaryOperator)}). Errors found in files keep the older form:
 * one message naming the file, row and field, with no structured problems.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** A problem described in one message (files, rows, fields), with no parameter path. */
    public InvalidInputException(String message) {
        super(message);
        this.problems = List.of();
    }

    /** One or more problems with their parameters. */
    public InvalidInputException(List<Problem> problems) {
        super(join(problems, UnaryOperator.identity()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems given");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem: {@code path} with {@code value} breaks {@code allowed}. */
    public static InvalidInputException of(String path, Object value, String allowed) {
        return new InvalidInputException(List.of(new Problem(path, value == null ? null : String.valueOf(value),
                allowed)));
    }

    /** The structured problems; empty when the exception was made from a message alone. */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    /** The message with every parameter name passed through {@code names} (a front end's declared table). */
    public String message(UnaryOperator<String> names) {
        return problems().isEmpty() ? getMessage() : join(problems(), names);
    }

    /** The same problems with every parameter name passed through {@code names}; itself if it has none. */
    public InvalidInputException renamed(UnaryOperator<String> names) {
        if (problems().isEmpty()) {
            return this;
        }
        return new InvalidInputException(problems().stream().map(p -> p.renamed(names)).toList());
    }

    private static String join(List<Problem> problems, UnaryOperator<String> names) {
        return problems.stream().map(p -> p.render(names)).collect(Collectors.joining("\n"));
    }
}
