package org.rediff.core.evidence;

import org.rediff.core.common.Codes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord.RecordType;

/**
 * Chooses the study cohorts that enter a pooled analysis of the evidence base, and reads their counts and design
 * attributes (for subgroups and moderators).
 *
 * <p>Rules: only records of the chosen kinds (by default prospective trials and their genotype cohorts — case
 * reports and retrospective series are selected for success and would bias a pooled rate); only records that
 * report the outcome's counts; and a study that is split into genotype cohorts enters through its cohorts, not
 * also as a whole, so that no patient is counted twice.
 */
public final class EvidenceSelection {
    /** The outcome pooled. */
    public enum Outcome {
        /** Restored uptake over patients evaluable for uptake. */
        UPTAKE("uptake", "restored uptake"),
        /** Objective response (CR + PR) over the response denominator. */
        RESPONSE("response", "objective response");

        private final String code;
        private final String label;

        Outcome(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** The code of options and reports: uptake or response. */
        public String code() {
            return code;
        }

        /** The display label, e.g. "restored uptake". */
        public String label() {
            return label;
        }

        /**
         * Reads an outcome code, ignoring case.
         *
         * @param code uptake or response
         * @return the outcome
         * @throws InvalidInputException naming the allowed codes if {@code code} is neither
         */
        public static Outcome parse(String code) {
            return Codes.parse(values(), Outcome::code, "outcome", code);
        }
    }

    /** Design attributes usable for subgroups (by) and meta-regression (mods). */
    public static final List<String> ATTRIBUTES = List.of("genotype", "drugs", "record_type", "uptake_method",
            "tsh_stimulation", "i131_activity_rule", "dosimetry", "days_on_drug_before_uptake",
            "i131_activity_mean_gbq", "year", "response_timepoint", "uptake_criterion");

    /** The record types pooled by default: prospective trials and their genotype cohorts. */
    public static final Set<RecordType> DEFAULT_TYPES = Set.of(RecordType.PROSPECTIVE_TRIAL, RecordType.TRIAL_COHORT);

    private EvidenceSelection() {
    }

    /**
     * The records that enter a pooled analysis of {@code outcome}: of a type in {@code types}, reporting the
     * outcome's counts, and not the parent of a cohort that is itself selected.
     *
     * @param records the evidence base
     * @param outcome the outcome pooled
     * @param types   the record types allowed (e.g. {@link #DEFAULT_TYPES})
     * @return the eligible records, in input order
     */
    public static List<StudyRecord> eligible(List<StudyRecord> records, Outcome outcome, Set<RecordType> types) {
        final Set<String> parentsWithCohortData = new HashSet<>();
        for (StudyRecord r : records) {
            if (r.parentId() != null && types.contains(r.recordType()) && counts(r, outcome).isPresent()) {
                parentsWithCohortData.add(r.parentId());
            }
        }
        final List<StudyRecord> out = new ArrayList<>();
        for (StudyRecord r : records) {
            if (types.contains(r.recordType()) && counts(r, outcome).isPresent()
                    && !parentsWithCohortData.contains(r.id())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A record's counts for an outcome.
     *
     * @param r       the record
     * @param outcome the outcome
     * @return events over the denominator, or empty when the record does not report both (or the denominator is 0)
     */
    public static Optional<ProportionStudy> counts(StudyRecord r, Outcome outcome) {
        return outcome == Outcome.UPTAKE ? r.uptakeCounts() : r.responseCounts();
    }

    /**
     * A design attribute as text (blank when not reported), named as in {@link #ATTRIBUTES}.
     *
     * @param r    the record
     * @param name one of {@link #ATTRIBUTES}
     * @return the attribute's value as text
     * @throws InvalidInputException if {@code name} is not one of {@link #ATTRIBUTES}
     */
    public static String attribute(StudyRecord r, String name) {
        return switch (name) {
            case "genotype" -> r.regimen().genotype().name();
            case "drugs" -> String.join("+", r.regimen().drugs());
            case "record_type" -> r.recordType().code();
            case "uptake_method" -> r.uptake().method().name();
            case "tsh_stimulation" -> r.regimen().tshStimulation().name();
            case "i131_activity_rule" -> r.therapy().rule().name();
            case "dosimetry" -> r.therapy().rule() == StudyRecord.ActivityRule.DOSIMETRY ? "1" : "0";
            case "days_on_drug_before_uptake" -> text(r.regimen().daysOnDrugBeforeUptake());
            case "i131_activity_mean_gbq" -> r.therapy().meanActivityMBq() == null ? ""
                    : String.valueOf(r.therapy().meanActivityMBq() / 1000.0);
            case "year" -> text(r.citation().year());
            case "uptake_criterion" -> r.uptake().criterion() == null ? "not_reported"
                    : r.uptake().criterion().code();
            // Categorical: a record without a stated time point is its own category, not a gap.
            case "response_timepoint" -> r.response().timepoint() == null || r.response().timepoint().isBlank()
                    ? "not_reported" : r.response().timepoint();
            default -> throw new InvalidInputException("unknown study attribute '" + name + "'; allowed: " + ATTRIBUTES);
        };
    }

    private static String text(Integer v) {
        return v == null ? "" : String.valueOf(v);
    }
}
