package org.rediff.io.meta;

import java.util.Locale;
import org.rediff.core.evidence.ModelFit;

/**
 * The omnibus test of the moderators as it is reported: with Knapp-Hartung an F test on (m, k − p) df, whose
 * statistic is QM / m (Knapp and Hartung 2003, Stat Med 22:2693; metafor prints "F(df1 = m, df2 = k - p)"), else
 * the χ² test QM on m df. Page, JSON and terminal text all name it from here, so an F test is never called QM.
 *
 * @param statistic "F" or "chi-square"
 * @param value     F or QM
 * @param df1       numerator df (moderator coefficients m)
 * @param df2       denominator df k − p for F, else null
 * @param p         p-value
 */
public record ModeratorTest(String statistic, double value, int df1, Integer df2, double p) {
    public static ModeratorTest of(ModelFit fit) {
        return fit.knappHartung()
                ? new ModeratorTest("F", fit.qm(), fit.qmDf(), fit.residualDf(), fit.qmPValue())
                : new ModeratorTest("chi-square", fit.qm(), fit.qmDf(), null, fit.qmPValue());
    }

    public boolean isF() {
        return df2 != null;
    }

    /** "F(2, 9) = 3.4100" or "QM (χ², df = 2) = 6.8200", with {@code decimals} decimals. */
    public String label(int decimals) {
        final String v = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return isF() ? "F(" + df1 + ", " + df2 + ") = " + v : "QM (χ², df = " + df1 + ") = " + v;
    }
}
