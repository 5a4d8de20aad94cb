package org.rediff.io.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.rediff.core.common.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Field access for the JSON inputs (dosimetry plan, RECIST patient). Each accessor takes the field's JSON path
 * for its message, so that an error reads "lesions[2].volume_ml must be a number, got "x"". Unknown keys are
 * rejected ({@link #onlyKeys}) because a misspelt optional field would otherwise fall back to its default unseen.
 * A {@code fallback} of null makes the field required.
 */
public final class JsonFields {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonFields() {
    }

    /** Parses {@code text} and requires a JSON object; {@code source} (a file name) starts every message. */
    public static JsonNode parseObject(String text, String source) {
        final JsonNode root = parse(text, source);
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source + ": the input must be a JSON object");
        }
        return root;
    }

    /** Parses any JSON value; a syntax error names the line and column. */
    public static JsonNode parse(String text, String source) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            final var at = e.getLocation();
            throw new InvalidInputException(source + ": not valid JSON" + (at == null ? "" : " at line "
                    + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
    }

    /** Rejects any key of {@code node} outside {@code allowed}; {@code prefix} is the node's path plus a dot. */
    public static void onlyKeys(JsonNode node, Set<String> allowed, String prefix) {
        if (!node.isObject()) {
            throw new InvalidInputException((prefix.isEmpty() ? "input" : prefix.substring(0, prefix.length() - 1))
                    + " must be an object, got " + node);
        }
        final Iterator<String> names = node.propertyNames().iterator();
        while (names.hasNext()) {
            final String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidInputException("unknown field '" + prefix + name + "'; allowed here: "
                        + new TreeSet<>(allowed), List.of(new org.rediff.core.common.Problem(prefix + name, null,
                        "is not a field here; allowed: " + new TreeSet<>(allowed))));
            }
        }
    }

    public static JsonNode object(JsonNode parent, String key, String path) {
        final JsonNode n = required(parent, key, path);
        if (!n.isObject()) {
            throw InvalidInputException.of(path, String.valueOf(n), "must be an object");
        }
        return n;
    }

    public static JsonNode array(JsonNode parent, String key, String path) {
        final JsonNode n = required(parent, key, path);
        if (!n.isArray()) {
            throw InvalidInputException.of(path, String.valueOf(n), "must be an array");
        }
        return n;
    }

    public static double number(JsonNode parent, String key, String path, Double fallback) {
        final JsonNode n = parent.get(key);
        if (absent(n)) {
            return orRequired(fallback, path);
        }
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw InvalidInputException.of(path, String.valueOf(n), "must be a number");
        }
        return n.asDouble();
    }

    public static int integer(JsonNode parent, String key, String path, Integer fallback) {
        final JsonNode n = parent.get(key);
        if (absent(n)) {
            return orRequired(fallback, path);
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw InvalidInputException.of(path, String.valueOf(n), "must be a whole number");
        }
        return n.asInt();
    }

    /** A string field; blank strings count as missing. */
    public static String text(JsonNode parent, String key, String path, String fallback) {
        final JsonNode n = parent.get(key);
        if (absent(n)) {
            return orRequired(fallback, path);
        }
        if (!n.isString()) {
            throw InvalidInputException.of(path, String.valueOf(n), "must be a string");
        }
        if (n.asString().isBlank()) {
            return orRequired(fallback, path);
        }
        return n.asString();
    }

    public static boolean bool(JsonNode parent, String key, String path, Boolean fallback) {
        final JsonNode n = parent.get(key);
        if (absent(n)) {
            return orRequired(fallback, path);
        }
        if (!n.isBoolean()) {
            throw InvalidInputException.of(path, String.valueOf(n), "must be true or false");
        }
        return n.asBoolean();
    }

    /** An ISO calendar date (yyyy-mm-dd), always required. */
    public static LocalDate date(JsonNode parent, String key, String path) {
        final String value = text(parent, key, path, null);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(path, "'" + value + "'", "must be an ISO date yyyy-mm-dd");
        }
    }

    private static JsonNode required(JsonNode parent, String key, String path) {
        final JsonNode n = parent.get(key);
        if (absent(n)) {
            throw InvalidInputException.of(path, null, "is required");
        }
        return n;
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull();
    }

    private static <T> T orRequired(T fallback, String path) {
        if (fallback == null) {
            throw InvalidInputException.of(path, null, "is required");
        }
        return fallback;
    }
}
