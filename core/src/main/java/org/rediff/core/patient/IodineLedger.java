package org.rediff.core.patient;

import java.time.LocalDate;
import java.util.List;
import org.rediff.core.units.Activity;

/**
 * The cumulative 131I activity of a patient's prior therapies, in GBq and mCi (1 mCi = 37 MBq). Above
 * {@value #WARNING_GBQ} GBq (600 mCi, Tuttle 2019 scenario 5) it warns; it never decides refractoriness ("no maximum
 * accumulated threshold of administered 131I activity should designate disease as refractory", Tuttle 2019).
 *
 * @param administrations the number of 131I administrations
 * @param total           the cumulative activity
 * @param warning         the warning text when the total is at or above the threshold, else null
 */
public record IodineLedger(int administrations, Activity total, String warning) {
    /** The cumulative activity at which the ledger warns, GBq (600 mCi). */
    public static final double WARNING_GBQ = 22.2;

    /** The ledger of the 131I therapies given on or before {@code asOf} (all when null). */
    public static IodineLedger of(List<PriorTherapy> therapies, LocalDate asOf) {
        double mbq = 0;
        int n = 0;
        for (PriorTherapy t : therapies) {
            if (t.kind() == TherapyKind.I131 && t.activityMBq() != null
                    && (asOf == null || t.date() == null || !t.date().isAfter(asOf))) {
                mbq += t.activityMBq();
                n++;
            }
        }
        final Activity total = Activity.ofMBq(mbq);
        // Compared in MBq against 22 200 exactly, so that 600 mCi (= 22 200 MBq) warns despite binary rounding.
        final String warning = mbq >= WARNING_GBQ * 1000 - 1e-6 ? String.format(java.util.Locale.ROOT,
                "cumulative 131I activity %.2f GBq (%.0f mCi) is at or above 22.2 GBq (600 mCi): a warning, not a "
                        + "criterion of refractoriness on its own", total.gigabecquerel(), total.millicurie()) : null;
        return new IodineLedger(n, total, warning);
    }
}
