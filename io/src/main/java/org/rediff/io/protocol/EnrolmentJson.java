package org.rediff.io.protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.protocol.DosimetryEstimate;
import org.rediff.core.protocol.Enrolment;
import org.rediff.core.protocol.LesionUptake;
import org.rediff.core.protocol.Prescription131I;
import org.rediff.core.protocol.PrescriptionBasis;
import org.rediff.core.protocol.RecordedDecision;
import org.rediff.core.protocol.UptakeDecision;
import org.rediff.io.json.JsonFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrolments as JSON (the stored document and the REST API's body), and the lesion measurements of a decision as
 * a client sends them: {@code [{"lesion_id": "L1", "uptake_seen": true, "predicted_dose_Gy": 24.5}]}.
 */
public final class EnrolmentJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EnrolmentJson() {
    }

    public static Map<String, Object> toMap(Enrolment e) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("protocol", e.protocolId());
        m.put("protocol_version", e.protocolVersion());
        m.put("regimen", e.regimenId());
        m.put("day1", e.day1().toString());
        m.put("status", e.status().code());
        m.put("decisions", e.decisions().stream().map(d -> {
            final Map<String, Object> x = new LinkedHashMap<>();
            x.put("check", d.check());
            x.put("date", d.date().toString());
            x.put("lesions", lesions(d.lesions()));
            x.put("dosimetry", d.dosimetry() == null ? null : dosimetry(d.dosimetry()));
            x.put("restored", d.decision().restored());
            x.put("give_131I", d.decision().give131I());
            x.put("extend", d.decision().extend());
            x.put("rule", d.decision().rule());
            x.put("reasons", d.decision().reasons());
            x.put("by", d.by());
            return x;
        }).toList());
        m.put("prescription", e.prescription() == null ? null : prescription(e.prescription()));
        return m;
    }

    static Map<String, Object> dosimetry(DosimetryEstimate d) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("target_dose_Gy", d.targetDoseGy());
        m.put("planned_activity_MBq", d.plannedActivityMBq());
        m.put("limited_by", d.limitedBy().code());
        m.put("blood_mta_MBq", d.bloodMtaMBq());
        // no retention at 48 h leaves no retention limit: null, read back as infinite
        m.put("retention_limit_MBq", Double.isInfinite(d.retentionLimitMBq()) ? null : d.retentionLimitMBq());
        m.put("lesions", d.lesions().stream().map(l -> {
            final Map<String, Object> y = new LinkedHashMap<>();
            y.put("lesion_id", l.lesionId());
            y.put("dose_per_GBq_Gy", l.doseGyPerGBq());
            return y;
        }).toList());
        m.put("method", d.method());
        m.put("warnings", d.warnings());
        return m;
    }

    static Map<String, Object> prescription(Prescription131I p) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("activity_MBq", p.activityMBq());
        m.put("limited_by", p.limitedBy().code());
        m.put("limited_by_label", p.limitedBy().label());
        m.put("rule", p.rule());
        m.put("basis", p.basis());
        m.put("lesion_doses", p.lesionDosesGy().stream().map(l -> {
            final Map<String, Object> y = new LinkedHashMap<>();
            y.put("lesion_id", l.lesionId());
            y.put("dose_Gy", l.doseGy());
            return y;
        }).toList());
        m.put("date", p.date().toString());
        m.put("by", p.by());
        return m;
    }

    public static String write(Enrolment e) {
        return JSON.writeValueAsString(toMap(e));
    }

    public static List<Map<String, Object>> lesions(List<LesionUptake> lesions) {
        return lesions.stream().map(l -> {
            final Map<String, Object> y = new LinkedHashMap<>();
            y.put("lesion_id", l.lesionId());
            y.put("uptake_seen", l.uptakeSeen());
            y.put("predicted_dose_Gy", l.predictedDoseGy());
            return y;
        }).toList();
    }

    /** Reads a stored enrolment document. */
    public static Enrolment read(String text, String source) {
        final JsonNode root = JsonFields.parseObject(text, source);
        final List<RecordedDecision> decisions = new ArrayList<>();
        final JsonNode list = root.get("decisions");
        for (int i = 0; list != null && i < list.size(); i++) {
            final JsonNode d = list.get(i);
            final List<String> reasons = new ArrayList<>();
            d.get("reasons").forEach(r -> reasons.add(r.asString()));
            decisions.add(new RecordedDecision(d.get("check").asInt(), LocalDate.parse(d.get("date").asString()),
                    readLesions(d.get("lesions"), "decisions[" + i + "].lesions"), readDosimetry(d.get("dosimetry")),
                    new UptakeDecision(d.get("restored").asBoolean(), d.get("give_131I").asBoolean(),
                            d.get("extend").asBoolean(), d.get("rule").asString(), reasons),
                    d.get("by").asString()));
        }
        return new Enrolment(root.get("protocol").asString(), root.get("protocol_version").asInt(),
                root.get("regimen").asString(), LocalDate.parse(root.get("day1").asString()), decisions,
                readPrescription(root.get("prescription")));
    }

    private static DosimetryEstimate readDosimetry(JsonNode d) {
        if (d == null || d.isNull()) {
            return null;
        }
        final List<DosimetryEstimate.LesionDosePerGBq> lesions = new ArrayList<>();
        d.get("lesions").forEach(l -> lesions.add(new DosimetryEstimate.LesionDosePerGBq(l.get("lesion_id")
                .asString(), l.get("dose_per_GBq_Gy").asDouble())));
        final List<String> warnings = new ArrayList<>();
        d.get("warnings").forEach(w -> warnings.add(w.asString()));
        return new DosimetryEstimate(d.get("target_dose_Gy").asDouble(), d.get("planned_activity_MBq").asDouble(),
                PrescriptionBasis.parse(d.get("limited_by").asString()), d.get("blood_mta_MBq").asDouble(),
                d.get("retention_limit_MBq").isNull() ? Double.POSITIVE_INFINITY
                        : d.get("retention_limit_MBq").asDouble(), lesions, d.get("method").asString(), warnings);
    }

    private static Prescription131I readPrescription(JsonNode p) {
        if (p == null || p.isNull()) {
            return null;
        }
        final List<String> basis = new ArrayList<>();
        p.get("basis").forEach(b -> basis.add(b.asString()));
        final List<Prescription131I.LesionDoseGy> doses = new ArrayList<>();
        p.get("lesion_doses").forEach(l -> doses.add(new Prescription131I.LesionDoseGy(l.get("lesion_id")
                .asString(), l.get("dose_Gy").asDouble())));
        return new Prescription131I(p.get("activity_MBq").asDouble(), PrescriptionBasis.parse(p.get("limited_by")
                .asString()), p.get("rule").asString(), basis, doses, LocalDate.parse(p.get("date").asString()),
                p.get("by").asString());
    }

    /** Lesion measurements as a client sends them, every problem with its path. */
    public static List<LesionUptake> readLesions(JsonNode array, String path) {
        if (array == null || !array.isArray()) {
            throw InvalidInputException.of(path, String.valueOf(array), "must be an array of lesion measurements");
        }
        final List<LesionUptake> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            final JsonNode n = array.get(i);
            final String at = path + "[" + i + "]";
            if (!n.isObject()) {
                throw InvalidInputException.of(at, String.valueOf(n), "must be an object");
            }
            JsonFields.onlyKeys(n, Set.of("lesion_id", "uptake_seen", "predicted_dose_Gy"), at + ".");
            final JsonNode dose = n.get("predicted_dose_Gy");
            final Double gy = dose == null || dose.isNull() ? null
                    : JsonFields.number(n, "predicted_dose_Gy", at + ".predicted_dose_Gy", null);
            if (gy != null && (gy < 0 || gy > 10_000)) {
                throw InvalidInputException.of(at + ".predicted_dose_Gy", String.valueOf(gy), "must be 0 to 10000 "
                        + "Gy");
            }
            out.add(new LesionUptake(JsonFields.text(n, "lesion_id", at + ".lesion_id", null),
                    JsonFields.bool(n, "uptake_seen", at + ".uptake_seen", false), gy));
        }
        return out;
    }
}
