package org.rediff.core.response;

import java.time.LocalDate;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * A serum thyroglobulin value (LOINC 3013-0, ng/mL) with its anti-Tg antibody status (LOINC 8098-6).
 *
 * @param date                date of the sample
 * @param tgNgPerMl           thyroglobulin, ng/mL, ≥ 0
 * @param stimulated          whether TSH-stimulated (rhTSH or withdrawal) rather than on suppression
 * @param antibodiesPositive  anti-Tg antibodies positive (true), negative (false) or not measured (null)
 */
public record ThyroglobulinMeasurement(LocalDate date, double tgNgPerMl, boolean stimulated,
                                       Boolean antibodiesPositive) {
    /**
     * Checks the sample.
     *
     * @throws InvalidInputException if {@code date} is null or {@code tgNgPerMl} is not a finite number in
     *                               [0, 1e6] ng/mL
     */
    public ThyroglobulinMeasurement {
        Require.notNull(date, "thyroglobulin date");
        if (!Double.isFinite(tgNgPerMl) || tgNgPerMl < 0 || tgNgPerMl > 1e6) {
            throw new InvalidInputException("thyroglobulin on " + date + " must be in [0, 1e6] ng/mL, got " + tgNgPerMl);
        }
    }
}
