package org.rediff.app.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rediff.core.common.InvalidInputException;
import org.rediff.io.protocol.FollowUpJson;
import org.springframework.util.MultiValueMap;

/**
 * The follow-up forms' fields as items of the follow-up document (io FollowUpJson). Measurements are typed as
 * {@code T1=22, T2=too_small} and non-target statuses as {@code NT1=present}; the document's reader then checks
 * every value, so the rules live in one place.
 */
final class FollowUpForms {
    private FollowUpForms() {
    }

    static Map<String, Object> item(String section, MultiValueMap<String, String> f) {
        return switch (section) {
            case "lesions" -> EnrolmentPageController.map("id", text(f, "id"), "organ", text(f, "organ"),
                    "nodal", "yes".equals(f.getFirst("nodal")), "role", text(f, "role"));
            case "assessments" -> EnrolmentPageController.map("date", text(f, "date"),
                    "measurements", pairs("measurements", text(f, "measurements"), true),
                    "non_target", pairs("non_target", text(f, "non_target"), false),
                    "new_lesions", "yes".equals(f.getFirst("new_lesions")));
            case "thyroglobulin" -> EnrolmentPageController.map("date", text(f, "date"),
                    "tg_ng_per_ml", EnrolmentPageController.number("tg_ng_per_ml", text(f, "tg_ng_per_ml")),
                    "stimulated", "yes".equals(f.getFirst("stimulated")), "antibodies", text(f, "antibodies"),
                    "imaging", text(f, "imaging"));
            case "adverse_events" -> EnrolmentPageController.map("term", text(f, "term"),
                    "grade", EnrolmentPageController.integer("grade", text(f, "grade")),
                    "attribution", text(f, "attribution"), "onset", text(f, "onset"),
                    "resolution", blankToNull(text(f, "resolution")), "action", blankToNull(text(f, "action")));
            default -> throw InvalidInputException.of("section", "'" + section + "'", "must be one of "
                    + FollowUpJson.SECTIONS);
        };
    }

    private static String text(MultiValueMap<String, String> f, String key) {
        final String v = f.getFirst(key);
        return v == null ? "" : v.strip();
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** {@code A=1, B=too_small} as a map; numbers as numbers where {@code numbers}. */
    static Map<String, Object> pairs(String field, String text, boolean numbers) {
        final Map<String, Object> m = new LinkedHashMap<>();
        if (text.isBlank()) {
            return m;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            final int eq = part.indexOf('=');
            if (eq < 1 || eq == part.length() - 1) {
                throw InvalidInputException.of(field, "'" + part + "'", "must be written LESION=VALUE, e.g. T1=22 or "
                        + "NT1=present, separated by commas");
            }
            final String value = part.substring(eq + 1);
            m.put(part.substring(0, eq), numbers && value.matches("[0-9]+(\\.[0-9]+)?") ? Double.parseDouble(value)
                    : value);
        }
        return m;
    }
}
