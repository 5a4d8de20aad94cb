package org.rediff.service.patients;

import java.time.OffsetDateTime;
import org.rediff.core.patient.PatientRecord;

/**
 * A patient as stored.
 *
 * @param record    the record
 * @param version   its row version (1 when created, +1 with every update); an update or delete must name it
 * @param updatedAt when it last changed
 */
public record StoredPatient(PatientRecord record, long version, OffsetDateTime updatedAt) {
}
