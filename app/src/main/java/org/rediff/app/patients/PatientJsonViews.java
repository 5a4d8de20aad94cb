package org.rediff.app.patients;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rediff.io.patient.PatientJson;
import org.rediff.service.patients.PatientSummary;
import org.rediff.service.patients.StoredPatient;

/** The REST API's JSON shapes for the registry, in the snake_case of {@link PatientJson}. */
final class PatientJsonViews {
    private PatientJsonViews() {
    }

    static Map<String, Object> summary(PatientSummary s) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("birth_year", s.birthYear());
        m.put("histology", s.histology());
        m.put("genotype", s.genotype());
        m.put("rair_status", s.rairStatus());
        m.put("synthetic", s.synthetic());
        m.put("version", s.version());
        return m;
    }

    /** The record with its version and last change ({@code version} and {@code updated_at} are read-only). */
    static Map<String, Object> patient(StoredPatient p) {
        final Map<String, Object> m = new LinkedHashMap<>(PatientJson.toMap(p.record()));
        m.put("version", p.version());
        m.put("updated_at", p.updatedAt() == null ? null : p.updatedAt().toString());
        return m;
    }
}
