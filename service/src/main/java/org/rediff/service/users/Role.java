package org.rediff.service.users;

import org.rediff.core.common.Codes;

/** What a user may do. */
public enum Role {
    /** Users, settings and the audit trail, and everything else. */
    ADMIN("admin", "administrator"),
    /** Patients, protocol and decisions; evidence edits. */
    CLINICIAN("clinician", "clinician"),
    /** Dosimetry and prescriptions; evidence edits. */
    PHYSICIST("physicist", "medical physicist"),
    /** Read-only, pseudonymised views and cohort analytics. */
    RESEARCHER("researcher", "researcher (read-only)");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Role parse(String code) {
        return Codes.parse(values(), Role::code, "roles", code);
    }
}
