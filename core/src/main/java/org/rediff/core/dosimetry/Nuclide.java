package org.rediff.core.dosimetry;

import java.util.Arrays;
import org.rediff.core.common.InvalidInputException;

/**
 * Iodine nuclides with their physical half-lives from ICRP Publication 107 (Nuclear decay data for dosimetric
 * calculations, Ann ICRP 38(3), 2008; data files of the OpenGATE icrp107-database, copied in
 * {@code core/src/test/resources/dosimetry/icrp107/}).
 */
public enum Nuclide {
    /** I-131: T½ = 8.0207 d (ICRP 107). */
    I131("I-131", 8.0207 * 24),
    /** I-124: T½ = 4.176 d (ICRP 107). */
    I124("I-124", 4.176 * 24),
    /** I-123: T½ = 13.27 h (ICRP 107). */
    I123("I-123", 13.27);

    private final String code;
    private final double halfLifeHours;

    Nuclide(String code, double halfLifeHours) {
        this.code = code;
        this.halfLifeHours = halfLifeHours;
    }

    /**
     * The nuclide's code.
     *
     * @return e.g. {@code I-131}
     */
    public String code() {
        return code;
    }

    /**
     * The physical half-life (ICRP 107).
     *
     * @return T½, h
     */
    public double halfLifeHours() {
        return halfLifeHours;
    }

    /** Physical decay constant λ = ln 2 / T½, per hour. */
    public double decayConstantPerHour() {
        return Math.log(2) / halfLifeHours;
    }

    /**
     * The display label.
     *
     * @return the code, e.g. {@code I-131}
     */
    public String label() {
        return code;
    }

    /**
     * Reads a nuclide for the field {@code nuclide}, as {@link #parse(String, String)}.
     *
     * @param code the code or name
     * @return the nuclide
     * @throws InvalidInputException if {@code code} names none of the nuclides
     */
    public static Nuclide parse(String code) {
        return parse(code, "nuclide");
    }

    /**
     * Reads a nuclide by its code ({@code I-131}) or constant name ({@code I131}), ignoring case.
     *
     * @param text  the code or name
     * @param field the input field, for the message
     * @return the nuclide
     * @throws InvalidInputException if {@code text} names none of the nuclides
     */
    public static Nuclide parse(String text, String field) {
        for (Nuclide n : values()) {
            if (n.code.equalsIgnoreCase(text) || n.name().equalsIgnoreCase(text)) {
                return n;
            }
        }
        throw new InvalidInputException(field + " must be one of " + Arrays.stream(values()).map(Nuclide::code)
                .toList() + ", got '" + text + "'");
    }
}
