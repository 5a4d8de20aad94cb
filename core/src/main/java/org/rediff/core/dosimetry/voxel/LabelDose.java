package org.rediff.core.dosimetry.voxel;

/**
 * Dose statistics of one labelled volume, per GBq of I-131 administered. D<sub>x</sub> is the minimum dose to the
 * hottest x % of the volume (ICRU 83's definition), read from the sorted voxel doses.
 *
 * @param label                 the label value in the label map
 * @param voxels                voxels in the label
 * @param volumeMl              volume, ml
 * @param meanDosePerGBqGy      mean, Gy/GBq
 * @param medianDosePerGBqGy    median, Gy/GBq
 * @param minDosePerGBqGy       minimum, Gy/GBq
 * @param maxDosePerGBqGy       maximum, Gy/GBq
 * @param d90DosePerGBqGy       D90, Gy/GBq
 * @param d50DosePerGBqGy       D50, Gy/GBq
 * @param v20GyFraction         fraction of the volume receiving at least 20 Gy at the given activity, or null when
 *                              no activity was given
 * @param dvh                   the cumulative dose-volume histogram
 */
public record LabelDose(int label, long voxels, double volumeMl, double meanDosePerGBqGy,
                        double medianDosePerGBqGy, double minDosePerGBqGy, double maxDosePerGBqGy,
                        double d90DosePerGBqGy, double d50DosePerGBqGy, Double v20GyFraction,
                        DoseVolumeHistogram dvh) {
}
