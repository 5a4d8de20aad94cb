package org.rediff.service.patients;

/**
 * What the patient list shows; null or blank fields do not filter.
 *
 * @param text       part of the id (case-insensitive)
 * @param genotype   part of the genotype summary, e.g. "BRAF" or "RET" (case-insensitive)
 * @param histology  a histology code
 * @param rairStatus refractory, not_refractory or not_assessed
 */
public record PatientFilter(String text, String genotype, String histology, String rairStatus) {
    public static PatientFilter all() {
        return new PatientFilter(null, null, null, null);
    }
}
