package org.rediff.core.patient;

import java.time.LocalDate;

/**
 * The thyroid cancer diagnosis.
 *
 * @param histology the histology
 * @param date      the date of diagnosis
 */
public record Diagnosis(Histology histology, LocalDate date) {
}
