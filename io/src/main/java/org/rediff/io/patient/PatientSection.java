package org.rediff.io.patient;

import org.rediff.core.common.Codes;

/**
 * The list sections of a patient record that the REST API serves as nested resources: the JSON key in the record
 * and the path segment under {@code /api/v1/patients/{id}/}.
 */
public enum PatientSection {
    GENOMICS("genomics", "genomics"),
    LESIONS("lesions", "lesions"),
    LABS("labs", "labs"),
    THERAPIES("therapies", "therapies"),
    RAIR("rair", "rair-assessments");

    private final String key;
    private final String segment;

    PatientSection(String key, String segment) {
        this.key = key;
        this.segment = segment;
    }

    /** The key in the record's JSON. */
    public String key() {
        return key;
    }

    /** The path segment of the nested resource. */
    public String segment() {
        return segment;
    }

    /** The section of a path segment. */
    public static PatientSection ofSegment(String segment) {
        return Codes.parse(values(), PatientSection::segment, "section", segment);
    }
}
