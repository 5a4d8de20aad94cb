package org.rediff.core.response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Terms of an event listing that are probably misspellings of another term: "Fatige" beside "Fatigue" would
 * otherwise be counted as a second term and lower the patient count of the real one. A term is flagged when it is
 * not a listed CTCAE v5.0 term and lies within a small edit distance of another term of the listing or of a common
 * CTCAE v5.0 term. Flags only: counting never merges terms that differ by more than case, since a near spelling may
 * be a different event (Hypokalemia and Hyperkalemia differ by two edits).
 */
public final class AdverseEventTerms {
    /**
     * Common CTCAE v5.0 terms (NCI, Common Terminology Criteria for Adverse Events v5.0, 27 November 2017): those of
     * kinase-inhibitor and radioiodine trials. Known terms are never flagged, which keeps pairs such as
     * Hypothyroidism and Hyperthyroidism apart.
     */
    static final List<String> CTCAE_TERMS = List.of("Abdominal pain", "Alanine aminotransferase increased",
            "Alkaline phosphatase increased", "Alopecia", "Anemia", "Anorexia", "Anxiety", "Arthralgia",
            "Aspartate aminotransferase increased", "Back pain", "Blood bilirubin increased", "Blurred vision",
            "Chills", "Constipation", "Cough", "CPK increased", "Creatinine increased", "Dehydration", "Depression",
            "Diarrhea", "Dizziness", "Dry eye", "Dry mouth", "Dry skin", "Dysgeusia", "Dyspepsia", "Dysphagia",
            "Dyspnea", "Edema face", "Edema limbs", "Ejection fraction decreased",
            "Electrocardiogram QT corrected interval prolonged", "Epistaxis", "Fatigue", "Fever",
            "Flu like symptoms", "GGT increased", "Headache", "Heart failure", "Hoarseness", "Hypercalcemia",
            "Hyperglycemia", "Hyperkalemia", "Hypernatremia", "Hypertension", "Hyperthyroidism", "Hypoalbuminemia",
            "Hypocalcemia", "Hypoglycemia", "Hypokalemia", "Hypomagnesemia", "Hyponatremia", "Hypophosphatemia",
            "Hypotension", "Hypothyroidism", "Insomnia", "Lipase increased", "Lymphocyte count decreased",
            "Malaise", "Mucositis oral", "Myalgia", "Nausea", "Neutrophil count decreased", "Pain in extremity",
            "Palmar-plantar erythrodysesthesia syndrome", "Paronychia", "Peripheral sensory neuropathy",
            "Photosensitivity", "Platelet count decreased", "Pneumonitis", "Proteinuria", "Pruritus",
            "Rash acneiform", "Rash maculo-papular", "Salivary duct inflammation", "Serum amylase increased",
            "Sinus bradycardia", "Sinus tachycardia", "Skin hyperpigmentation", "Syncope", "Thromboembolic event",
            "Urinary tract infection", "Uveitis", "Vomiting", "Weight gain", "Weight loss",
            "White blood cell count decreased");
    private static final Set<String> KNOWN = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        KNOWN.addAll(CTCAE_TERMS);
    }

    private AdverseEventTerms() {
    }

    /**
     * A term that is probably a misspelling.
     *
     * @param term           the term as written in the listing
     * @param patients       patients with it
     * @param likely         the term it probably means
     * @param likelyPatients patients with the likely term in the listing (0 when it comes from the CTCAE list only)
     * @param ctcae          whether the likely term is a CTCAE v5.0 term of the list
     * @param distance       edits between the two (insertions, deletions, substitutions, adjacent swaps)
     */
    public record NearDuplicate(String term, int patients, String likely, int likelyPatients, boolean ctcae,
                                int distance) {
    }

    /**
     * The likely misspellings among a summary's terms, in the order of the terms.
     *
     * @param terms the per-term counts of {@link AdverseEventSummary}
     * @return one flag per term that is not a CTCAE term of the list and is near another term
     */
    public static List<NearDuplicate> nearDuplicates(List<AdverseEventSummary.TermCount> terms) {
        final Map<String, Integer> patients = new HashMap<>();
        terms.forEach(t -> patients.put(t.term().toLowerCase(Locale.ROOT), t.anyGrade()));
        final List<NearDuplicate> out = new ArrayList<>();
        for (AdverseEventSummary.TermCount t : terms) {
            if (KNOWN.contains(t.term())) {
                continue;
            }
            NearDuplicate best = null;
            for (AdverseEventSummary.TermCount u : terms) {
                final int d = near(t.term(), u.term());
                // Between two unknown spellings only the rarer (or, equally common, the later) one is flagged, so
                // that a pair is reported once, pointing at the spelling most of the listing uses.
                final boolean towards = KNOWN.contains(u.term()) || u.anyGrade() > t.anyGrade()
                        || u.anyGrade() == t.anyGrade() && u.term().compareToIgnoreCase(t.term()) < 0;
                if (d > 0 && towards && better(d, KNOWN.contains(u.term()), u.anyGrade(), best)) {
                    best = new NearDuplicate(t.term(), t.anyGrade(), u.term(), u.anyGrade(), KNOWN.contains(u.term()),
                            d);
                }
            }
            for (String c : CTCAE_TERMS) {
                final int d = near(t.term(), c);
                final int inListing = patients.getOrDefault(c.toLowerCase(Locale.ROOT), 0);
                if (d > 0 && better(d, true, inListing, best)) {
                    best = new NearDuplicate(t.term(), t.anyGrade(), c, inListing, true, d);
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /** Closer first; at equal distance a CTCAE term, then the term with more patients. */
    private static boolean better(int d, boolean ctcae, int patients, NearDuplicate best) {
        if (best == null || d != best.distance()) {
            return best == null || d < best.distance();
        }
        if (ctcae != best.ctcae()) {
            return ctcae;
        }
        return patients > best.likelyPatients();
    }

    /**
     * The edit distance when it is small enough to suggest a typing error, else 0 (also for equal terms): at most
     * 2 edits between terms of 8 or more letters, 1 for 4 to 7 letters, none below, so that short different terms
     * (Cough, Gout) are not paired.
     */
    static int near(String a, String b) {
        final String x = a.strip().toLowerCase(Locale.ROOT);
        final String y = b.strip().toLowerCase(Locale.ROOT);
        final int shorter = Math.min(x.length(), y.length());
        final int limit = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
        if (limit == 0 || Math.abs(x.length() - y.length()) > limit) {
            return 0;
        }
        final int d = distance(x, y);
        return d <= limit ? d : 0;
    }

    /** Optimal string alignment distance (Levenshtein with adjacent transpositions), e.g. Nasuea → Nausea is 1. */
    static int distance(String a, String b) {
        final int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                final int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
