package org.rediff.core.patient;

import java.time.LocalDate;

/**
 * One finding of a genomic test: a variant by gene and HGVS (e.g. BRAF NM_004333.4:c.1799T>A, p.Val600Glu) or a
 * fusion by its two partner genes (e.g. CCDC6::RET).
 *
 * @param gene          the gene studied (HGNC symbol, e.g. BRAF, NRAS, RET); for a fusion the 3' partner
 * @param hgvsC         coding HGVS of a variant, or null
 * @param hgvsP         protein HGVS of a variant, or null
 * @param fusionPartner the 5' partner gene of a fusion, or null for a variant
 * @param test          the test (e.g. a panel name)
 * @param date          when it was reported
 */
public record GenomicFinding(String gene, String hgvsC, String hgvsP, String fusionPartner, String test,
                             LocalDate date) {
    /** Whether this is a fusion (two partner genes) rather than a variant. */
    public boolean fusion() {
        return fusionPartner != null;
    }

    /** "BRAF p.Val600Glu", "CCDC6::RET". */
    public String summary() {
        if (fusion()) {
            return fusionPartner + "::" + gene;
        }
        return gene + (hgvsP != null ? " " + hgvsP : hgvsC != null ? " " + hgvsC : "");
    }
}
