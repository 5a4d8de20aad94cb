package org.rediff.io.outcomes;

import static org.rediff.io.json.JsonFields.array;
import static org.rediff.io.json.JsonFields.bool;
import static org.rediff.io.json.JsonFields.date;
import static org.rediff.io.json.JsonFields.integer;
import static org.rediff.io.json.JsonFields.number;
import static org.rediff.io.json.JsonFields.object;
import static org.rediff.io.json.JsonFields.onlyKeys;
import static org.rediff.io.json.JsonFields.text;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.response.Assessment;
import org.rediff.core.response.Lesion;
import org.rediff.core.response.Measurement;
import org.rediff.core.response.RecistSettings;
import org.rediff.core.response.ThyroglobulinMeasurement;
import org.rediff.core.response.ThyroglobulinResponse;
import org.rediff.io.json.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * Reads the patient input of {@code rediff recist}: issue 4's RECIST contract plus an optional
 * {@code thyroglobulin} section (samples, imaging status, antibody trend) for the biochemical response.
 * Errors name the JSON path and the value.
 */
public final class RecistInputJson {
    private static final Set<String> TOP = Set.of("confirmation", "confirmation_min_days", "sd_min_days", "lesions",
            "assessments", "thyroglobulin");

    /**
     * The parsed input.
     *
     * @param lesions       lesions
     * @param assessments   assessments (any order)
     * @param settings      best-response settings
     * @param thyroglobulin the thyroglobulin section, or null when the input has none
     */
    public record Input(List<Lesion> lesions, List<Assessment> assessments, RecistSettings settings,
                        Thyroglobulin thyroglobulin) {
    }

    /**
     * The thyroglobulin section.
     *
     * @param samples          samples (any order)
     * @param imaging          imaging status at the last sample (for the ATA category)
     * @param antibodiesRising whether anti-Tg antibody titres are rising
     */
    public record Thyroglobulin(List<ThyroglobulinMeasurement> samples, ThyroglobulinResponse.Imaging imaging,
                                boolean antibodiesRising) {
        public Thyroglobulin {
            samples = List.copyOf(samples);
        }

        public ThyroglobulinResponse.Result evaluate() {
            return ThyroglobulinResponse.evaluate(samples, imaging, antibodiesRising);
        }
    }

    private RecistInputJson() {
    }

    public static Input read(String text, String source) {
        final JsonNode root = JsonFields.parseObject(text, source);
        try {
            onlyKeys(root, TOP, "");
            final boolean confirmation = bool(root, "confirmation", "confirmation", true);
            final int confirmDays = integer(root, "confirmation_min_days", "confirmation_min_days", 28);
            final int sdDays = integer(root, "sd_min_days", "sd_min_days", 42);
            final List<Lesion> lesions = new ArrayList<>();
            final JsonNode ls = array(root, "lesions", "lesions");
            for (int i = 0; i < ls.size(); i++) {
                final JsonNode l = ls.get(i);
                final String p = "lesions[" + i + "]";
                onlyKeys(l, Set.of("id", "organ", "nodal", "role"), p + ".");
                final String role = text(l, "role", p + ".role", null);
                if (!role.equals("target") && !role.equals("non_target")) {
                    throw new InvalidInputException(p + ".role must be target or non_target, got '" + role + "'");
                }
                lesions.add(new Lesion(text(l, "id", p + ".id", null), text(l, "organ", p + ".organ", null),
                        bool(l, "nodal", p + ".nodal", false), role.equals("target")));
            }
            final List<Assessment> assessments = new ArrayList<>();
            final JsonNode as = array(root, "assessments", "assessments");
            for (int i = 0; i < as.size(); i++) {
                assessments.add(assessment(as.get(i), "assessments[" + i + "]"));
            }
            final Thyroglobulin tg = root.has("thyroglobulin") && !root.get("thyroglobulin").isNull()
                    ? thyroglobulin(object(root, "thyroglobulin", "thyroglobulin")) : null;
            return new Input(lesions, assessments, new RecistSettings(confirmation, confirmDays, sdDays), tg);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
    }

    private static Assessment assessment(JsonNode a, String p) {
        onlyKeys(a, Set.of("date", "measurements", "non_target", "new_lesions"), p + ".");
        final Map<String, Measurement> targets = new LinkedHashMap<>();
        if (a.has("measurements")) {
            final JsonNode m = object(a, "measurements", p + ".measurements");
            final Iterator<String> ids = m.propertyNames().iterator();
            while (ids.hasNext()) {
                final String id = ids.next();
                targets.put(id, measurement(m.get(id), p + ".measurements." + id));
            }
        }
        final Map<String, Assessment.NonTargetStatus> nonTargets = new LinkedHashMap<>();
        if (a.has("non_target")) {
            final JsonNode n = object(a, "non_target", p + ".non_target");
            final Iterator<String> ids = n.propertyNames().iterator();
            while (ids.hasNext()) {
                final String id = ids.next();
                final String s = n.get(id).isString() ? n.get(id).asString() : n.get(id).toString();
                try {
                    nonTargets.put(id, Assessment.NonTargetStatus.parse(s));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(p + ".non_target." + id + " must be present, absent or progression, "
                            + "got '" + s + "'");
                }
            }
        }
        return new Assessment(date(a, "date", p + ".date"), targets, nonTargets,
                bool(a, "new_lesions", p + ".new_lesions", false));
    }

    private static Measurement measurement(JsonNode v, String path) {
        if (v.isNumber()) {
            final double mm = v.asDouble();
            if (!(mm >= 0 && mm <= 1000)) {
                throw new InvalidInputException(path + " must be in [0, 1000] mm, got " + mm);
            }
            return Measurement.mm(mm);
        }
        if (v.isString() && v.asString().equals("too_small")) {
            return new Measurement(Measurement.Kind.TOO_SMALL, 0);
        }
        if (v.isString() && v.asString().equals("absent")) {
            return new Measurement(Measurement.Kind.ABSENT, 0);
        }
        throw new InvalidInputException(path + " must be a diameter in mm, \"too_small\" or \"absent\", got " + v);
    }

    private static Thyroglobulin thyroglobulin(JsonNode t) {
        onlyKeys(t, Set.of("samples", "imaging", "antibodies_rising"), "thyroglobulin.");
        final JsonNode list = array(t, "samples", "thyroglobulin.samples");
        if (list.isEmpty()) {
            throw new InvalidInputException("thyroglobulin.samples needs at least one sample");
        }
        final List<ThyroglobulinMeasurement> samples = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            final JsonNode s = list.get(i);
            final String p = "thyroglobulin.samples[" + i + "]";
            onlyKeys(s, Set.of("date", "tg_ng_per_ml", "stimulated", "antibodies"), p + ".");
            final double tg = number(s, "tg_ng_per_ml", p + ".tg_ng_per_ml", null);
            if (!(tg >= 0 && tg <= 1e6)) {
                throw new InvalidInputException(p + ".tg_ng_per_ml must be in [0, 1e6] ng/mL, got " + tg);
            }
            final String antibodies = text(s, "antibodies", p + ".antibodies", "not_measured");
            final Boolean positive = switch (antibodies) {
                case "positive" -> Boolean.TRUE;
                case "negative" -> Boolean.FALSE;
                case "not_measured" -> null;
                default -> throw new InvalidInputException(p + ".antibodies must be positive, negative or "
                        + "not_measured, got '" + antibodies + "'");
            };
            samples.add(new ThyroglobulinMeasurement(date(s, "date", p + ".date"), tg,
                    bool(s, "stimulated", p + ".stimulated", false), positive));
        }
        final String imaging = text(t, "imaging", "thyroglobulin.imaging", null);
        final ThyroglobulinResponse.Imaging im;
        try {
            im = ThyroglobulinResponse.Imaging.parse(imaging);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("thyroglobulin.imaging must be negative, nonspecific or "
                    + "structural_or_functional_disease, got '" + imaging + "'");
        }
        return new Thyroglobulin(samples, im,
                bool(t, "antibodies_rising", "thyroglobulin.antibodies_rising", false));
    }
}
