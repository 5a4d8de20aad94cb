package org.rediff.core.protocol;

import java.util.List;

/**
 * One uptake check of a protocol.
 *
 * @param day                 study day of the tracer (day 1 = first inhibitor dose)
 * @param windowDays          allowed deviation, ± days (Weber 2022: 21 ± 3)
 * @param method              how uptake is measured
 * @param scanDaysAfterTracer the imaging days after the tracer (124I PET at 24, 48 and 96 h: 1, 2, 4); the decision
 *                            falls on the last
 * @param extendIfInsufficient whether insufficient uptake continues the inhibitor to the next check (the
 *                            NCT04554680 one-week-then-four-week design) rather than ending the protocol
 */
public record UptakeCheck(int day, int windowDays, UptakeMethod method, List<Integer> scanDaysAfterTracer,
                          boolean extendIfInsufficient) {
    public UptakeCheck {
        scanDaysAfterTracer = scanDaysAfterTracer == null ? List.of() : List.copyOf(scanDaysAfterTracer);
    }

    /** The study day of the decision: the last scan. */
    public int decisionDay() {
        return day + scanDaysAfterTracer.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
