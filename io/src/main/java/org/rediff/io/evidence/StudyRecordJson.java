package org.rediff.io.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.core.evidence.AlternativeValue;
import org.rediff.core.evidence.Provenance;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.core.evidence.StudyRecord.Citation;
import org.rediff.core.evidence.StudyRecord.RadioiodineTherapy;
import org.rediff.core.evidence.StudyRecord.Regimen;
import org.rediff.core.evidence.StudyRecord.ResponseOutcome;
import org.rediff.core.evidence.StudyRecord.Safety;
import org.rediff.core.evidence.StudyRecord.UptakeOutcome;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of the evidence records, shared by the REST API ({@code /api/evidence}, {@code /api/evidence/{id}}),
 * the JSON export and {@code rediff evidence list --format json}: the record nested as {@link StudyRecord} is, with
 * snake_case keys, every coded value as its documented code (the code of the evidence CSV, e.g. {@code BRAF_other},
 * {@code rhTSH}, {@code 124I_PET}, {@code dosimetry_threshold}, provenance confidence {@code high}), lists as arrays
 * and values not reported as null. The provenance object is keyed by CSV column, as in the CSV.
 */
public final class StudyRecordJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StudyRecordJson() {
    }

    /** The records as a list of {@link #toMap} trees. */
    public static List<Map<String, Object>> toList(List<StudyRecord> records) {
        return records.stream().map(StudyRecordJson::toMap).toList();
    }

    /** The records as indented JSON text (an array). */
    public static String write(List<StudyRecord> records) {
        return JSON.writeValueAsString(toList(records));
    }

    /** One record as a JSON tree: maps with snake_case keys, codes for enums, lists, numbers, text and null. */
    public static Map<String, Object> toMap(StudyRecord s) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("parent_id", s.parentId());
        m.put("label", s.label());
        m.put("record_type", code(s.recordType()));
        m.put("design", s.design());
        m.put("citation", citation(s.citation()));
        m.put("itog_table3_row", s.itogTable3Row());
        m.put("regimen", regimen(s.regimen()));
        m.put("uptake", uptake(s.uptake()));
        m.put("therapy", therapy(s.therapy()));
        m.put("response", response(s.response()));
        m.put("safety", safety(s.safety()));
        final Map<String, Object> provenance = new LinkedHashMap<>();
        s.provenance().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(StudyRecordJson::order)
                        .thenComparing(Comparator.naturalOrder())))
                .forEach(e -> provenance.put(e.getKey(), provenance(e.getValue())));
        m.put("provenance", provenance);
        final List<Map<String, Object>> alternatives = new ArrayList<>();
        for (AlternativeValue a : s.alternatives()) {
            final Map<String, Object> alt = new LinkedHashMap<>();
            alt.put("field", a.field());
            alt.put("value", a.value());
            alt.put("source", a.source());
            alternatives.add(alt);
        }
        m.put("alternatives", alternatives);
        m.put("sources", List.copyOf(s.sources()));
        m.put("confidence", s.confidence());
        m.put("notes", s.notes());
        return m;
    }

    private static Map<String, Object> citation(Citation c) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("first_author", c.firstAuthor());
        m.put("authors", c.authors());
        m.put("year", c.year());
        m.put("journal", c.journal());
        m.put("pmid", c.pmid());
        m.put("doi", c.doi());
        m.put("registry_id", c.registryId());
        m.put("itog_ref", c.itogRef());
        return m;
    }

    private static Map<String, Object> regimen(Regimen g) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("genotype", code(g.genotype()));
        m.put("drugs", List.copyOf(g.drugs()));
        m.put("drug_regimen", g.drugRegimen());
        m.put("days_on_drug_before_uptake", g.daysOnDrugBeforeUptake());
        m.put("days_on_drug_total", g.daysOnDrugTotal());
        m.put("tsh_stimulation", code(g.tshStimulation()));
        return m;
    }

    private static Map<String, Object> uptake(UptakeOutcome u) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", code(u.method()));
        m.put("definition", u.definition());
        m.put("criterion", code(u.criterion()));
        m.put("enrolled", u.enrolled());
        m.put("evaluable", u.evaluable());
        m.put("restored", u.restored());
        m.put("treated_131i", u.treated131I());
        return m;
    }

    private static Map<String, Object> therapy(RadioiodineTherapy t) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean_activity_mbq", t.meanActivityMBq());
        m.put("activity_range", t.activityRange());
        m.put("rule", code(t.rule()));
        return m;
    }

    private static Map<String, Object> response(ResponseOutcome r) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("criteria", r.criteria());
        m.put("timepoint", r.timepoint());
        m.put("denominator", r.denominator());
        m.put("complete", r.complete());
        m.put("partial", r.partial());
        m.put("stable", r.stable());
        m.put("progressive", r.progressive());
        m.put("thyroglobulin", r.thyroglobulin());
        return m;
    }

    private static Map<String, Object> safety(Safety s) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("grade3plus", s.grade3Plus());
        m.put("denominator", s.denominator());
        m.put("notes", s.notes());
        return m;
    }

    private static Map<String, Object> provenance(Provenance p) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", p.source());
        m.put("confidence", p.confidence().code());
        return m;
    }

    /** A coded value as its CSV code ({@link StudyRecordCsv#code}), null for null. */
    private static String code(Enum<?> e) {
        return StudyRecordCsv.code(e);
    }

    /** Provenance keys in CSV column order, unknown keys last. */
    private static int order(String column) {
        final int i = StudyRecordCsv.COLUMNS.indexOf(column);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
