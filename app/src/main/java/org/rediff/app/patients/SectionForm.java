package org.rediff.app.patients;

import java.util.List;
import java.util.Map;
import org.rediff.io.patient.PatientSection;

/**
 * The "add" form of one section of the patient page: which form fields make one item of the section's JSON. The
 * field names are the JSON keys, so a problem's path ({@code labs[3].value}) names the form field ({@code value}).
 */
final class SectionForm {
    private SectionForm() {
    }

    /** One item of {@code section} from the submitted form. */
    static Map<String, Object> item(PatientSection section, Map<String, String> form, List<String> criteria) {
        final Map<String, Object> item = FormJson.object();
        switch (section) {
            case GENOMICS -> {
                for (String k : List.of("gene", "hgvs_c", "hgvs_p", "fusion_partner", "test", "date")) {
                    FormJson.put(item, k, form, k, false);
                }
            }
            case LESIONS -> {
                FormJson.put(item, "id", form, "id", false);
                FormJson.put(item, "organ", form, "organ", false);
                FormJson.put(item, "site", form, "site", false);
                FormJson.put(item, "size_mm", form, "size_mm", true);
                item.put("avidity", form.getOrDefault("avidity", "").isBlank() ? List.of()
                        : List.of(observation(form)));
            }
            case LABS -> {
                FormJson.put(item, "date", form, "date", false);
                FormJson.put(item, "test", form, "test", false);
                FormJson.put(item, "value", form, "value", true);
                FormJson.put(item, "tsh_state", form, "tsh_state", false);
            }
            case THERAPIES -> {
                FormJson.put(item, "kind", form, "kind", false);
                FormJson.put(item, "date", form, "date", false);
                FormJson.put(item, "activity_MBq", form, "activity_MBq", true);
                FormJson.put(item, "description", form, "description", false);
            }
            case RAIR -> {
                FormJson.put(item, "date", form, "date", false);
                item.put("criteria", criteria == null ? List.of() : criteria);
                item.put("refractory", "on".equals(form.get("refractory")) || "true".equals(form.get("refractory")));
                FormJson.put(item, "assessor", form, "assessor", false);
                item.put("evidence", FormJson.lines(form.get("evidence")));
                FormJson.put(item, "note", form, "note", false);
            }
            default -> throw new IllegalStateException("no form for " + section);
        }
        return item;
    }

    /** One avidity observation (date, scan, avidity) from the form fields {@code avidity_date}, … */
    static Map<String, Object> observation(Map<String, String> form) {
        final Map<String, Object> o = FormJson.object();
        FormJson.put(o, "date", form, "avidity_date", false);
        FormJson.put(o, "scan", form, "avidity_scan", false);
        FormJson.put(o, "avidity", form, "avidity", false);
        return o;
    }
}
