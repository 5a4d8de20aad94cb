package org.rediff.core.evidence;

import org.rediff.core.common.Require;

/**
 * A value that another source gives for a field of a study record, kept beside the chosen one and flagged.
 *
 * @param field  the field (column name of the evidence CSV)
 * @param value  the other source's value
 * @param source the other source and why it disagrees
 */
public record AlternativeValue(String field, double value, String source) {
    /**
     * Checks the components.
     *
     * @throws org.rediff.core.common.InvalidInputException if {@code field} or {@code source} is blank or
     *                                                      {@code value} is not finite
     */
    public AlternativeValue {
        Require.notBlank(field, "alternative field");
        Require.finite(value, "alternative value of " + field);
        Require.notBlank(source, "alternative source of " + field);
    }
}
