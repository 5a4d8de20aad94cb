package org.rediff.app.outcomes;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.rediff.core.response.Response;

/** How the outcomes pages write numbers: undefined values (NaN, ∞) as "–", no exponents for usual magnitudes. */
final class Fmt {
    private Fmt() {
    }

    /** Fixed decimals. */
    static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "–";
    }

    /** At most {@code decimals} decimals, trailing zeros dropped (12 → "12", 14.25 → "14.25", 9.4 → "9.4"). */
    static String upTo(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        final BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** A time (median, landmark): up to 2 decimals; NaN means the curve does not reach it ("NR"). */
    static String time(double v) {
        return Double.isFinite(v) ? upTo(v, 2) : "NR";
    }

    /** A p-value: 4 significant digits, "< 0.0001" below. */
    static String p(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        if (v < 1e-4) {
            return "< 0.0001";
        }
        return BigDecimal.valueOf(v).round(new MathContext(4)).toPlainString();
    }

    /** A signed percent change (−45.2, +12.0, 0.0). */
    static String change(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        final String s = String.format(Locale.ROOT, "%.1f", Math.abs(v));
        return (v > 0.05 ? "+" : v < -0.05 ? "−" : "") + s;
    }

    /** A response as written in RECIST tables (non-CR/non-PD for NON_CR_NON_PD); "–" for none. */
    static String response(Response r) {
        if (r == null) {
            return "–";
        }
        return r.label();
    }

    /** CSS class of a response (resp-PR …, resp-none). */
    static String responseClass(Response r) {
        return "resp resp-" + (r == null ? "none" : r.code());
    }
}
