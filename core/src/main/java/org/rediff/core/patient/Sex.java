package org.rediff.core.patient;

import org.rediff.core.common.Codes;

/** Administrative sex as FHIR codes it (female, male, other, unknown). */
public enum Sex {
    FEMALE("female"), MALE("male"), OTHER("other"), UNKNOWN("unknown");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String label() {
        return code;
    }

    public static Sex parse(String code) {
        return Codes.parse(values(), Sex::code, "sex", code);
    }
}
