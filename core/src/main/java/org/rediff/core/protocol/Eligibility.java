package org.rediff.core.protocol;

import java.util.Set;

/**
 * Who a protocol enrols. Null bounds do not apply.
 *
 * @param histologies       histology codes accepted (ptc, ftc, oncocytic, pdtc)
 * @param requireRefractory whether a current RAIR assessment of "refractory" is needed
 * @param maxEcog           highest ECOG status accepted (NCT04554680: ECOG below 2, so 1)
 * @param minAgeYears       youngest age accepted (NCT04554680: 21)
 * @param maxLesionMm       largest lesion accepted (MERAIODE: no lesion > 3 cm, so 30)
 * @param minLargestLesionMm a measurable lesion at least this long (Weber 2022: ≥ 15 mm)
 */
public record Eligibility(Set<String> histologies, boolean requireRefractory, Integer maxEcog, Integer minAgeYears,
                          Double maxLesionMm, Double minLargestLesionMm) {
    public Eligibility {
        histologies = histologies == null ? Set.of() : Set.copyOf(histologies);
    }
}
