package org.rediff.service.protocol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.patient.PatientRecord;
import org.rediff.core.protocol.EligibilityCheck;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.core.protocol.ProtocolSchedule;
import org.rediff.core.protocol.ScheduledEvent;
import org.rediff.io.protocol.ProtocolJson;
import org.rediff.io.protocol.ShippedProtocols;
import org.rediff.service.audit.AuditTrail;
import org.rediff.service.audit.Principal;
import org.rediff.service.store.Database;

/**
 * The protocol definitions the workbench offers: the shipped trial protocols and, with a database, the site's own
 * definitions (every version kept; the latest is offered, enrolments keep theirs); eligibility of a registry
 * patient and a protocol's schedule from a start date.
 */
public final class ProtocolCatalog {
    /** The audit trail's entity name for site protocols. */
    public static final String ENTITY = "protocol";
    private final List<ProtocolDefinition> shipped = ShippedProtocols.load();
    private final Database db;
    private final AuditTrail audit;

    /** The shipped protocols only. */
    public ProtocolCatalog() {
        this.db = null;
        this.audit = null;
    }

    /** The shipped protocols and the site's, stored in {@code db}. */
    public ProtocolCatalog(Database db, Clock clock) {
        this.db = db;
        this.audit = new AuditTrail(db, clock);
    }

    /** Shipped protocols, then the latest version of each site protocol. */
    public List<ProtocolDefinition> list() {
        final List<ProtocolDefinition> all = new ArrayList<>(shipped);
        if (db != null) {
            all.addAll(db.sql().sql("select s.document from site_protocol s where s.version = (select max(t.version) "
                    + "from site_protocol t where t.protocol_id = s.protocol_id) order by s.protocol_id")
                    .query((rs, n) -> ProtocolJson.read(rs.getString(1), "site protocol")).list());
        }
        return all;
    }

    /** Whether the id is one of the shipped protocols (which a site cannot replace). */
    public boolean isShipped(String id) {
        return shipped.stream().anyMatch(p -> p.id().equals(id));
    }

    /** The latest version of a protocol. */
    public Optional<ProtocolDefinition> find(String id) {
        final Optional<ProtocolDefinition> s = shipped.stream().filter(p -> p.id().equals(id)).findFirst();
        if (s.isPresent() || db == null) {
            return s;
        }
        return db.sql().sql("select document from site_protocol where protocol_id = ? order by version desc")
                .param(id).query((rs, n) -> ProtocolJson.read(rs.getString(1), "site protocol " + id)).list()
                .stream().findFirst();
    }

    /** A protocol as it was at {@code version} (shipped protocols have the one version they ship with). */
    public ProtocolDefinition require(String id, int version) {
        if (isShipped(id) || db == null) {
            return require(id);
        }
        return db.sql().sql("select document from site_protocol where protocol_id = ? and version = ?")
                .params(id, version).query((rs, n) -> ProtocolJson.read(rs.getString(1), "site protocol " + id))
                .optional().orElseThrow(() -> InvalidInputException.of("protocol", "'" + id + "' version " + version,
                        "is not a stored protocol version"));
    }

    /** @throws InvalidInputException naming the protocol id and the ids there are */
    public ProtocolDefinition require(String id) {
        return find(id).orElseThrow(() -> InvalidInputException.of("protocol", "'" + id + "'", "must be one of "
                + list().stream().map(ProtocolDefinition::id).toList()));
    }

    /**
     * Stores a site protocol: a new id at version 1, or the next version of a site protocol. The definition is
     * validated as a whole first; nothing is stored on any problem.
     *
     * @throws InvalidInputException for a shipped id, a version that is not the next, or the definition's problems
     */
    public ProtocolDefinition save(ProtocolDefinition p, Principal by) {
        if (db == null) {
            throw new IllegalStateException("no database: site protocols cannot be stored");
        }
        p.validate();
        if (isShipped(p.id())) {
            throw InvalidInputException.of("id", "'" + p.id() + "'", "is a shipped protocol; give your definition "
                    + "its own id");
        }
        return db.inTransaction(() -> {
            final int stored = db.sql().sql("select coalesce(max(version), 0) from site_protocol where protocol_id = ?")
                    .param(p.id()).query(Integer.class).single();
            final Integer latest = stored == 0 ? null : stored;
            final int next = stored + 1;
            if (p.version() != next) {
                throw InvalidInputException.of("version", String.valueOf(p.version()), "must be " + next
                        + (latest == null ? " for a new protocol" : ", the next version of " + p.id()));
            }
            final String json = ProtocolJson.write(p);
            final OffsetDateTime now = audit.now();
            db.sql().sql("insert into site_protocol (protocol_id, version, document, created_at, created_by) "
                    + "values (?, ?, ?, ?, ?)").params(p.id(), p.version(), json, now, by.name()).update();
            audit.append(ENTITY, p.id(), latest == null ? "create" : "version", by, now, "site protocol", null, null,
                    json);
            return p;
        });
    }

    /** The patient against every protocol, in catalogue order. */
    public List<Eligible> eligibility(PatientRecord patient, LocalDate today) {
        return list().stream().map(p -> new Eligible(p, EligibilityCheck.of(p, ProtocolCandidates.of(patient,
                today)))).toList();
    }

    /** The plan from the first inhibitor dose on {@code day1}. */
    public List<ScheduledEvent> schedule(String protocolId, LocalDate day1) {
        return ProtocolSchedule.plan(require(protocolId), day1);
    }

    /** A protocol and a patient's eligibility for it. */
    public record Eligible(ProtocolDefinition protocol, EligibilityCheck check) {
    }
}
