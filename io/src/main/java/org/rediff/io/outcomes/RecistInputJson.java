package org.rediff.io.outcomes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.response.Assessment;
import org.rediff.core.response.Lesion;
import org.rediff.core.response.Measurement;
import org.rediff.core.response.RecistSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the input of {@code rediff recist} (issue 4's JSON contract); errors name the JSON path and the value. */
public final class RecistInputJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The parsed input.
     *
     * @param lesions     lesions
     * @param assessments assessments (any order)
     * @param settings    best-response settings
     */
    public record Input(List<Lesion> lesions, List<Assessment> assessments, RecistSettings settings) {
    }

    private RecistInputJson() {
    }

    public static Input read(String text, String source) {
        final JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidInputException(source + ": not valid JSON: " + e.getOriginalMessage());
        }
        try {
            if (root == null || !root.isObject()) {
                throw new InvalidInputException("the input must be a JSON object");
            }
            only(root, Set.of("confirmation", "confirmation_min_days", "sd_min_days", "lesions", "assessments"), "");
            final boolean confirmation = !root.has("confirmation") || bool(root.get("confirmation"), "confirmation");
            final int confirmDays = root.has("confirmation_min_days")
                    ? integer(root.get("confirmation_min_days"), "confirmation_min_days") : 28;
            final int sdDays = root.has("sd_min_days") ? integer(root.get("sd_min_days"), "sd_min_days") : 42;
            final List<Lesion> lesions = new ArrayList<>();
            final JsonNode ls = array(root, "lesions");
            for (int i = 0; i < ls.size(); i++) {
                final JsonNode l = ls.get(i);
                final String p = "lesions[" + i + "]";
                only(l, Set.of("id", "organ", "nodal", "role"), p + ".");
                final String role = text(l, "role", p + ".role");
                if (!role.equals("target") && !role.equals("non_target")) {
                    throw new InvalidInputException(p + ".role must be target or non_target, got '" + role + "'");
                }
                lesions.add(new Lesion(text(l, "id", p + ".id"), text(l, "organ", p + ".organ"),
                        l.has("nodal") && bool(l.get("nodal"), p + ".nodal"), role.equals("target")));
            }
            final List<Assessment> assessments = new ArrayList<>();
            final JsonNode as = array(root, "assessments");
            for (int i = 0; i < as.size(); i++) {
                assessments.add(assessment(as.get(i), "assessments[" + i + "]"));
            }
            return new Input(lesions, assessments, new RecistSettings(confirmation, confirmDays, sdDays));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
    }

    private static Assessment assessment(JsonNode a, String p) {
        only(a, Set.of("date", "measurements", "non_target", "new_lesions"), p + ".");
        final String dateText = text(a, "date", p + ".date");
        final LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(p + ".date must be an ISO date yyyy-mm-dd, got '" + dateText + "'");
        }
        final Map<String, Measurement> targets = new LinkedHashMap<>();
        if (a.has("measurements")) {
            final JsonNode m = a.get("measurements");
            if (!m.isObject()) {
                throw new InvalidInputException(p + ".measurements must be an object {lesion id: mm}");
            }
            final Iterator<String> ids = m.propertyNames().iterator();
            while (ids.hasNext()) {
                final String id = ids.next();
                final JsonNode v = m.get(id);
                final String q = p + ".measurements." + id;
                if (v.isNumber()) {
                    final double mm = v.asDouble();
                    if (!(mm >= 0 && mm <= 1000)) {
                        throw new InvalidInputException(q + " must be in [0, 1000] mm, got " + mm);
                    }
                    targets.put(id, Measurement.mm(mm));
                } else if (v.isString() && v.asString().equals("too_small")) {
                    targets.put(id, new Measurement(Measurement.Kind.TOO_SMALL, 0));
                } else if (v.isString() && v.asString().equals("absent")) {
                    targets.put(id, new Measurement(Measurement.Kind.ABSENT, 0));
                } else {
                    throw new InvalidInputException(q + " must be a diameter in mm, \"too_small\" or \"absent\", got "
                            + v);
                }
            }
        }
        final Map<String, Assessment.NonTargetStatus> nonTargets = new LinkedHashMap<>();
        if (a.has("non_target")) {
            final JsonNode n = a.get("non_target");
            if (!n.isObject()) {
                throw new InvalidInputException(p + ".non_target must be an object {lesion id: status}");
            }
            final Iterator<String> ids = n.propertyNames().iterator();
            while (ids.hasNext()) {
                final String id = ids.next();
                final String s = n.get(id).isString() ? n.get(id).asString() : n.get(id).toString();
                try {
                    nonTargets.put(id, Assessment.NonTargetStatus.valueOf(s.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(p + ".non_target." + id + " must be present, absent or progression, "
                            + "got '" + s + "'");
                }
            }
        }
        final boolean newLesions = a.has("new_lesions") && bool(a.get("new_lesions"), p + ".new_lesions");
        return new Assessment(date, targets, nonTargets, newLesions);
    }

    private static void only(JsonNode node, Set<String> allowed, String prefix) {
        if (!node.isObject()) {
            throw new InvalidInputException(prefix.isEmpty() ? "input" : prefix.substring(0, prefix.length() - 1)
                    + " must be an object");
        }
        final Iterator<String> names = node.propertyNames().iterator();
        while (names.hasNext()) {
            final String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidInputException("unknown field '" + prefix + name + "'; allowed here: "
                        + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static JsonNode array(JsonNode parent, String key) {
        final JsonNode n = parent.get(key);
        if (n == null || !n.isArray()) {
            throw new InvalidInputException(key + " is required and must be an array");
        }
        return n;
    }

    private static String text(JsonNode parent, String key, String path) {
        final JsonNode n = parent.get(key);
        if (n == null || !n.isString() || n.asString().isBlank()) {
            throw new InvalidInputException(path + " is required and must be a non-empty string");
        }
        return n.asString();
    }

    private static boolean bool(JsonNode n, String path) {
        if (!n.isBoolean()) {
            throw new InvalidInputException(path + " must be true or false, got " + n);
        }
        return n.asBoolean();
    }

    private static int integer(JsonNode n, String path) {
        if (!n.isIntegralNumber()) {
            throw new InvalidInputException(path + " must be a whole number of days, got " + n);
        }
        return n.asInt();
    }
}
