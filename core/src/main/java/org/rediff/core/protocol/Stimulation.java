package org.rediff.core.protocol;

import org.rediff.core.common.Codes;

/**
 * TSH stimulation before each tracer: recombinant human TSH on the two days before it (the Ho 2013 registry
 * schedule: Thyrogen days 1 and 2, tracer day 3), thyroid-hormone withdrawal (ATA 2015 Rec 53: 3–4 weeks, TSH
 * above 30 mIU/L), or none.
 */
public enum Stimulation {
    RHTSH("rhtsh", "rhTSH (Thyrogen) on the 2 days before the tracer"),
    WITHDRAWAL("withdrawal", "thyroid-hormone withdrawal"),
    NONE("none", "no stimulation");

    private final String code;
    private final String label;

    Stimulation(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Stimulation parse(String code) {
        return Codes.parse(values(), Stimulation::code, "stimulation", code);
    }
}
