package org.rediff.core.response;

import org.rediff.core.common.Require;

/**
 * A lesion followed under RECIST 1.1.
 *
 * @param id     identifier used in the measurements
 * @param organ  organ (at most two targets per organ)
 * @param nodal  whether it is a lymph node (measured by its short axis)
 * @param target whether it is a target lesion (else non-target)
 */
public record Lesion(String id, String organ, boolean nodal, boolean target) {
    /**
     * Checks the lesion.
     *
     * @throws org.rediff.core.common.InvalidInputException if {@code id} or {@code organ} is blank
     */
    public Lesion {
        Require.notBlank(id, "lesion id");
        Require.notBlank(organ, "lesion '" + id + "' organ");
    }
}
