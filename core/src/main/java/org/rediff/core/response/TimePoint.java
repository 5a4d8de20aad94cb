package org.rediff.core.response;

import java.time.LocalDate;

/**
 * The RECIST evaluation of one assessment. Responses are null at baseline; sums and changes are NaN when a target
 * was not assessed (or, for changes, when the baseline sum is 0).
 *
 * @param date                     assessment date
 * @param baseline                 whether this is the baseline
 * @param sumMm                    sum of diameters (nodal short axes), mm
 * @param changeFromBaselinePct    percent change of the sum from baseline
 * @param changeFromNadirPct       percent change from the smallest earlier sum (baseline included)
 * @param target                   target-lesion response (null without target lesions or at baseline)
 * @param nonTarget                non-target response (null without non-target lesions or at baseline)
 * @param newLesions               whether new lesions appeared
 * @param overall                  overall time-point response (null at baseline)
 */
public record TimePoint(LocalDate date, boolean baseline, double sumMm, double changeFromBaselinePct,
                        double changeFromNadirPct, Response target, Response nonTarget, boolean newLesions,
                        Response overall) {
}
