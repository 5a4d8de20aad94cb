package org.rediff.core.protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dated schedule of a protocol from the first inhibitor dose: the low-iodine diet, each uptake check (rhTSH on
 * the two days before the tracer, the tracer, the scans, the decision on the last scan), and for each way a check
 * can go the 131I, the end of the inhibitor and the follow-up visits. With an adaptive protocol (NCT04554680)
 * every check after the first is conditional on the one before not restoring uptake; every step carries the
 * condition it depends on.
 */
public final class ProtocolSchedule {
    private ProtocolSchedule() {
    }

    /**
     * The whole plan from {@code day1}, every branch.
     *
     * @param p    the protocol
     * @param day1 the date of the first inhibitor dose
     * @return the steps by date
     */
    public static List<ScheduledEvent> plan(ProtocolDefinition p, LocalDate day1) {
        return plan(p, day1, List.of());
    }

    /**
     * The plan from {@code day1} once the first checks are decided: {@code restored.get(i)} says whether check
     * {@code i} restored uptake; the branches not taken are dropped, and the steps of the branch taken lose their
     * condition. Checks beyond the list keep every branch.
     *
     * @param p        the protocol
     * @param day1     the date of the first inhibitor dose
     * @param restored the outcomes of the checks decided so far, in order
     * @return the steps by date
     */
    public static List<ScheduledEvent> plan(ProtocolDefinition p, LocalDate day1, List<Boolean> restored) {
        final List<ScheduledEvent> out = new ArrayList<>();
        if (p.lowIodineDietDay() != null) {
            out.add(at(p, day1, p.lowIodineDietDay(), 0, ScheduledEvent.Kind.LOW_IODINE_DIET, "low-iodine diet "
                    + "starts", ""));
        }
        out.add(at(p, day1, 1, 0, ScheduledEvent.Kind.DRUG_START, "first dose of the inhibitor", ""));
        String reached = "";
        for (int i = 0; i < p.checks().size(); i++) {
            final UptakeCheck c = p.checks().get(i);
            check(out, p, day1, c, reached);
            if (p.uptakeRule().kind() == UptakeRule.Kind.TREAT_REGARDLESS) {
                treatment(out, p, day1, c, reached);
                break;
            }
            if (i < restored.size()) {
                if (restored.get(i)) {
                    treatment(out, p, day1, c, reached);
                    break;
                }
                if (!c.extendIfInsufficient()) {
                    out.add(at(p, day1, c.decisionDay(), 0, ScheduledEvent.Kind.DRUG_STOP, "stop the inhibitor: "
                            + "protocol ends without 131I", reached));
                    break;
                }
                continue;
            }
            treatment(out, p, day1, c, condition(reached, "if uptake is restored at day " + c.day()));
            if (!c.extendIfInsufficient()) {
                out.add(at(p, day1, c.decisionDay(), 0, ScheduledEvent.Kind.DRUG_STOP, "stop the inhibitor: "
                        + "protocol ends without 131I", condition(reached, "if uptake is not restored at day "
                        + c.day())));
                break;
            }
            reached = condition(reached, "if uptake is not restored at day " + c.day());
        }
        out.sort(Comparator.comparing(ScheduledEvent::date).thenComparing(e -> e.kind().ordinal()));
        return List.copyOf(out);
    }

    private static void check(List<ScheduledEvent> out, ProtocolDefinition p, LocalDate day1, UptakeCheck c,
                              String branch) {
        if (p.stimulation() == Stimulation.RHTSH) {
            out.add(at(p, day1, c.day() - 2, 0, ScheduledEvent.Kind.RHTSH, "rhTSH injection 1 of 2", branch));
            out.add(at(p, day1, c.day() - 1, 0, ScheduledEvent.Kind.RHTSH, "rhTSH injection 2 of 2", branch));
        }
        out.add(at(p, day1, c.day(), c.windowDays(), ScheduledEvent.Kind.TRACER, "tracer for the "
                + c.method().label(), branch));
        for (int d : c.scanDaysAfterTracer()) {
            out.add(at(p, day1, c.day() + d, c.windowDays(), ScheduledEvent.Kind.SCAN, c.method().label() + " ("
                    + (d * 24) + " h)", branch));
        }
        out.add(at(p, day1, c.decisionDay(), c.windowDays(), ScheduledEvent.Kind.DECISION, "uptake decision: "
                + p.uptakeRule().describe(), branch));
    }

    private static void treatment(List<ScheduledEvent> out, ProtocolDefinition p, LocalDate day1, UptakeCheck c,
                                  String branch) {
        final int i131 = c.day() + p.i131DaysAfterCheck();
        out.add(at(p, day1, i131, c.windowDays(), ScheduledEvent.Kind.I131, "131I therapy: "
                + p.activityRule().describe(), branch));
        out.add(p.drugDaysAfterI131() == null
                ? at(p, day1, i131, 0, ScheduledEvent.Kind.DRUG_STOP, "inhibitor after 131I: duration not "
                        + "published; decide per protocol", branch)
                : at(p, day1, i131 + p.drugDaysAfterI131(), 0, ScheduledEvent.Kind.DRUG_STOP, "last dose of the "
                        + "inhibitor (" + p.drugDaysAfterI131() + " days after 131I)", branch));
        for (int d : p.followUpDays()) {
            out.add(at(p, day1, i131 + d, d >= 90 ? 14 : 3, ScheduledEvent.Kind.FOLLOW_UP, "follow-up " + months(d)
                    + " after 131I: RECIST 1.1 CT, Tg, TgAb, TSH", branch));
        }
    }

    private static String months(int days) {
        return days % 30 == 0 || days >= 90 ? Math.round(days / 30.4375) + " months" : days + " days";
    }

    private static String condition(String before, String now) {
        return before.isEmpty() ? now : before + ", then " + now;
    }

    private static ScheduledEvent at(ProtocolDefinition p, LocalDate day1, int studyDay, int window,
                                     ScheduledEvent.Kind kind, String label, String branch) {
        // Day 1 is the first dose; there is no day 0, so days before it count -1, -2, … back from day 1.
        final LocalDate date = studyDay >= 1 ? day1.plusDays(studyDay - 1L) : day1.plusDays(studyDay);
        return new ScheduledEvent(studyDay, date, window, kind, label, branch);
    }
}
