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

    /**
     * Checks the activity.
     *
     * @throws org.rediff.core.common.InvalidInputException if {@code megabecquerel} is NaN, infinite or negative
     */
    public Activity {
        Require.atLeast(megabecquerel, 0.0, "activity (MBq)");
    }

    /**
     * An activity given in megabecquerel.
     *
     * @param mbq activity, MBq, finite and ≥ 0
     * @return the activity
     * @throws org.rediff.core.common.InvalidInputException if {@code mbq} is NaN, infinite or negative
     */
    public static Activity ofMBq(double mbq) {
        return new Activity(mbq);
    }

    /**
     * An activity given in gigabecquerel (1 GBq = 1000 MBq).
     *
     * @param gbq activity, GBq, finite and ≥ 0
     * @return the activity
     * @throws org.rediff.core.common.InvalidInputException if {@code gbq} is NaN, infinite or negative
     */
    public static Activity ofGBq(double gbq) {
        return new Activity(gbq * 1000.0);
    }

    /**
     * An activity given in millicurie (1 mCi = 37 MBq).
     *
     * @param mci activity, mCi, finite and ≥ 0
     * @return the activity
     * @throws org.rediff.core.common.InvalidInputException if {@code mci} is NaN, infinite or negative
     */
    public static Activity ofMCi(double mci) {
        return new Activity(mci * MBQ_PER_MCI);
    }

    /**
     * The activity in gigabecquerel.
     *
     * @return activity, GBq
     */
    public double gigabecquerel() {
        return megabecquerel / 1000.0;
    }

    /**
     * The activity in millicurie.
     *
     * @return activity, mCi
     */
    public double millicurie() {
        return megabecquerel / MBQ_PER_MCI;
    }
}
