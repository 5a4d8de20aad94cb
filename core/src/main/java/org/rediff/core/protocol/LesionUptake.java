package org.rediff.core.protocol;

/**
 * What a check measured in one lesion.
 *
 * @param lesionId        the lesion
 * @param uptakeSeen      whether the scan shows iodine uptake in it
 * @param predictedDoseGy the lesion's absorbed dose at the planned 131I activity from 124I dosimetry, or null
 *                        when the method gives none
 */
public record LesionUptake(String lesionId, boolean uptakeSeen, Double predictedDoseGy) {
}
