package org.rediff.core.patient;

import org.rediff.core.common.Codes;

/**
 * The scenarios that suggest radioiodine-refractory disease (Tuttle et al. 2019, Thyroid 29:461-470, PMID
 * 30900516). Each is suggestive, not proof: the assessment records which apply, and a clinician asserts the
 * conclusion.
 */
public enum RairCriterion {
    NO_UPTAKE_DIAGNOSTIC("no_uptake_diagnostic_scan", "no 131I uptake on a diagnostic scan"),
    NO_UPTAKE_POST_THERAPY("no_uptake_post_therapy_scan", "no 131I uptake on a post-therapy scan days after 131I"),
    MIXED_UPTAKE("uptake_in_some_foci_only", "131I uptake in some tumour foci but not others"),
    PROGRESSION_DESPITE_UPTAKE("progression_despite_uptake", "metastases progress despite 131I uptake"),
    PROGRESSION_AFTER_600_MCI("progression_after_600_mci",
            "metastases progress despite a cumulative 131I activity above 600 mCi (22.2 GBq)");

    private final String code;
    private final String label;

    RairCriterion(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static RairCriterion parse(String code) {
        return Codes.parse(values(), RairCriterion::code, "rair.criteria", code);
    }
}
