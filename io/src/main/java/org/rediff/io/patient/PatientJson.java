package org.rediff.io.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.patient.Avidity;
import org.rediff.core.patient.AvidityObservation;
import org.rediff.core.patient.Diagnosis;
import org.rediff.core.patient.GenomicFinding;
import org.rediff.core.patient.Histology;
import org.rediff.core.patient.IodineLedger;
import org.rediff.core.patient.LabResult;
import org.rediff.core.patient.LabTest;
import org.rediff.core.patient.Lesion;
import org.rediff.core.patient.PatientRecord;
import org.rediff.core.patient.PriorTherapy;
import org.rediff.core.patient.RairAssessment;
import org.rediff.core.patient.RairCriterion;
import org.rediff.core.patient.Sex;
import org.rediff.core.patient.TherapyKind;
import org.rediff.core.patient.TshState;
import org.rediff.io.json.JsonFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link PatientRecord} as JSON. Writing adds the computed 131I {@code ledger} (read back as
 * ignored, since it follows from the therapies). Reading checks the shape (types, codes, dates, units, unknown keys)
 * and leaves the clinical rules to {@link PatientRecord#validate}.
 */
public final class PatientJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> TOP = Set.of("id", "birth_year", "sex", "diagnosis", "ecog", "genomics",
            "lesions", "labs", "therapies", "rair", "synthetic", "ledger");

    private PatientJson() {
    }

    public static String write(PatientRecord r) {
        return JSON.writeValueAsString(toMap(r));
    }

    /** The record as a JSON tree of maps and lists. */
    public static Map<String, Object> toMap(PatientRecord r) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("birth_year", r.birthYear());
        m.put("sex", r.sex() == null ? null : r.sex().code());
        m.put("synthetic", r.synthetic());
        final Map<String, Object> dx = new LinkedHashMap<>();
        dx.put("histology", r.diagnosis() == null || r.diagnosis().histology() == null ? null
                : r.diagnosis().histology().code());
        dx.put("date", r.diagnosis() == null ? null : text(r.diagnosis().date()));
        m.put("diagnosis", dx);
        m.put("ecog", r.ecog());
        m.put("genomics", r.genomics().stream().map(g -> {
            final Map<String, Object> x = new LinkedHashMap<>();
            x.put("gene", g.gene());
            x.put("hgvs_c", g.hgvsC());
            x.put("hgvs_p", g.hgvsP());
            x.put("fusion_partner", g.fusionPartner());
            x.put("test", g.test());
            x.put("date", text(g.date()));
            return x;
        }).toList());
        m.put("lesions", r.lesions().stream().map(l -> {
            final Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", l.id());
            x.put("organ", l.organ());
            x.put("site", l.site());
            x.put("size_mm", l.sizeMm());
            x.put("avidity", l.avidity().stream().map(o -> {
                final Map<String, Object> y = new LinkedHashMap<>();
                y.put("date", text(o.date()));
                y.put("scan", o.scan());
                y.put("avidity", o.avidity() == null ? null : o.avidity().code());
                return y;
            }).toList());
            return x;
        }).toList());
        m.put("labs", r.labs().stream().map(l -> {
            final Map<String, Object> x = new LinkedHashMap<>();
            x.put("date", text(l.date()));
            x.put("test", l.test() == null ? null : l.test().code());
            x.put("loinc", l.test() == null ? null : l.test().loinc());
            x.put("value", l.value());
            x.put("unit", l.test() == null ? null : l.test().unit());
            x.put("tsh_state", l.tshState() == null ? null : l.tshState().code());
            return x;
        }).toList());
        m.put("therapies", r.therapies().stream().map(t -> {
            final Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", t.kind() == null ? null : t.kind().code());
            x.put("date", text(t.date()));
            x.put("activity_MBq", t.activityMBq());
            x.put("description", t.description());
            return x;
        }).toList());
        m.put("rair", r.assessments().stream().map(a -> {
            final Map<String, Object> x = new LinkedHashMap<>();
            x.put("date", text(a.date()));
            x.put("criteria", a.criteria().stream().sorted().map(RairCriterion::code).toList());
            x.put("refractory", a.refractory());
            x.put("assessor", a.assessor());
            x.put("evidence", a.evidence());
            x.put("note", a.note());
            return x;
        }).toList());
        final IodineLedger ledger = r.ledger();
        final Map<String, Object> led = new LinkedHashMap<>();
        led.put("administrations", ledger.administrations());
        led.put("total_MBq", ledger.total().megabecquerel());
        led.put("total_GBq", ledger.total().gigabecquerel());
        led.put("total_mCi", ledger.total().millicurie());
        led.put("warning", ledger.warning());
        m.put("ledger", led);
        return m;
    }

    /**
     * Parses a record; {@code source} names the input in messages.
     *
     * @throws InvalidInputException naming the path, the value and what is allowed
     */
    public static PatientRecord read(String text, String source) {
        try {
            return read(JsonFields.parseObject(text, source));
        } catch (InvalidInputException e) {
            throw e.inContext(source + ": ");
        }
    }

    static PatientRecord read(JsonNode root) {
        JsonFields.onlyKeys(root, TOP, "");
        final JsonNode dx = JsonFields.object(root, "diagnosis", "diagnosis");
        JsonFields.onlyKeys(dx, Set.of("histology", "date"), "diagnosis.");
        final Diagnosis diagnosis = new Diagnosis(Histology.parse(JsonFields.text(dx, "histology",
                "diagnosis.histology", null)), JsonFields.date(dx, "date", "diagnosis.date"));
        final Integer ecog = root.has("ecog") && !root.get("ecog").isNull()
                ? JsonFields.integer(root, "ecog", "ecog", null) : null;
        final List<GenomicFinding> genomics = new ArrayList<>();
        each(root, "genomics", (n, at) -> {
            JsonFields.onlyKeys(n, Set.of("gene", "hgvs_c", "hgvs_p", "fusion_partner", "test", "date"), at + ".");
            genomics.add(new GenomicFinding(JsonFields.text(n, "gene", at + ".gene", null),
                    optionalText(n, "hgvs_c", at), optionalText(n, "hgvs_p", at), optionalText(n, "fusion_partner", at),
                    JsonFields.text(n, "test", at + ".test", null), optionalDate(n, "date", at)));
        });
        final List<Lesion> lesions = new ArrayList<>();
        each(root, "lesions", (n, at) -> {
            JsonFields.onlyKeys(n, Set.of("id", "organ", "site", "size_mm", "avidity"), at + ".");
            final List<AvidityObservation> avidity = new ArrayList<>();
            each(n, "avidity", at + ".avidity", (o, oat) -> {
                JsonFields.onlyKeys(o, Set.of("date", "scan", "avidity"), oat + ".");
                avidity.add(new AvidityObservation(JsonFields.date(o, "date", oat + ".date"),
                        JsonFields.text(o, "scan", oat + ".scan", null),
                        at(oat + ".avidity", () -> Avidity.parse(JsonFields.text(o, "avidity", oat + ".avidity", null)))));
            });
            lesions.add(new Lesion(JsonFields.text(n, "id", at + ".id", null),
                    JsonFields.text(n, "organ", at + ".organ", null), optionalText(n, "site", at),
                    n.has("size_mm") && !n.get("size_mm").isNull()
                            ? JsonFields.number(n, "size_mm", at + ".size_mm", null) : null, avidity));
        });
        final List<LabResult> labs = new ArrayList<>();
        each(root, "labs", (n, at) -> {
            JsonFields.onlyKeys(n, Set.of("date", "test", "loinc", "value", "unit", "tsh_state"), at + ".");
            final LabTest test = at(at + ".test", () -> LabTest.parse(JsonFields.text(n, "test", at + ".test", null)));
            final String unit = optionalText(n, "unit", at);
            if (unit != null && !unit.equals(test.unit())) {
                throw InvalidInputException.of(at + ".unit", "'" + unit + "'", "must be " + test.unit() + " for "
                        + test.code() + " (convert the value first)");
            }
            final String loinc = optionalText(n, "loinc", at);
            if (loinc != null && !loinc.equals(test.loinc())) {
                throw InvalidInputException.of(at + ".loinc", "'" + loinc + "'", "must be " + test.loinc() + " for "
                        + test.code());
            }
            labs.add(new LabResult(JsonFields.date(n, "date", at + ".date"), test,
                    JsonFields.number(n, "value", at + ".value", null),
                    at(at + ".tsh_state", () -> TshState.parse(JsonFields.text(n, "tsh_state", at + ".tsh_state",
                            "not_recorded")))));
        });
        final List<PriorTherapy> therapies = new ArrayList<>();
        each(root, "therapies", (n, at) -> {
            JsonFields.onlyKeys(n, Set.of("kind", "date", "activity_MBq", "description"), at + ".");
            therapies.add(new PriorTherapy(at(at + ".kind", () -> TherapyKind.parse(JsonFields.text(n, "kind",
                    at + ".kind", null))),
                    JsonFields.date(n, "date", at + ".date"), n.has("activity_MBq") && !n.get("activity_MBq").isNull()
                    ? JsonFields.number(n, "activity_MBq", at + ".activity_MBq", null) : null,
                    optionalText(n, "description", at)));
        });
        final List<RairAssessment> rair = new ArrayList<>();
        each(root, "rair", (n, at) -> {
            JsonFields.onlyKeys(n, Set.of("date", "criteria", "refractory", "assessor", "evidence", "note"), at + ".");
            final Set<RairCriterion> criteria = new LinkedHashSet<>();
            each(n, "criteria", at + ".criteria", (c, cat) -> {
                if (!c.isString()) {
                    throw InvalidInputException.of(cat, String.valueOf(c), "must be a criterion code");
                }
                criteria.add(at(cat, () -> RairCriterion.parse(c.asString())));
            });
            final List<String> evidence = new ArrayList<>();
            each(n, "evidence", at + ".evidence", (c, cat) -> evidence.add(c.isString() ? c.asString()
                    : String.valueOf(c)));
            rair.add(new RairAssessment(JsonFields.date(n, "date", at + ".date"), criteria,
                    JsonFields.bool(n, "refractory", at + ".refractory", null),
                    JsonFields.text(n, "assessor", at + ".assessor", null), evidence, optionalText(n, "note", at)));
        });
        return new PatientRecord(JsonFields.text(root, "id", "id", null), JsonFields.integer(root, "birth_year",
                "birth_year", null), at("sex", () -> Sex.parse(JsonFields.text(root, "sex", "sex", null))), diagnosis, ecog, genomics,
                lesions, labs, therapies, rair, JsonFields.bool(root, "synthetic", "synthetic", false));
    }

    private interface Item {
        void read(JsonNode node, String path);
    }

    private static void each(JsonNode parent, String key, Item item) {
        each(parent, key, key, item);
    }

    private static void each(JsonNode parent, String key, String path, Item item) {
        if (!parent.has(key) || parent.get(key).isNull()) {
            return;
        }
        final JsonNode array = JsonFields.array(parent, key, path);
        for (int i = 0; i < array.size(); i++) {
            item.read(array.get(i), path + "[" + i + "]");
        }
    }

    private static String optionalText(JsonNode n, String key, String at) {
        return JsonFields.text(n, key, at + "." + key, "").isEmpty() ? null : JsonFields.text(n, key, at + "." + key,
                "");
    }

    private static LocalDate optionalDate(JsonNode n, String key, String at) {
        return n.has(key) && !n.get(key).isNull() ? JsonFields.date(n, key, at + "." + key) : null;
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** A code read at {@code path}: the enum's problem carries the item's full path ({@code labs[3].test}). */
    private static <T> T at(String path, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw e.renamed(name -> name.contains("[") ? name : path);
        }
    }
}
