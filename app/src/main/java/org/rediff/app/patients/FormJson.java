package org.rediff.app.patients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Form fields to the JSON values of the patient format: blank means absent, a number-looking text of a numeric
 * field becomes a number, anything else stays text, so that the JSON reader reports it with its path ("must be a
 * number") exactly as it would for the REST API.
 */
final class FormJson {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?([eE][-+]?[0-9]+)?");

    private FormJson() {
    }

    /** Puts {@code field} from the form into {@code json} under {@code key}; blank fields are left out. */
    static void put(Map<String, Object> json, String key, Map<String, String> form, String field, boolean numeric) {
        final String raw = form.get(field);
        if (raw == null || raw.isBlank()) {
            return;
        }
        final String text = raw.strip();
        json.put(key, numeric && NUMBER.matcher(text).matches() ? number(text) : text);
    }

    /** The number a text shows, or the text itself when it is out of range (the reader then names it). */
    private static Object number(String text) {
        // a decimal comma (as typed in much of Europe) is read as a point
        final String dotted = text.replace(',', '.');
        try {
            if (dotted.contains(".") || dotted.contains("e") || dotted.contains("E")) {
                final double d = Double.parseDouble(dotted);
                return Double.isFinite(d) ? (Object) d : text;
            }
            return Long.parseLong(dotted);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** The non-blank lines of a text area. */
    static List<String> lines(String text) {
        final List<String> out = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }
}
