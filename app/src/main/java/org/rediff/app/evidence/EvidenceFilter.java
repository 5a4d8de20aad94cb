package org.rediff.app.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.StudyRecordCsv;

/**
 * The filters of the evidence table and its exports (query parameters {@code genotype}, {@code drug},
 * {@code type}, {@code uptake}, {@code criterion}); a blank filter matches everything. Codes are those of the CSV.
 *
 * @param genotype genotype code, e.g. BRAF_V600E
 * @param drug     a generic drug name, e.g. dabrafenib
 * @param type     record type code, e.g. prospective_trial
 * @param uptake   uptake method code, e.g. 124I_PET
 * @param criterion kind of the uptake definition, e.g. dosimetry_threshold
 */
public record EvidenceFilter(String genotype, String drug, String type, String uptake, String criterion) {
    public EvidenceFilter {
        genotype = blankToNull(genotype);
        drug = blankToNull(drug);
        type = blankToNull(type);
        uptake = blankToNull(uptake);
        criterion = blankToNull(criterion);
        check("genotype", genotype, "genotype");
        check("type", type, "record_type");
        check("uptake", uptake, "uptake_method");
        check("criterion", criterion, "uptake_criterion");
    }

    public List<StudyRecord> apply(List<StudyRecord> records) {
        return records.stream().filter(this::matches).toList();
    }

    public boolean matches(StudyRecord r) {
        return (genotype == null || genotype.equalsIgnoreCase(StudyRecordCsv.code(r.regimen().genotype())))
                && (drug == null || r.regimen().drugs().stream().anyMatch(drug::equalsIgnoreCase))
                && (type == null || type.equalsIgnoreCase(StudyRecordCsv.code(r.recordType())))
                && (uptake == null || uptake.equalsIgnoreCase(StudyRecordCsv.uptakeCode(r.uptake().method())))
                && (criterion == null || criterion.equalsIgnoreCase(StudyRecordCsv.code(r.uptake().criterion())));
    }

    public boolean isEmpty() {
        return genotype == null && drug == null && type == null && uptake == null && criterion == null;
    }

    /** The filters as a query string ("" or "?genotype=…&…") for links that keep them. */
    public String query() {
        final List<String> parts = new ArrayList<>();
        add(parts, "genotype", genotype);
        add(parts, "drug", drug);
        add(parts, "type", type);
        add(parts, "uptake", uptake);
        add(parts, "criterion", criterion);
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static void check(String parameter, String value, String column) {
        if (value != null && Vocabulary.of(column).stream().noneMatch(value::equalsIgnoreCase)) {
            throw new InvalidInputException(parameter + " must be one of " + Vocabulary.of(column) + ", got '" + value
                    + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
