package org.rediff.core.dosimetry;

/**
 * A lesion's absorbed dose per GBq of I-131 administered, from whichever model computed it (the lesion planner's
 * sphere, or a voxel dose map's label mean), as the prescription needs it.
 *
 * @param id           lesion id
 * @param dosePerGBqGy dose per GBq, Gy/GBq (0 for a lesion without uptake)
 */
public record LesionDosePerGBq(String id, double dosePerGBqGy) {
}
