package org.rediff.core.units;

import org.rediff.core.common.Require;

/**
 * A radioactivity, stored in megabecquerel. 1 mCi = 37 MBq exactly (definition of the curie, 3.7e10 Bq).
 *
 * @param megabecquerel activity in MBq, finite and not negative
 */
public record Activity(double megabecquerel) {
    /** MBq per mCi, exact by the definition of the curie. */
    public static final double MBQ_PER_MCI = 37.0;

    public Activity {
        Require.atLeast(megabecquerel, 0.0, "activity (MBq)");
    }

    public static Activity ofMBq(double mbq) {
        return new Activity(mbq);
    }

    public static Activity ofGBq(double gbq) {
        return new Activity(gbq * 1000.0);
    }

    public static Activity ofMCi(double mci) {
        return new Activity(mci * MBQ_PER_MCI);
    }

    public double gigabecquerel() {
        return megabecquerel / 1000.0;
    }

    public double millicurie() {
        return megabecquerel / MBQ_PER_MCI;
    }
}
