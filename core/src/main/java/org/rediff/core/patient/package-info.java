/**
 * The patient record of the registry as domain values and their rules, framework-free: diagnosis (histology),
 * genomic findings (variants by gene and HGVS, fusions by partner genes), lesions with their avidity history,
 * laboratory results (Tg LOINC 3013-0, TgAb 8098-6, TSH 3016-3, with the TSH state at the draw), prior therapies
 * with the cumulative 131I ledger ({@link org.rediff.core.patient.IodineLedger}: GBq and mCi, a warning at
 * 22.2 GBq = 600 mCi, never a rule), and the RAIR assessment ({@link org.rediff.core.patient.RairAssessment}): a
 * dated assertion carrying the Tuttle et al. 2019 scenarios (Thyroid 29:461-470, PMID 30900516) that apply, refused
 * as "refractory" without a prior therapeutic or ablative 131I administration (ATA 2025, Rec 59A). Background:
 * docs/background/domain.md §1.
 */
package org.rediff.core.patient;
