package org.rediff.io.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.response.AdverseEvent;
import org.rediff.io.json.JsonFields;
import org.rediff.io.outcomes.RecistInputJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An enrolled patient's follow-up as one JSON document: {@code recist} is exactly the input of
 * {@code rediff recist} (lesions, assessments, optional thyroglobulin section), so the outcome engine reads it
 * unchanged; {@code adverse_events} lists CTCAE v5.0 events as
 * {@code {"term", "grade", "attribution", "onset", "resolution", "action"}} with the codes of the adverse-event CSV.
 * Pages add and remove items through {@link #add} and {@link #remove}; every change is read back whole before
 * it is kept.
 */
public final class FollowUpJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The sections a page may add to. */
    public static final Set<String> SECTIONS = Set.of("lesions", "assessments", "thyroglobulin", "adverse_events");

    private FollowUpJson() {
    }

    /**
     * The follow-up as read.
     *
     * @param recist        the RECIST (and thyroglobulin) input
     * @param adverseEvents the adverse events
     */
    public record FollowUp(RecistInputJson.Input recist, List<AdverseEvent> adverseEvents) {
        public FollowUp {
            adverseEvents = List.copyOf(adverseEvents);
        }

        /** Whether RECIST can be evaluated: lesions and at least the baseline assessment. */
        public boolean evaluable() {
            return !recist.lesions().isEmpty() && !recist.assessments().isEmpty();
        }
    }

    /** A follow-up with nothing recorded yet. */
    public static String empty() {
        return "{\"recist\":{\"lesions\":[],\"assessments\":[]},\"adverse_events\":[]}";
    }

    /**
     * Reads a follow-up document.
     *
     * @param patientId the patient the adverse events belong to
     * @throws InvalidInputException naming the path of the first problem
     */
    public static FollowUp read(String text, String source, String patientId) {
        final JsonNode root = JsonFields.parseObject(text, source);
        try {
            JsonFields.onlyKeys(root, Set.of("recist", "adverse_events"), "");
        } catch (InvalidInputException e) {
            throw e.inContext(source + ": ");
        }
        final JsonNode recist = root.get("recist");
        final RecistInputJson.Input in = RecistInputJson.read(recist == null || recist.isNull()
                ? "{\"lesions\":[],\"assessments\":[]}" : recist.toString(), source + " recist");
        final List<AdverseEvent> events = new ArrayList<>();
        final JsonNode list = root.get("adverse_events");
        for (int i = 0; list != null && !list.isNull() && i < list.size(); i++) {
            events.add(event(list.get(i), "adverse_events[" + i + "]", patientId, source));
        }
        return new FollowUp(in, events);
    }

    private static AdverseEvent event(JsonNode n, String at, String patientId, String source) {
        try {
            JsonFields.onlyKeys(n, Set.of("term", "grade", "attribution", "onset", "resolution", "action"), at + ".");
            final JsonNode resolution = n.get("resolution");
            final JsonNode action = n.get("action");
            return new AdverseEvent(patientId, JsonFields.text(n, "term", at + ".term", null),
                    JsonFields.integer(n, "grade", at + ".grade", null),
                    AdverseEvent.Attribution.parse(JsonFields.text(n, "attribution", at + ".attribution", null)),
                    JsonFields.date(n, "onset", at + ".onset"),
                    resolution == null || resolution.isNull() || resolution.asString().isBlank() ? null
                            : JsonFields.date(n, "resolution", at + ".resolution"),
                    action == null || action.isNull() || action.asString().isBlank() ? AdverseEvent.Action.NONE
                            : AdverseEvent.Action.parse(action.asString()));
        } catch (InvalidInputException e) {
            throw e.inContext(source + ": " + at + ": ");
        }
    }

    /**
     * The document with one item added to a section: a RECIST lesion ({@code id, organ, nodal, role}), an
     * assessment ({@code date, measurements, non_target, new_lesions}), a thyroglobulin sample
     * ({@code date, tg_ng_per_ml, stimulated, antibodies}, with the section's {@code imaging} set from the item's
     * {@code imaging}) or an adverse event. The result is not yet checked: read it.
     */
    public static String add(String doc, String section, Map<String, Object> item) {
        final ObjectNode root = (ObjectNode) JsonFields.parseObject(doc, "follow-up");
        final ObjectNode recist = root.has("recist") && root.get("recist").isObject() ? (ObjectNode) root.get("recist")
                : root.putObject("recist");
        final ObjectNode node = JSON.valueToTree(item);
        switch (section) {
            case "lesions", "assessments" -> array(recist, section).add(node);
            case "thyroglobulin" -> {
                final ObjectNode tg = recist.has("thyroglobulin") && recist.get("thyroglobulin").isObject()
                        ? (ObjectNode) recist.get("thyroglobulin") : recist.putObject("thyroglobulin");
                final JsonNode imaging = node.remove("imaging");
                if (imaging != null) {
                    tg.set("imaging", imaging);
                }
                array(tg, "samples").add(node);
            }
            case "adverse_events" -> array(root, section).add(node);
            default -> throw InvalidInputException.of("section", "'" + section + "'", "must be one of " + SECTIONS);
        }
        return root.toString();
    }

    /** The document without item {@code index} of a section (as {@link #add} names them). */
    public static String remove(String doc, String section, int index) {
        final ObjectNode root = (ObjectNode) JsonFields.parseObject(doc, "follow-up");
        final JsonNode recist = root.get("recist");
        final JsonNode list = switch (section) {
            case "lesions", "assessments" -> recist == null ? null : recist.get(section);
            case "thyroglobulin" -> recist == null || recist.get("thyroglobulin") == null ? null
                    : recist.get("thyroglobulin").get("samples");
            case "adverse_events" -> root.get(section);
            default -> throw InvalidInputException.of("section", "'" + section + "'", "must be one of " + SECTIONS);
        };
        if (!(list instanceof ArrayNode a) || index < 0 || index >= a.size()) {
            throw InvalidInputException.of("index", String.valueOf(index), "is not an item of " + section);
        }
        a.remove(index);
        if (section.equals("thyroglobulin") && a.isEmpty()) {
            ((ObjectNode) recist).remove("thyroglobulin");
        }
        return root.toString();
    }

    private static ArrayNode array(ObjectNode parent, String key) {
        return parent.has(key) && parent.get(key).isArray() ? (ArrayNode) parent.get(key) : parent.putArray(key);
    }
}
