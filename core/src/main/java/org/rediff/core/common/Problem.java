package org.rediff.core.common;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One invalid input: which parameter, the value given, and what is allowed. The core names parameters as they are
 * called in its own inputs ({@code p0}, {@code median_control}, {@code tracer.administered_MBq}); each front end
 * renders the names its own way (CLI options, form fields, JSON paths) with {@link #render} and a declared table.
 *
 * @param path    the parameter, or null when the problem concerns no single one
 * @param value   the value given, as text, or null when it is absent or beside the point
 * @param allowed what is allowed, e.g. "must be in (0, 1)"; other parameters it mentions are written
 *                {@code {name}} so that the front end renders them too
 */
public record Problem(String path, String value, String allowed) {
    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)}");

    public Problem {
        if (allowed == null || allowed.isBlank()) {
            throw new IllegalArgumentException("a problem must say what is allowed");
        }
    }

    /** The problem as one sentence in the core's own parameter names. */
    public String message() {
        return render(UnaryOperator.identity());
    }

    /** The problem as one sentence, every parameter name passed through {@code names}. */
    public String render(UnaryOperator<String> names) {
        final Matcher m = REFERENCE.matcher(allowed);
        final StringBuilder text = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(text, Matcher.quoteReplacement(names.apply(m.group(1))));
        }
        m.appendTail(text);
        final String head = path == null ? "" : names.apply(path) + " ";
        return head + text + (value == null ? "" : ", got " + value);
    }

    /** The same problem with its parameter names, including {@code {name}} references, passed through {@code names}. */
    public Problem renamed(UnaryOperator<String> names) {
        final Matcher m = REFERENCE.matcher(allowed);
        final StringBuilder text = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(text, Matcher.quoteReplacement("{" + names.apply(m.group(1)) + "}"));
        }
        m.appendTail(text);
        return new Problem(path == null ? null : names.apply(path), value, text.toString());
    }

    /**
     * The parameters the problem concerns: its path (if any), then each parameter {@link #allowed} names as
     * {@code {name}}, in order of mention, without repeats; e.g. the fields a form marks.
     */
    public List<String> names() {
        final Set<String> out = new LinkedHashSet<>();
        if (path != null) {
            out.add(path);
        }
        final Matcher m = REFERENCE.matcher(allowed);
        while (m.find()) {
            out.add(m.group(1));
        }
        return List.copyOf(out);
    }

    /** {@link #allowed} with the {@code {name}} references in the core's names, for a problem list. */
    public String allowedText() {
        return REFERENCE.matcher(allowed).replaceAll("$1");
    }
}
