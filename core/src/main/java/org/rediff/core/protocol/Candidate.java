package org.rediff.core.protocol;

/**
 * What eligibility needs to know of a patient, as the service layer reads it from the registry record (the core
 * protocol package does not know the record itself).
 *
 * @param histology          histology code
 * @param genotype           the genotype class of the patient's findings
 * @param refractory         whether the latest RAIR assessment says refractory
 * @param ecog               ECOG status, or null if not recorded
 * @param ageYears           age at the check, in whole years
 * @param largestLesionMm    the largest known lesion, or null when none is recorded
 */
public record Candidate(String histology, GenotypeClass genotype, boolean refractory, Integer ecog, int ageYears,
                        Double largestLesionMm) {
}
