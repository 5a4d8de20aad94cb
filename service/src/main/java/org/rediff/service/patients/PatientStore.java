package org.rediff.service.patients;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.patient.GenomicFinding;
import org.rediff.core.patient.PatientRecord;
import org.rediff.core.patient.RairAssessment;
import org.rediff.io.patient.PatientJson;
import org.rediff.service.audit.AuditRecord;
import org.rediff.service.audit.AuditTrail;
import org.rediff.service.audit.Principal;
import org.rediff.service.store.Database;
import org.rediff.service.store.StaleEditException;
import org.springframework.jdbc.core.RowMapper;

/**
 * The registry's patients (table {@code patient}): create, read, list with filters, update and delete, each change
 * validated by {@link PatientRecord#validate} against the store's clock, written with its audit row in one
 * transaction, and an update or delete refused with {@link StaleEditException} when the record changed since the
 * version the caller read.
 */
public final class PatientStore {
    /** The audit trail's entity name for patients. */
    public static final String ENTITY = "patient";
    private static final RowMapper<StoredPatient> ROW = (rs, n) -> new StoredPatient(
            PatientJson.read(rs.getString("document"), "patient " + rs.getString("id")), rs.getLong("row_version"),
            rs.getObject("updated_at", OffsetDateTime.class));

    private final Database db;
    private final AuditTrail audit;
    private final Clock clock;

    public PatientStore(Database db, Clock clock) {
        this.db = db;
        this.audit = new AuditTrail(db, clock);
        this.clock = clock;
    }

    /**
     * Creates a patient.
     *
     * @throws InvalidInputException listing the record's problems, or naming an id that is taken
     */
    public StoredPatient create(PatientRecord record, Principal principal) {
        record.validate(LocalDate.now(clock));
        final String json = PatientJson.write(record);
        return db.inTransaction(() -> {
            if (find(record.id()).isPresent()) {
                throw InvalidInputException.of("id", "'" + record.id() + "'", "is taken by another patient; choose "
                        + "another pseudonym");
            }
            final OffsetDateTime now = audit.now();
            db.sql().sql("insert into patient (id, row_version, document, birth_year, histology, genotype_summary, "
                            + "rair_status, synthetic, created_at, updated_at) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(record.id(), json, record.birthYear(), record.diagnosis().histology().code(),
                            genotype(record), status(record), record.synthetic(), now, now)
                    .update();
            audit.append(ENTITY, record.id(), "create", principal, now, null, null, null, json);
            return new StoredPatient(record, 1, now);
        });
    }

    public Optional<StoredPatient> find(String id) {
        return db.sql().sql("select id, document, row_version, updated_at from patient where id = ?").param(id)
                .query(ROW).optional();
    }

    /** The patients the filter selects, by id. */
    public List<PatientSummary> list(PatientFilter filter) {
        final StringBuilder where = new StringBuilder(" where 1 = 1");
        final List<Object> params = new ArrayList<>();
        if (present(filter.text())) {
            where.append(" and lower(id) like ?");
            params.add("%" + like(filter.text()) + "%");
        }
        if (present(filter.genotype())) {
            where.append(" and lower(genotype_summary) like ?");
            params.add("%" + like(filter.genotype()) + "%");
        }
        if (present(filter.histology())) {
            where.append(" and histology = ?");
            params.add(filter.histology().strip().toLowerCase(Locale.ROOT));
        }
        if (present(filter.rairStatus())) {
            where.append(" and rair_status = ?");
            params.add(filter.rairStatus().strip().toLowerCase(Locale.ROOT));
        }
        return db.sql().sql("select id, birth_year, histology, genotype_summary, rair_status, synthetic, row_version "
                        + "from patient" + where + " order by id").params(params)
                .query((rs, n) -> new PatientSummary(rs.getString("id"), rs.getInt("birth_year"),
                        rs.getString("histology"), rs.getString("genotype_summary"), rs.getString("rair_status"),
                        rs.getBoolean("synthetic"), rs.getLong("row_version")))
                .list();
    }

    /**
     * Replaces a patient's record if it still has {@code expectedVersion}.
     *
     * @throws StaleEditException naming who changed it and when, if it changed since
     * @throws InvalidInputException listing the record's problems, or for an unknown id
     */
    public StoredPatient update(PatientRecord record, long expectedVersion, Principal principal) {
        record.validate(LocalDate.now(clock));
        final String json = PatientJson.write(record);
        return db.inTransaction(() -> {
            final StoredPatient before = existing(record.id());
            if (before.version() != expectedVersion) {
                throw stale(record.id(), expectedVersion, before.version());
            }
            final OffsetDateTime now = audit.now();
            final int n = db.sql().sql("update patient set row_version = row_version + 1, document = ?, birth_year = ?, "
                            + "histology = ?, genotype_summary = ?, rair_status = ?, synthetic = ?, updated_at = ? "
                            + "where id = ? and row_version = ?")
                    .params(json, record.birthYear(), record.diagnosis().histology().code(), genotype(record),
                            status(record), record.synthetic(), now, record.id(), expectedVersion)
                    .update();
            if (n != 1) {
                throw stale(record.id(), expectedVersion, existing(record.id()).version());
            }
            audit.append(ENTITY, record.id(), "update", principal, now, null, null,
                    PatientJson.write(before.record()), json);
            return new StoredPatient(record, expectedVersion + 1, now);
        });
    }

    /**
     * Deletes a patient if it still has {@code expectedVersion}; the audit trail keeps the record as it was.
     *
     * @throws StaleEditException if it changed since
     */
    public void delete(String id, long expectedVersion, Principal principal) {
        db.inTransaction(() -> {
            final StoredPatient before = existing(id);
            if (before.version() != expectedVersion) {
                throw stale(id, expectedVersion, before.version());
            }
            final int n = db.sql().sql("delete from patient where id = ? and row_version = ?")
                    .params(id, expectedVersion).update();
            if (n != 1) {
                throw stale(id, expectedVersion, -1);
            }
            audit.append(ENTITY, id, "delete", principal, audit.now(), null, null, PatientJson.write(before.record()),
                    null);
            return null;
        });
    }

    /** The changes of one patient, newest first (also after a delete). */
    public List<AuditRecord> history(String id) {
        return audit.history(ENTITY, id);
    }

    private StoredPatient existing(String id) {
        return find(id).orElseThrow(() -> InvalidInputException.of("id", "'" + id + "'", "is not a patient in the "
                + "registry"));
    }

    private StaleEditException stale(String id, long expected, long actual) {
        final Optional<AuditRecord> last = audit.latest(ENTITY, id);
        return new StaleEditException(ENTITY, id, expected, actual, last.map(AuditRecord::principal).orElse(null),
                last.map(AuditRecord::occurredAt).orElse(null));
    }

    static String genotype(PatientRecord r) {
        return r.genomics().isEmpty() ? "not tested"
                : String.join("; ", r.genomics().stream().map(GenomicFinding::summary).toList());
    }

    static String status(PatientRecord r) {
        final RairAssessment latest = r.latestAssessment();
        return latest == null ? "not_assessed" : latest.refractory() ? "refractory" : "not_refractory";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String like(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
