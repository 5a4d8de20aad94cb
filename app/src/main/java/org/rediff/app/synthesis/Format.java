package org.rediff.app.synthesis;

import java.util.Locale;

/** Number formats of the synthesis page; undefined values (NaN) show as "–". */
public final class Format {
    private Format() {
    }

    public static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "–";
    }

    public static String interval(double lo, double hi, int decimals) {
        return "[" + fixed(lo, decimals) + ", " + fixed(hi, decimals) + "]";
    }

    public static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", v) : "–";
    }

    /** With an explicit sign (+2.5, −1.0, 0.0); for changes. */
    public static String signed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        final String s = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v));
        final double unit = 0.5 * Math.pow(10, -decimals);
        return (v >= unit ? "+" : v <= -unit ? "−" : "") + s;
    }

    public static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return "–";
        }
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    public static String tau2(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "–";
    }

    /** A number without trailing zeros (95 → "95", 97.5 → "97.5"). */
    public static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
