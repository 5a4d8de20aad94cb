package org.rediff.service.patients;

/**
 * One row of the patient list.
 *
 * @param id         pseudonymous id
 * @param birthYear  year of birth
 * @param histology  histology code
 * @param genotype   the genomic findings in short ("BRAF p.Val600Glu; CCDC6::RET"), or "not tested"
 * @param rairStatus refractory, not_refractory or not_assessed (the latest assessment)
 * @param synthetic  whether it is demonstration data
 * @param version    row version
 */
public record PatientSummary(String id, int birthYear, String histology, String genotype, String rairStatus,
                             boolean synthetic, long version) {
}
