package org.rediff.app.patients;

import java.math.BigDecimal;

/** Numbers on the patient page as they were entered: 14 not "14.0", 0.9 not "0.90" (the page's {@code num}). */
final class Plain {
    static final Plain INSTANCE = new Plain();

    private Plain() {
    }

    /** The number without trailing zeros, or "—" when absent. */
    public String of(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "—";
        }
        final BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
