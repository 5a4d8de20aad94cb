package org.rediff.service.patients;

import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.patient.Histology;

/**
 * What the patient list shows; null or blank fields do not filter. Codes are checked, so that a misspelt filter
 * is an error rather than an empty list.
 *
 * @param text       part of the id (case-insensitive)
 * @param genotype   part of the genotype summary, e.g. "BRAF" or "RET" (case-insensitive)
 * @param histology  a histology code
 * @param rairStatus refractory, not_refractory or not_assessed
 */
public record PatientFilter(String text, String genotype, String histology, String rairStatus) {
    /** The values of {@code rair_status}. */
    public static final Set<String> RAIR_STATUSES = Set.of("refractory", "not_refractory", "not_assessed");

    public PatientFilter {
        if (histology != null && !histology.isBlank()) {
            try {
                histology = Histology.parse(histology.strip()).code();
            } catch (InvalidInputException e) {
                throw e.renamed(name -> "histology");
            }
        }
        if (rairStatus != null && !rairStatus.isBlank() && !RAIR_STATUSES.contains(rairStatus.strip())) {
            throw InvalidInputException.of("rair_status", "'" + rairStatus + "'", "must be one of refractory, "
                    + "not_refractory, not_assessed");
        }
    }

    public static PatientFilter all() {
        return new PatientFilter(null, null, null, null);
    }
}
