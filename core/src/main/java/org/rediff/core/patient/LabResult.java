package org.rediff.core.patient;

import java.time.LocalDate;

/**
 * One laboratory result, in the test's unit ({@link LabTest#unit()}).
 *
 * @param date     date of the draw
 * @param test     which test
 * @param value    the value in the test's unit, ≥ 0
 * @param tshState TSH state at the draw
 */
public record LabResult(LocalDate date, LabTest test, double value, TshState tshState) {
}
