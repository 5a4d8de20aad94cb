package org.rediff.app.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the design page writes numbers: undefined values (NaN, ∞) as "–". */
final class Fmt {
    private Fmt() {
    }

    /** Fixed decimals. */
    static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "–";
    }

    /** At most {@code decimals} decimals, trailing zeros dropped (0.1 → "0.1", 0.61283 → "0.6128" at 4). */
    static String upTo(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        final BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
