package org.rediff.core.protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rediff.core.common.InvalidInputException;

/**
 * A patient on a protocol: the definition (id and version), the regimen, the first inhibitor dose, the uptake
 * decisions recorded so far, in order, and the 131I prescription once made.
 *
 * @param protocolId      the protocol
 * @param protocolVersion its version when the patient was enrolled
 * @param regimenId       the regimen chosen for the genotype
 * @param day1            date of the first inhibitor dose
 * @param decisions       the decisions recorded, one per check reached
 * @param prescription    the 131I prescription, or null before it
 */
public record Enrolment(String protocolId, int protocolVersion, String regimenId, LocalDate day1,
                        List<RecordedDecision> decisions, Prescription131I prescription) {
    public Enrolment {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** Where the patient stands. */
    public enum Status {
        AWAITING_CHECK("awaiting_check"), TO_RECEIVE_131I("to_receive_131I"), PRESCRIBED("prescribed"),
        ENDED_WITHOUT_131I("ended_without_131I");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The status after the decisions recorded. */
    public Status status() {
        if (prescription != null) {
            return Status.PRESCRIBED;
        }
        if (decisions.isEmpty()) {
            return Status.AWAITING_CHECK;
        }
        final UptakeDecision last = decisions.get(decisions.size() - 1).decision();
        return last.give131I() ? Status.TO_RECEIVE_131I : last.extend() ? Status.AWAITING_CHECK
                : Status.ENDED_WITHOUT_131I;
    }

    /** The schedule, following the branches the decisions took. */
    public List<ScheduledEvent> schedule(ProtocolDefinition p) {
        return ProtocolSchedule.plan(p, day1, decisions.stream().map(d -> d.decision().restored()
                || d.decision().give131I()).toList());
    }

    /**
     * The enrolment with the decision on the next check, by the protocol's rule. With 124I dosimetry each planned
     * lesion's predicted dose is its dose per GBq at the largest activity the protocol allows
     * ({@link Prescription131I#largestAllowed}); a planned lesion not among {@code lesions} counts as showing
     * uptake (the plan measured it).
     *
     * @param dosimetry the 124I dosimetry, or null
     * @throws InvalidInputException when the check is not the one due, or the measurements do not fit the rule
     */
    public Enrolment decide(ProtocolDefinition p, int check, LocalDate date, List<LesionUptake> lesions,
                            DosimetryEstimate dosimetry, String by) {
        if (status() != Status.AWAITING_CHECK) {
            throw InvalidInputException.of("check", String.valueOf(check), "no check is due: the patient is "
                    + status().code());
        }
        if (check != decisions.size()) {
            throw InvalidInputException.of("check", String.valueOf(check), "must be " + decisions.size()
                    + ", the check that is due (checks are decided in order)");
        }
        if (date == null || date.isBefore(day1)) {
            throw InvalidInputException.of("date", String.valueOf(date), "must be on or after the first dose "
                    + day1);
        }
        final List<LesionUptake> measured = dosimetry == null ? lesions : withDoses(p, lesions, dosimetry);
        final List<RecordedDecision> next = new ArrayList<>(decisions);
        next.add(new RecordedDecision(check, date, measured, dosimetry, UptakeDecision.decide(p, check, measured),
                by));
        return new Enrolment(protocolId, protocolVersion, regimenId, day1, next, null);
    }

    private static List<LesionUptake> withDoses(ProtocolDefinition p, List<LesionUptake> lesions,
                                                DosimetryEstimate d) {
        final double mbq = Prescription131I.largestAllowed(p.activityRule(), d).activityMBq();
        final List<LesionUptake> out = new ArrayList<>();
        for (DosimetryEstimate.LesionDosePerGBq l : d.lesions()) {
            final boolean seen = lesions.stream().filter(x -> x.lesionId().equals(l.lesionId())).findFirst()
                    .map(LesionUptake::uptakeSeen).orElse(true);
            out.add(new LesionUptake(l.lesionId(), seen, l.doseGyPerGBq() * mbq / 1000));
        }
        lesions.stream().filter(x -> d.doseGyPerGBq(x.lesionId()).isEmpty()).forEach(out::add);
        return out;
    }

    /** The decision that sends the patient to 131I, if one does. */
    public java.util.Optional<RecordedDecision> treatingDecision() {
        return decisions.isEmpty() || !decisions.get(decisions.size() - 1).decision().give131I()
                ? java.util.Optional.empty() : java.util.Optional.of(decisions.get(decisions.size() - 1));
    }

    /**
     * The enrolment with its 131I prescription under the protocol's activity rule, using the treating decision's
     * dosimetry.
     *
     * @param requestedMBq the activity asked for, or null for the largest allowed
     * @throws InvalidInputException when no 131I is due, the date precedes the decision, or the activity is not
     *                               allowed
     */
    public Enrolment prescribe(ProtocolDefinition p, LocalDate date, Double requestedMBq, String by) {
        if (status() != Status.TO_RECEIVE_131I) {
            throw InvalidInputException.of("prescription", null, "no 131I is due: the patient is "
                    + status().code());
        }
        final RecordedDecision d = treatingDecision().orElseThrow();
        if (date == null || date.isBefore(d.date())) {
            throw InvalidInputException.of("date", String.valueOf(date), "must be on or after the decision of "
                    + d.date());
        }
        return new Enrolment(protocolId, protocolVersion, regimenId, day1, decisions,
                Prescription131I.prescribe(p.activityRule(), d.dosimetry(), requestedMBq, date, by));
    }
}
