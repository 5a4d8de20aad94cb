package org.rediff.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rediff.core.common.InvalidInputException;
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
    public enum RecordType { PROSPECTIVE_TRIAL, TRIAL_COHORT, RETROSPECTIVE_SERIES, CASE_REPORT, REGISTERED_TRIAL,
        CONTEXT }

    /** Genotype cohort. */
    public enum Genotype { BRAF_V600E, BRAF_OTHER, RAS, BRAF_WILD_TYPE, RET_FUSION, NTRK_FUSION, MIXED,
        NOT_APPLICABLE }

    /** TSH stimulation before the uptake assessment. */
    public enum TshStimulation { RHTSH, WITHDRAWAL, RHTSH_OR_WITHDRAWAL, NOT_REPORTED }

    /** How uptake restoration was assessed. */
    public enum UptakeMethod { I124_PET, I131_DIAGNOSTIC_WBS, I123_WBS_SPECT, I131_POST_THERAPY_WBS, MIXED,
        NOT_REPORTED }

    /**
     * The kind of the study's definition of restored uptake, so that pools can separate them: any new or increased
     * uptake; enough uptake for a lesional dosimetry threshold (e.g. 20 Gy deliverable, Ho 2013); other predefined
     * criteria (uptake ratios, a percentage increase); uptake on the post-therapy scan after 131I given to all.
     */
    public enum UptakeCriterion { ANY_INCREASE, DOSIMETRY_THRESHOLD, PREDEFINED_CRITERIA, POST_THERAPY_SCAN,
        NOT_REPORTED }

    /** How the 131I activity was chosen. */
    public enum ActivityRule { FIXED, DOSIMETRY, NONE, MIXED, NOT_REPORTED }

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
        final List<String> problems = new ArrayList<>();
        final Map<String, Number> numbers = numericFields(citation, regimen, uptake, therapy, response, safety);
        for (Map.Entry<String, Number> e : numbers.entrySet()) {
            if (e.getValue() != null && e.getValue().doubleValue() < 0) {
                problems.add(e.getKey() + " must be >= 0, got " + e.getValue());
            }
            if (e.getValue() != null && !provenance.containsKey(e.getKey())) {
                problems.add(e.getKey() + " = " + e.getValue() + " has no provenance entry (field=source [confidence])");
            }
        }
        notAbove(problems, "n_restored", uptake.restored(), "n_evaluable", uptake.evaluable());
        notAbove(problems, "n_evaluable", uptake.evaluable(), "n_enrolled", uptake.enrolled());
        for (String f : List.of("n_cr", "n_pr", "n_sd", "n_pd")) {
            notAbove(problems, f, (Integer) numbers.get(f), "response_denominator", response.denominator());
        }
        notAbove(problems, "n_cr + n_pr", response.responders(), "response_denominator", response.denominator());
        notAbove(problems, "n_grade3plus_ae", safety.grade3Plus(), "ae_denominator", safety.denominator());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("study " + id + ": " + String.join("; ", problems));
        }
    }

    private static void notAbove(List<String> problems, String field, Integer value, String limitField, Integer limit) {
        if (value != null && limit != null && value > limit) {
            problems.add(field + " = " + value + " exceeds " + limitField + " = " + limit);
        }
    }

    /** The numeric fields by their CSV column names (values may be null). */
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
