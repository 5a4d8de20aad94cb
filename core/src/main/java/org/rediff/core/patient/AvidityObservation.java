package org.rediff.core.patient;

import java.time.LocalDate;

/**
 * A lesion's avidity on one scan.
 *
 * @param date    date of the scan
 * @param scan    what scan (e.g. "diagnostic 131I WBS", "124I PET/CT", "post-therapy WBS")
 * @param avidity what it showed
 */
public record AvidityObservation(LocalDate date, String scan, Avidity avidity) {
}
