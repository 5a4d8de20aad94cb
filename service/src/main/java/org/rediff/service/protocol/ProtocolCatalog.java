package org.rediff.service.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.patient.PatientRecord;
import org.rediff.core.protocol.EligibilityCheck;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.core.protocol.ProtocolSchedule;
import org.rediff.core.protocol.ScheduledEvent;
import org.rediff.io.protocol.ShippedProtocols;

/**
 * The protocol definitions the workbench offers (the shipped trial protocols; site definitions join them in a
 * later step), eligibility of a registry patient and a protocol's schedule from a start date.
 */
public final class ProtocolCatalog {
    private final List<ProtocolDefinition> shipped = ShippedProtocols.load();

    public List<ProtocolDefinition> list() {
        return shipped;
    }

    public Optional<ProtocolDefinition> find(String id) {
        return shipped.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** @throws InvalidInputException naming the protocol id and the ids there are */
    public ProtocolDefinition require(String id) {
        return find(id).orElseThrow(() -> InvalidInputException.of("protocol", "'" + id + "'", "must be one of "
                + shipped.stream().map(ProtocolDefinition::id).toList()));
    }

    /** The patient against every protocol, in catalogue order. */
    public List<Eligible> eligibility(PatientRecord patient, LocalDate today) {
        return shipped.stream().map(p -> new Eligible(p, EligibilityCheck.of(p, ProtocolCandidates.of(patient,
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
