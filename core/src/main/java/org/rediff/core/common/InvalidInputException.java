package org.rediff.core.common;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The one exception the core throws for invalid input. It carries the {@link Problem}s, each naming the parameter
 * (in the core's names), the value and what is allowed, so that an API can list the invalid fields and each front
 * end can word them in its own names ({@link #message(UnaryOperator)}). Errors found in files carry a message that
 * says where (file, row, record) beside the problems found there ({@link #InvalidInputException(String, List)}); a
 * few file-level errors (unreadable file, missing columns) are one message with no structured problems.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;
    /** True when the message was given as written (with its context) rather than joined from the problems. */
    private final boolean written;

    /** A problem described in one message (files, rows, fields), with no parameter path. */
    public InvalidInputException(String message) {
        super(message);
        this.problems = List.of();
        this.written = true;
    }

    /**
     * Problems with a message that puts them in context, e.g. {@code "studies.csv row 2 (id P01b): n_restored = 25
     * exceeds n_evaluable = 20"}: {@link #getMessage()} and {@link #message(UnaryOperator)} give {@code message} as
     * written (it names file columns, not a front end's parameters), {@link #problems()} the problems with their
     * paths, for a form or an API to mark the fields.
     *
     * @param message  the whole message, context included
     * @param problems the problems it reports, at least one
     */
    public InvalidInputException(String message, List<Problem> problems) {
        super(message);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems given");
        }
        this.problems = List.copyOf(problems);
        this.written = true;
    }

    /**
     * The same problems with {@code prefix} (e.g. a file name and ": ") before the message.
     *
     * @param prefix text to put before the message
     * @return a new exception with the same problems
     */
    public InvalidInputException inContext(String prefix) {
        return problems().isEmpty() ? new InvalidInputException(prefix + getMessage())
                : new InvalidInputException(prefix + getMessage(), problems());
    }

    /** One or more problems with their parameters. */
    public InvalidInputException(List<Problem> problems) {
        super(join(problems, UnaryOperator.identity()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems given");
        }
        this.problems = List.copyOf(problems);
        this.written = false;
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

    /**
     * One sentence per problem, or the message alone when there are none: what a form shows beside its fields.
     *
     * @return the sentences, in order
     */
    public List<String> messages() {
        return problems().isEmpty() ? List.of(getMessage()) : problems().stream().map(Problem::message).toList();
    }

    /**
     * The message with every parameter name passed through {@code names} (a front end's declared table); a message
     * given as written (alone or with its problems) is returned unchanged.
     */
    public String message(UnaryOperator<String> names) {
        return written || problems().isEmpty() ? getMessage() : join(problems(), names);
    }

    /**
     * The same problems with every parameter name passed through {@code names}; itself if it has none. A message
     * given as written is kept as it is.
     */
    public InvalidInputException renamed(UnaryOperator<String> names) {
        if (problems().isEmpty()) {
            return this;
        }
        final List<Problem> renamed = problems().stream().map(p -> p.renamed(names)).toList();
        return written ? new InvalidInputException(getMessage(), renamed) : new InvalidInputException(renamed);
    }

    private static String join(List<Problem> problems, UnaryOperator<String> names) {
        return problems.stream().map(p -> p.render(names)).collect(Collectors.joining("\n"));
    }
}
