package org.rediff.core.dosimetry.voxel;

/**
 * Cumulative dose-volume histogram: for each dose level, the fraction of the volume that receives at least it.
 *
 * @param dosePerGBqGy   dose levels, Gy/GBq, ascending from 0
 * @param volumeFraction fraction of the volume at or above each level, from 1 down
 */
public record DoseVolumeHistogram(double[] dosePerGBqGy, double[] volumeFraction) {
}
