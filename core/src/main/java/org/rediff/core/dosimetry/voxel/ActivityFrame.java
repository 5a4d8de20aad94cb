package org.rediff.core.dosimetry.voxel;

/**
 * One time point of the tracer series: activity concentration per voxel, Bq/ml, as measured at that time (not
 * decay-corrected), on the series' {@link VoxelGrid}.
 *
 * @param hoursAfterAdministration scan time after the tracer was given, h
 * @param bqPerMl                  concentration per voxel, Bq/ml; the array is the frame's (not copied)
 */
public record ActivityFrame(double hoursAfterAdministration, float[] bqPerMl) {
}
