package org.rediff.service.protocol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;
import org.rediff.core.patient.IodineLedger;
import org.rediff.core.protocol.DosimetryEstimate;
import org.rediff.core.protocol.EligibilityCheck;
import org.rediff.core.protocol.Enrolment;
import org.rediff.core.protocol.LesionUptake;
import org.rediff.core.protocol.Prescription131I;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.io.protocol.EnrolmentJson;
import org.rediff.io.protocol.FollowUpJson;
import org.rediff.service.audit.AuditRecord;
import org.rediff.service.audit.AuditTrail;
import org.rediff.service.audit.Principal;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.patients.StoredPatient;
import org.rediff.service.store.Database;
import org.rediff.service.store.StaleEditException;
import org.springframework.jdbc.core.RowMapper;

/**
 * Enrolments of registry patients on protocols: the uptake decisions (with the dosimetry planner when the
 * measurements are 124I dosimetry), the 131I prescription and the follow-up. Each change runs in one transaction
 * with its audit row, against the row version the client read.
 */
public final class EnrolmentStore {
    /** The audit trail's entity name. */
    public static final String ENTITY = "enrolment";
    private static final RowMapper<StoredEnrolment> ROW = (rs, n) -> new StoredEnrolment(rs.getLong("enrolment_id"),
            rs.getString("patient_id"), EnrolmentJson.read(rs.getString("document"), "enrolment "
            + rs.getLong("enrolment_id")), rs.getString("follow_up"), rs.getLong("row_version"));
    private final Database db;
    private final AuditTrail audit;
    private final Clock clock;
    private final PatientStore patients;
    private final ProtocolCatalog catalog;

    public EnrolmentStore(Database db, Clock clock, PatientStore patients, ProtocolCatalog catalog) {
        this.db = db;
        this.audit = new AuditTrail(db, clock);
        this.clock = clock;
        this.patients = patients;
        this.catalog = catalog;
    }

    /** The protocols this store enrols on. */
    public ProtocolCatalog catalog() {
        return catalog;
    }

    /**
     * Enrols a patient whom the protocol's eligibility does not exclude.
     *
     * @throws InvalidInputException for an unknown patient or protocol, or each unmet criterion
     */
    public StoredEnrolment enrol(String patientId, String protocolId, LocalDate day1, Principal by) {
        final ProtocolDefinition p = catalog.require(protocolId);
        final StoredPatient patient = patient(patientId);
        if (day1 == null) {
            throw InvalidInputException.of("day1", null, "is required: the date of the first inhibitor dose");
        }
        final EligibilityCheck check = EligibilityCheck.of(p, ProtocolCandidates.of(patient.record(),
                LocalDate.now(clock)));
        if (!check.eligible()) {
            throw new InvalidInputException(check.findings().stream().filter(f -> Boolean.FALSE.equals(f.met()))
                    .map(f -> new Problem("eligibility." + f.criterion().replace(' ', '_'), null, "not met for "
                            + p.id() + ": " + f.detail())).toList());
        }
        final Enrolment e = new Enrolment(p.id(), p.version(), check.regimen().id(), day1, List.of(), null);
        return db.inTransaction(() -> {
            final OffsetDateTime now = audit.now();
            final String json = EnrolmentJson.write(e);
            final var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            db.sql().sql("insert into enrolment (patient_id, protocol_id, status, document, follow_up, row_version, "
                            + "created_at, updated_at) values (?, ?, ?, ?, ?, 1, ?, ?)")
                    .params(patientId, p.id(), e.status().code(), json, FollowUpJson.empty(), now, now)
                    .update(keys, "enrolment_id");
            final long id = keys.getKey().longValue();
            audit.append(ENTITY, String.valueOf(id), "create", by, now, patientId, null, null, json);
            return new StoredEnrolment(id, patientId, e, FollowUpJson.empty(), 1);
        });
    }

    public Optional<StoredEnrolment> find(long id) {
        return db.sql().sql("select * from enrolment where enrolment_id = ?").param(id).query(ROW).optional();
    }

    /** An enrolment that must exist. */
    public StoredEnrolment require(long id) {
        return find(id).orElseThrow(() -> InvalidInputException.of("enrolment", String.valueOf(id),
                "is not an enrolment"));
    }

    public List<StoredEnrolment> ofPatient(String patientId) {
        return db.sql().sql("select * from enrolment where patient_id = ? order by enrolment_id").param(patientId)
                .query(ROW).list();
    }

    /** Every enrolment, oldest first (the site's cohort). */
    public List<StoredEnrolment> all() {
        return db.sql().sql("select * from enrolment order by enrolment_id").query(ROW).list();
    }

    /** The protocol definition an enrolment was made under. */
    public ProtocolDefinition protocolOf(StoredEnrolment e) {
        return catalog.require(e.enrolment().protocolId(), e.enrolment().protocolVersion());
    }

    /**
     * Records the decision on the check that is due, by the protocol's rule. With {@code dosimetryPlan} (the plan
     * file of {@code rediff dosimetry plan}), the dosimetry planner runs for the protocol's target and its lesion
     * doses decide a lesion-dose rule.
     *
     * @param dosimetryPlan the 124I plan JSON, or null
     * @throws StaleEditException if the enrolment changed since {@code expectedVersion}
     */
    public StoredEnrolment decide(long id, long expectedVersion, int check, LocalDate date,
                                  List<LesionUptake> lesions, String dosimetryPlan, Principal by) {
        return change(id, expectedVersion, "decision", by, before -> {
            final ProtocolDefinition p = protocolOf(before);
            final DosimetryEstimate d = dosimetryPlan == null ? null : ProtocolDosimetry.estimate(p, dosimetryPlan);
            return new Change(before.enrolment().decide(p, check, date, lesions, d, by.name()), before.followUp());
        });
    }

    /**
     * Records the 131I prescription under the protocol's activity rule; the patient's cumulative 131I with this
     * activity is added to its basis, with the ledger's warning at 22.2 GBq.
     *
     * @param requestedMBq the activity asked for, or null for the largest the rule and limits allow
     */
    public StoredEnrolment prescribe(long id, long expectedVersion, LocalDate date, Double requestedMBq,
                                     Principal by) {
        return change(id, expectedVersion, "prescription", by, before -> {
            final Enrolment after = before.enrolment().prescribe(protocolOf(before), date, requestedMBq, by.name());
            return new Change(withLedger(after, patient(before.patientId())), before.followUp());
        });
    }

    private static Enrolment withLedger(Enrolment e, StoredPatient patient) {
        final Prescription131I rx = e.prescription();
        final IodineLedger prior = IodineLedger.of(patient.record().therapies(), rx.date());
        final double totalMBq = prior.total().megabecquerel() + rx.activityMBq();
        final List<String> basis = new ArrayList<>(rx.basis());
        basis.add(String.format(Locale.ROOT, "cumulative 131I with this activity: %.2f GBq (prior %.2f GBq in %d "
                + "administrations)", totalMBq / 1000, prior.total().gigabecquerel(), prior.administrations()));
        if (totalMBq >= IodineLedger.WARNING_GBQ * 1000 - 1e-6) {
            basis.add("warning: cumulative 131I at or above 22.2 GBq (600 mCi)");
        }
        return new Enrolment(e.protocolId(), e.protocolVersion(), e.regimenId(), e.day1(), e.decisions(),
                new Prescription131I(rx.activityMBq(), rx.limitedBy(), rx.rule(), basis, rx.lesionDosesGy(),
                        rx.date(), rx.by()));
    }

    /**
     * Replaces the follow-up document (io FollowUpJson) once it reads and, when evaluable, evaluates.
     *
     * @throws InvalidInputException naming the path of the problem; nothing is written
     */
    public StoredEnrolment followUp(long id, long expectedVersion, String document, Principal by) {
        return change(id, expectedVersion, "follow-up", by, before -> {
            EnrolmentOutcome.of(before, document);
            return new Change(before.enrolment(), document);
        });
    }

    /** The computed responses of an enrolment's follow-up. */
    public EnrolmentOutcome outcome(StoredEnrolment e) {
        return EnrolmentOutcome.of(e, e.followUp());
    }

    private record Change(Enrolment enrolment, String followUp) {
    }

    private StoredEnrolment change(long id, long expectedVersion, String action, Principal by,
                                   Function<StoredEnrolment, Change> fn) {
        return db.inTransaction(() -> {
            final StoredEnrolment before = require(id);
            if (before.version() != expectedVersion) {
                final var last = audit.latest(ENTITY, String.valueOf(id));
                throw new StaleEditException(ENTITY, String.valueOf(id), expectedVersion, before.version(),
                        last.map(AuditRecord::principal).orElse(null), last.map(AuditRecord::occurredAt).orElse(null));
            }
            final Change after = fn.apply(before);
            final OffsetDateTime now = audit.now();
            final String json = EnrolmentJson.write(after.enrolment());
            final int rows = db.sql().sql("update enrolment set document = ?, follow_up = ?, status = ?, "
                            + "row_version = row_version + 1, updated_at = ? where enrolment_id = ? and row_version = ?")
                    .params(json, after.followUp(), after.enrolment().status().code(), now, id, expectedVersion)
                    .update();
            if (rows != 1) {
                throw new StaleEditException(ENTITY, String.valueOf(id), expectedVersion, before.version() + 1, null,
                        null);
            }
            audit.append(ENTITY, String.valueOf(id), action, by, now, before.patientId(), null,
                    snapshot(before.enrolment(), before.followUp()), snapshot(after.enrolment(), after.followUp()));
            return new StoredEnrolment(id, before.patientId(), after.enrolment(), after.followUp(),
                    expectedVersion + 1);
        });
    }

    private static String snapshot(Enrolment e, String followUp) {
        return "{\"enrolment\":" + EnrolmentJson.write(e) + ",\"follow_up\":" + followUp + "}";
    }

    private StoredPatient patient(String patientId) {
        return patients.find(patientId).orElseThrow(() -> InvalidInputException.of("patient",
                "'" + patientId + "'", "is not a patient in the registry"));
    }
}
