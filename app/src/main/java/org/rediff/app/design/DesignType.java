package org.rediff.app.design;

import java.util.List;
import java.util.Locale;
import org.rediff.core.common.InvalidInputException;

/** The designs of the page, by their code in URLs ({@code type=simon}, {@code /api/design/simon}). */
public enum DesignType {
    SIMON("simon", "Simon two-stage", true),
    SINGLE("single", "Single-stage exact", true),
    TWO_ARM("two-arm", "Two-arm proportions", false),
    SURVIVAL("survival", "Time-to-event", false);

    /** Codes in page order. */
    public static final List<String> CODES = List.of("simon", "single", "two-arm", "survival");

    private final String code;
    private final String title;
    private final boolean singleArm;

    DesignType(String code, String title, boolean singleArm) {
        this.code = code;
        this.title = title;
        this.singleArm = singleArm;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** Simon and single-stage: p0 and p1 of one arm, plannable from the evidence. */
    public boolean singleArm() {
        return singleArm;
    }

    /** Blank means Simon. */
    public static DesignType parse(String text) {
        if (text == null || text.isBlank()) {
            return SIMON;
        }
        for (DesignType t : values()) {
            if (t.code.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new InvalidInputException("type must be one of " + CODES + ", got '" + text + "'");
    }
}
