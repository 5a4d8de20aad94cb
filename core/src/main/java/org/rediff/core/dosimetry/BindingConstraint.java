package org.rediff.core.dosimetry;

import org.rediff.core.common.InvalidInputException;

/**
 * The constraint that sets a prescription's activity: the target dose under the rule, or the smallest of the limits
 * below it. The code is what the JSON report ({@code limited_by}), the text report and the warnings print.
 */
public enum BindingConstraint {
    /** The activity the rule needs for the target dose is within every limit. */
    TARGET("target", "target dose"),
    /** The blood dose limit: the maximum tolerated activity. */
    BLOOD_MTA("blood", "blood dose limit (maximum tolerated activity)"),
    /** The whole-body retention limit at 48 h. */
    RETENTION_48H("retention", "48-h whole-body retention limit"),
    /** The fixed activity cap ({@code max_activity_GBq}). */
    MAX_ACTIVITY("cap", "fixed activity cap");

    private final String code;
    private final String label;

    BindingConstraint(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The documented code: target, blood, retention or cap. */
    public String code() {
        return code;
    }

    /** What the constraint is, for display. */
    public String label() {
        return label;
    }

    /** The constraint with this code (target, blood, retention or cap). */
    public static BindingConstraint parse(String code) {
        for (BindingConstraint c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new InvalidInputException("binding constraint must be target, blood, retention or cap, got '" + code
                + "'");
    }
}
