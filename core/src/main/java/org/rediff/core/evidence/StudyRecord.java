package org.rediff.core.evidence;

import org.rediff.core.common.Codes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;
import org.rediff.core.common.Require;

/**
 * One study cohort of the redifferentiation evidence base: citation, design, regimen, the uptake and response
 * outcomes as integer counts with explicit denominators, safety, and the provenance of every number. The
 * consistency rules (restored ≤ evaluable ≤ enrolled, counts ≤ their denominator, a source for every number) are
 * checked here, so that every way into the base (shipped file, CSV import, web form) obeys them.
 *
 * @param id            stable identifier (e.g. P01b)
 * @param parentId      the overall study of a genotype sub-cohort, or null
 * @param label         display label
 * @param recordType    kind of evidence
 * @param design        design as described by the source
 * @param citation      bibliographic citation
 * @param itogTable3Row key of the matching ITOG 2025 Table 3 row ({@code group|study}), or null
 * @param regimen       genotype, drugs and stimulation
 * @param uptake        uptake assessment and counts
 * @param therapy       131I therapy
 * @param response      tumour response
 * @param safety        grade ≥ 3 adverse events
 * @param provenance    source and confidence of each numeric field, keyed by field name
 * @param alternatives  values other sources give, kept and flagged
 * @param sources       source URLs
 * @param confidence    overall confidence as graded by the curators
 * @param notes         free text
 */
public record StudyRecord(String id, String parentId, String label, RecordType recordType, String design,
                          Citation citation, String itogTable3Row, Regimen regimen, UptakeOutcome uptake,
                          RadioiodineTherapy therapy, ResponseOutcome response, Safety safety,
                          Map<String, Provenance> provenance, List<AlternativeValue> alternatives,
                          List<String> sources, String confidence, String notes) {

    /** Kind of evidence a record holds. */
    public enum RecordType {
        PROSPECTIVE_TRIAL("prospective_trial", "prospective trial"),
        TRIAL_COHORT("trial_cohort", "trial cohort"),
        RETROSPECTIVE_SERIES("retrospective_series", "retrospective series"),
        CASE_REPORT("case_report", "case report"),
        REGISTERED_TRIAL("registered_trial", "registered trial"),
        CONTEXT("context", "context");

        private final String code;
        private final String label;

        RecordType(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** The code of the evidence CSV (also taken by the filters and options), e.g. {@code prospective_trial}. */
        public String code() {
            return code;
        }

        /** The display label, e.g. "prospective trial". */
        public String label() {
            return label;
        }

        /**
         * Reads a code, ignoring case.
         *
         * @param code one of the codes
         * @return the constant
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static RecordType parse(String code) {
            return Codes.parse(values(), RecordType::code, "record_type", code);
        }
    }

    /** Genotype cohort. */
    public enum Genotype {
        BRAF_V600E("BRAF_V600E", "BRAF V600E"),
        BRAF_OTHER("BRAF_other", "BRAF other"),
        RAS("RAS", "RAS"),
        BRAF_WILD_TYPE("BRAF_wild_type", "BRAF wild type"),
        RET_FUSION("RET_fusion", "RET fusion"),
        NTRK_FUSION("NTRK_fusion", "NTRK fusion"),
        MIXED("mixed", "mixed"),
        NOT_APPLICABLE("not_applicable", "not applicable");

        private final String code;
        private final String label;

        Genotype(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** The code of the evidence CSV (also taken by the filters and options), e.g. {@code BRAF_V600E}. */
        public String code() {
            return code;
        }

        /** The display label, e.g. "BRAF V600E". */
        public String label() {
            return label;
        }

        /**
         * Reads a code, ignoring case.
         *
         * @param code one of the codes
         * @return the constant
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static Genotype parse(String code) {
            return Codes.parse(values(), Genotype::code, "genotype", code);
        }
    }

    /** TSH stimulation before the uptake assessment. */
    public enum TshStimulation {
        RHTSH("rhTSH", "rhTSH"),
        WITHDRAWAL("withdrawal", "withdrawal"),
        RHTSH_OR_WITHDRAWAL("rhTSH_or_withdrawal", "rhTSH or withdrawal"),
        NOT_REPORTED("not_reported", "not reported");

        private final String code;
        private final String label;

        TshStimulation(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** The code of the evidence CSV (also taken by the filters and options), e.g. {@code rhTSH}. */
        public String code() {
            return code;
        }

        /** The display label, e.g. "rhTSH". */
        public String label() {
            return label;
        }

        /**
         * Reads a code, ignoring case.
         *
         * @param code one of the codes
         * @return the constant
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static TshStimulation parse(String code) {
            return Codes.parse(values(), TshStimulation::code, "tsh_stimulation", code);
        }
    }

    /** How uptake restoration was assessed. */
    public enum UptakeMethod {
        I124_PET("124I_PET", "124I PET"),
        I131_DIAGNOSTIC_WBS("131I_diagnostic_WBS", "131I diagnostic WBS"),
        I123_WBS_SPECT("123I_WBS_SPECT", "123I WBS/SPECT"),
        I131_POST_THERAPY_WBS("131I_post_therapy_WBS", "131I post-therapy WBS"),
        MIXED("mixed", "mixed"),
        NOT_REPORTED("not_reported", "not reported");

        private final String code;
        private final String label;

        UptakeMethod(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** The code of the evidence CSV (also taken by the filters and options), e.g. {@code 124I_PET}. */
        public String code() {
            return code;
        }

        /** The display label, e.g. "124I PET". */
        public String label() {
            return label;
        }

        /**
         * Reads a code, ignoring case.
         *
         * @param code one of the codes
         * @return the constant
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static UptakeMethod parse(String code) {
            return Codes.parse(values(), UptakeMethod::code, "uptake_method", code);
        }
    }

    /**
     * The kind of the study's definition of restored uptake, so that pools can separate them: any new or increased
     * uptake; enough uptake for a lesional dosimetry threshold (e.g. 20 Gy deliverable, Ho 2013); other predefined
     * criteria (uptake ratios, a percentage increase); uptake on the post-therapy scan after 131I given to all.
     */
    public enum UptakeCriterion {
        ANY_INCREASE("any_increase", "any increase"),
        DOSIMETRY_THRESHOLD("dosimetry_threshold", "dosimetry threshold"),
        PREDEFINED_CRITERIA("predefined_criteria", "predefined criteria"),
        POST_THERAPY_SCAN("post_therapy_scan", "post-therapy scan"),
        NOT_REPORTED("not_reported", "not reported");

        private final String code;
        private final String label;

        UptakeCriterion(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** The code of the evidence CSV (also taken by the filters and options), e.g. {@code any_increase}. */
        public String code() {
            return code;
        }

        /** The display label, e.g. "any increase". */
        public String label() {
            return label;
        }

        /**
         * Reads a code, ignoring case.
         *
         * @param code one of the codes
         * @return the constant
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static UptakeCriterion parse(String code) {
            return Codes.parse(values(), UptakeCriterion::code, "uptake_criterion", code);
        }
    }

    /** How the 131I activity was chosen. */
    public enum ActivityRule {
        FIXED("fixed", "fixed"),
        DOSIMETRY("dosimetry", "dosimetry"),
        NONE("none", "none"),
        MIXED("mixed", "mixed"),
        NOT_REPORTED("not_reported", "not reported");

        private final String code;
        private final String label;

        ActivityRule(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** The code of the evidence CSV (also taken by the filters and options), e.g. {@code fixed}. */
        public String code() {
            return code;
        }

        /** The display label, e.g. "fixed". */
        public String label() {
            return label;
        }

        /**
         * Reads a code, ignoring case.
         *
         * @param code one of the codes
         * @return the constant
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static ActivityRule parse(String code) {
            return Codes.parse(values(), ActivityRule::code, "i131_activity_rule", code);
        }
    }

    /**
     * Bibliographic citation.
     *
     * @param firstAuthor first author ("Ho AL")
     * @param authors     author string, may be null
     * @param year        publication year, may be null for registered trials
     * @param journal     journal, volume and pages
     * @param pmid        PubMed id (digits) or null
     * @param doi         DOI (bare) or null
     * @param registryId  trial registry ids or null
     * @param itogRef     reference number in the ITOG 2025 review, or null
     */
    public record Citation(String firstAuthor, String authors, Integer year, String journal, String pmid, String doi,
                           String registryId, Integer itogRef) {
    }

    /**
     * Genotype and drug regimen.
     *
     * @param genotype               genotype cohort
     * @param drugs                  generic drug names, lower case
     * @param drugRegimen            doses and schedule as described
     * @param daysOnDrugBeforeUptake days on drug before the uptake assessment, or null
     * @param daysOnDrugTotal        total days on drug, or null
     * @param tshStimulation         TSH stimulation
     */
    public record Regimen(Genotype genotype, List<String> drugs, String drugRegimen, Integer daysOnDrugBeforeUptake,
                          Integer daysOnDrugTotal, TshStimulation tshStimulation) {
        public Regimen {
            drugs = List.copyOf(drugs);
        }
    }

    /**
     * Uptake assessment and counts.
     *
     * @param method     assessment method
     * @param definition the study's own definition of restored uptake
     * @param criterion  the kind of that definition
     * @param enrolled   patients enrolled, or null
     * @param evaluable  patients evaluable for uptake, or null
     * @param restored   patients with restored uptake, or null
     * @param treated131I patients treated with 131I, or null
     */
    public record UptakeOutcome(UptakeMethod method, String definition, UptakeCriterion criterion, Integer enrolled,
                                Integer evaluable, Integer restored, Integer treated131I) {
    }

    /**
     * 131I therapy.
     *
     * @param meanActivityMBq mean administered activity in MBq, or null
     * @param activityRange   range as printed, with units
     * @param rule            how the activity was chosen
     */
    public record RadioiodineTherapy(Double meanActivityMBq, String activityRange, ActivityRule rule) {
    }

    /**
     * Tumour response counts over an explicit denominator.
     *
     * @param criteria    response criteria (RECIST 1.1 …)
     * @param timepoint   6_months, best, other
     * @param denominator patients the counts refer to, or null
     * @param complete    CR count
     * @param partial     PR count
     * @param stable      SD count
     * @param progressive PD count
     * @param thyroglobulin thyroglobulin response, text
     */
    public record ResponseOutcome(String criteria, String timepoint, Integer denominator, Integer complete,
                                  Integer partial, Integer stable, Integer progressive, String thyroglobulin) {
        /** CR + PR, or null when neither is reported. */
        public Integer responders() {
            if (complete == null && partial == null) {
                return null;
            }
            return (complete == null ? 0 : complete) + (partial == null ? 0 : partial);
        }
    }

    /**
     * Grade ≥ 3 adverse events.
     *
     * @param grade3Plus  patients with a grade ≥ 3 event, or null
     * @param denominator patients at risk, or null
     * @param notes       description
     */
    public record Safety(Integer grade3Plus, Integer denominator, String notes) {
    }

    /**
     * Checks the record and copies its collections.
     *
     * @throws InvalidInputException if {@code id} or {@code label} is blank, a required part is null, a number is
     *                               negative or has no provenance entry, or counts exceed their denominators
     *                               (restored ≤ evaluable ≤ enrolled; each response count and CR + PR ≤ the
     *                               response denominator; grade ≥ 3 events ≤ their denominator); its message
     *                               starts "study ID: ", and each of its problems has the CSV column as its path
     *                               (CR + PR: no path, both columns named)
     */
    public StudyRecord {
        Require.notBlank(id, "id");
        Require.notBlank(label, "label");
        Require.notNull(recordType, "record_type");
        Require.notNull(citation, "citation");
        Require.notNull(regimen, "regimen");
        Require.notNull(uptake, "uptake");
        Require.notNull(therapy, "therapy");
        Require.notNull(response, "response");
        Require.notNull(safety, "safety");
        provenance = Map.copyOf(provenance);
        alternatives = List.copyOf(alternatives);
        sources = List.copyOf(sources);
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Number> numbers = numericFields(citation, regimen, uptake, therapy, response, safety);
        for (Map.Entry<String, Number> e : numbers.entrySet()) {
            if (e.getValue() != null && e.getValue().doubleValue() < 0) {
                problems.add(new Problem(e.getKey(), String.valueOf(e.getValue()), "must be >= 0"));
            }
            if (e.getValue() != null && !provenance.containsKey(e.getKey())) {
                problems.add(new Problem(e.getKey(), null,
                        "= " + e.getValue() + " has no provenance entry (field=source [confidence])"));
            }
        }
        notAbove(problems, "n_restored", uptake.restored(), "n_evaluable", uptake.evaluable());
        notAbove(problems, "n_evaluable", uptake.evaluable(), "n_enrolled", uptake.enrolled());
        for (String f : List.of("n_cr", "n_pr", "n_sd", "n_pd")) {
            notAbove(problems, f, (Integer) numbers.get(f), "response_denominator", response.denominator());
        }
        final Integer responders = response.responders();
        if (responders != null && response.denominator() != null && responders > response.denominator()) {
            // two fields together: no single path, both named (and marked) as references
            problems.add(new Problem(null, null, "{n_cr} + {n_pr} = " + responders + " exceeds {response_denominator} = "
                    + response.denominator()));
        }
        notAbove(problems, "n_grade3plus_ae", safety.grade3Plus(), "ae_denominator", safety.denominator());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("study " + id + ": "
                    + String.join("; ", problems.stream().map(Problem::message).toList()), problems);
        }
    }

    /** "field = value exceeds limitField = limit", with {@code field} as the path and the limit named. */
    private static void notAbove(List<Problem> problems, String field, Integer value, String limitField, Integer limit) {
        if (value != null && limit != null && value > limit) {
            problems.add(new Problem(field, null, "= " + value + " exceeds {" + limitField + "} = " + limit));
        }
    }

    /**
     * The numeric fields by their CSV column names (values may be null).
     *
     * @param c the citation
     * @param g the regimen
     * @param u the uptake outcome
     * @param t the 131I therapy
     * @param r the response outcome
     * @param s the safety counts
     * @return field name to value, in CSV column order
     */
    public static Map<String, Number> numericFields(Citation c, Regimen g, UptakeOutcome u, RadioiodineTherapy t,
                                                    ResponseOutcome r, Safety s) {
        final Map<String, Number> m = new java.util.LinkedHashMap<>();
        m.put("year", c.year());
        m.put("days_on_drug_before_uptake", g.daysOnDrugBeforeUptake());
        m.put("days_on_drug_total", g.daysOnDrugTotal());
        m.put("n_enrolled", u.enrolled());
        m.put("n_evaluable", u.evaluable());
        m.put("n_restored", u.restored());
        m.put("n_treated_131i", u.treated131I());
        m.put("i131_activity_mean_mbq", t.meanActivityMBq());
        m.put("response_denominator", r.denominator());
        m.put("n_cr", r.complete());
        m.put("n_pr", r.partial());
        m.put("n_sd", r.stable());
        m.put("n_pd", r.progressive());
        m.put("n_grade3plus_ae", s.grade3Plus());
        m.put("ae_denominator", s.denominator());
        return m;
    }

    /** Restored uptake over evaluable patients, when both are reported. */
    public Optional<ProportionStudy> uptakeCounts() {
        if (uptake.restored() == null || uptake.evaluable() == null || uptake.evaluable() == 0) {
            return Optional.empty();
        }
        return Optional.of(new ProportionStudy(label, uptake.restored(), uptake.evaluable()));
    }

    /** Objective responders (CR + PR) over the response denominator, when both are reported. */
    public Optional<ProportionStudy> responseCounts() {
        final Integer responders = response.responders();
        if (responders == null || response.denominator() == null || response.denominator() == 0) {
            return Optional.empty();
        }
        return Optional.of(new ProportionStudy(label, responders, response.denominator()));
    }

    /** The value some source gives for a field: the chosen value if its provenance matches, else an alternative. */
    public Optional<Double> valueFromSource(String field, String sourcePrefix) {
        final Provenance p = provenance.get(field);
        final Number chosen = numericFields(citation, regimen, uptake, therapy, response, safety).get(field);
        if (p != null && chosen != null && p.source().startsWith(sourcePrefix)) {
            return Optional.of(chosen.doubleValue());
        }
        return alternatives.stream().filter(a -> a.field().equals(field) && a.source().startsWith(sourcePrefix))
                .map(AlternativeValue::value).findFirst();
    }
}
