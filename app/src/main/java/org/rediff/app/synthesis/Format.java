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
