package org.rediff.io.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.patient.PatientRecord;
import org.rediff.io.json.JsonFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One section of a patient record as JSON, and changes to it: the new section is put into the record's own JSON
 * and the whole record read back with {@link PatientJson}, so that a section is checked by exactly the rules of a
 * whole record and every problem carries its path in the record ({@code lesions[2].size_mm}).
 */
public final class PatientSectionJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PatientSectionJson() {
    }

    /** The section as a JSON list of maps. */
    public static List<?> get(PatientRecord r, PatientSection section) {
        return (List<?>) PatientJson.toMap(r).get(section.key());
    }

    /**
     * The record with the section replaced by {@code text}, a JSON array of items.
     *
     * @throws InvalidInputException for a body that is not an array or items that break the record's format
     */
    public static PatientRecord replace(PatientRecord r, PatientSection section, String text, String source) {
        final JsonNode body = JsonFields.parse(text, source);
        if (body == null || !body.isArray()) {
            throw InvalidInputException.of(section.key(), kind(body), "must be a JSON array of " + section.key()
                    + " items (PUT replaces the whole section; POST one object to add an item)");
        }
        return with(r, section, JSON.convertValue(body, List.class), source);
    }

    /**
     * The record with one item, {@code text} (a JSON object), added at the end of the section.
     *
     * @throws InvalidInputException for a body that is not an object or an item that breaks the record's format
     */
    public static PatientRecord append(PatientRecord r, PatientSection section, String text, String source) {
        final JsonNode body = JsonFields.parse(text, source);
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of(section.key() + "[" + get(r, section).size() + "]", kind(body),
                    "must be one JSON object (the item to add)");
        }
        final List<Object> items = new ArrayList<>(get(r, section));
        items.add(JSON.convertValue(body, Map.class));
        return with(r, section, items, source);
    }

    private static PatientRecord with(PatientRecord r, PatientSection section, List<?> items, String source) {
        final Map<String, Object> whole = new LinkedHashMap<>(PatientJson.toMap(r));
        whole.put(section.key(), items);
        return PatientJson.read(JSON.writeValueAsString(whole), source);
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "an empty body";
        }
        return node.isObject() ? "an object" : node.isArray() ? "an array" : "'" + node + "'";
    }
}
