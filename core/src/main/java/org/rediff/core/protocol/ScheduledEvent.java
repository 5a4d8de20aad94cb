package org.rediff.core.protocol;

import java.time.LocalDate;

/**
 * One dated step of a patient's schedule.
 *
 * @param studyDay   day number (day 1 = first inhibitor dose)
 * @param date       the calendar date
 * @param windowDays allowed deviation, ± days
 * @param kind       what happens
 * @param label      what happens, in words
 * @param branch     the condition under which it happens ("" when it always does), e.g. "if uptake is not
 *                   restored at day 7"
 */
public record ScheduledEvent(int studyDay, LocalDate date, int windowDays, Kind kind, String label, String branch) {
    /** The kinds of step. */
    public enum Kind {
        LOW_IODINE_DIET("low_iodine_diet"), DRUG_START("drug_start"), RHTSH("rhtsh"), TRACER("tracer"),
        SCAN("scan"), DECISION("decision"), I131("i131"), DRUG_STOP("drug_stop"), FOLLOW_UP("follow_up");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
