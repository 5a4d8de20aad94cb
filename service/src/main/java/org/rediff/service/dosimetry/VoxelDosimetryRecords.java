package org.rediff.service.dosimetry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.rediff.core.common.InvalidInputException;
import org.rediff.service.audit.AuditTrail;
import org.rediff.service.audit.Principal;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.store.Database;
import org.springframework.jdbc.core.RowMapper;

/**
 * Voxel dosimetry summaries of registry patients: attached in one transaction with its audit event (committed
 * before the caller is answered), listed per patient, oldest first.
 */
public final class VoxelDosimetryRecords {
    /** The audit trail's entity name. */
    public static final String ENTITY = "voxel_dosimetry";
    private static final RowMapper<StoredVoxelDosimetry> ROW = (rs, n) -> new StoredVoxelDosimetry(
            rs.getLong("voxel_dosimetry_id"), rs.getString("patient_id"), rs.getString("document"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));

    private final Database db;
    private final AuditTrail audit;
    private final PatientStore patients;

    public VoxelDosimetryRecords(Database db, Clock clock, PatientStore patients) {
        this.db = db;
        this.audit = new AuditTrail(db, clock);
        this.patients = patients;
    }

    /**
     * Attaches a summary to a patient.
     *
     * @param patientId the patient, who must exist
     * @param document  the summary JSON
     * @param by        who attaches it
     * @return the stored record
     * @throws InvalidInputException when there is no such patient
     */
    public StoredVoxelDosimetry attach(String patientId, String document, Principal by) {
        if (patientId == null || patientId.isBlank() || patients.find(patientId.strip()).isEmpty()) {
            throw InvalidInputException.of("patient", patientId, "the id of a patient in the registry");
        }
        final String id = patientId.strip();
        return db.inTransaction(() -> {
            final OffsetDateTime now = audit.now();
            final var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            db.sql().sql("insert into voxel_dosimetry (patient_id, document, created_at, created_by) "
                    + "values (?, ?, ?, ?)").params(id, document, now, by.name()).update(keys, "voxel_dosimetry_id");
            final long row = keys.getKey().longValue();
            audit.append(ENTITY, String.valueOf(row), "create", by, now, id, null, null, document);
            return new StoredVoxelDosimetry(row, id, document, now, by.name());
        });
    }

    /**
     * A patient's summaries.
     *
     * @param patientId the patient
     * @return oldest first
     */
    public List<StoredVoxelDosimetry> ofPatient(String patientId) {
        return db.sql().sql("select * from voxel_dosimetry where patient_id = ? order by voxel_dosimetry_id")
                .param(patientId).query(ROW).list();
    }
}
