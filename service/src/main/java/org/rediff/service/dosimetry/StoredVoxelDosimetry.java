package org.rediff.service.dosimetry;

import java.time.OffsetDateTime;

/**
 * A voxel dosimetry summary attached to a patient.
 *
 * @param id        row id
 * @param patientId the patient
 * @param document  the summary JSON (io VoxelDoseReport's object without timings)
 * @param createdAt when it was attached
 * @param createdBy who attached it
 */
public record StoredVoxelDosimetry(long id, String patientId, String document, OffsetDateTime createdAt,
                                   String createdBy) {
}
