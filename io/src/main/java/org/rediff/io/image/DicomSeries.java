package org.rediff.io.image;

import java.util.List;
import org.rediff.core.dosimetry.voxel.VoxelGrid;

/**
 * One PET time point read from a folder of DICOM slices: activity concentration as measured (any decay correction
 * the scanner applied undone), on a grid sorted along the slice normal.
 *
 * @param grid                     voxel counts and spacing, mm (x along the rows, y down the columns, z the
 *                                 slices in increasing position along the normal)
 * @param bqPerMl                  activity concentration per voxel, Bq/ml, as measured at the acquisition
 * @param hoursAfterAdministration acquisition start after the radiopharmaceutical start, h, or null when the
 *                                 files do not say
 * @param halfLifeSeconds          the radionuclide half-life the files give, s, or null
 * @param weightKg                 the patient weight the files give, kg, or null
 * @param decayCorrection          the correction found: NONE, START or ADMIN
 * @param slices                   slice files read
 * @param warnings                 what the user should know (e.g. slices acquired over several bed positions)
 */
public record DicomSeries(VoxelGrid grid, float[] bqPerMl, Double hoursAfterAdministration, Double halfLifeSeconds,
                          Double weightKg, String decayCorrection, int slices, List<String> warnings) {
}
