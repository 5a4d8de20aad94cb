package org.rediff.app.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edit form over the CSV columns, in sections: a text input per column, a select for each controlled
 * vocabulary and a text area for the long free-text columns.
 */
public final class FormLayout {
    private static final Set<String> NUMBERS = Set.of("year", "itog_ref", "days_on_drug_before_uptake",
            "days_on_drug_total", "n_enrolled", "n_evaluable", "n_restored", "n_treated_131i",
            "i131_activity_mean_mbq", "response_denominator", "n_cr", "n_pr", "n_sd", "n_pd", "n_grade3plus_ae",
            "ae_denominator");
    private static final Set<String> LONG = Set.of("design", "drug_regimen", "uptake_definition", "tg_response",
            "ae_notes", "provenance", "alternatives", "sources", "notes", "authors");
    private static final Map<String, String> HINTS = Map.of(
            "drugs", "generic names, lower case, separated by ;",
            "provenance", "one entry per reported number: field=source [high|medium|low], entries separated by |",
            "alternatives", "values other sources give: field=number (source; reason), separated by |",
            "sources", "URLs, separated by ;",
            "i131_activity_mean_mbq", "MBq",
            "pmid", "digits only",
            "year", "of publication, 1900 to next year",
            "doi", "bare DOI, e.g. 10.1056/NEJMoa1209288",
            "parent_id", "the overall study of a genotype cohort",
            "confidence", "high, medium or low");
    /** The sections, each a title and its columns. */
    public static final List<Section> SECTIONS = List.of(
            section("Record", "id", "parent_id", "label", "record_type", "design", "confidence"),
            section("Citation", "first_author", "authors", "year", "journal", "pmid", "doi", "registry_id", "itog_ref",
                    "itog_table3_row"),
            section("Regimen", "genotype", "drugs", "drug_regimen", "days_on_drug_before_uptake", "days_on_drug_total",
                    "tsh_stimulation"),
            section("Uptake", "uptake_method", "uptake_definition", "uptake_criterion", "n_enrolled", "n_evaluable",
                    "n_restored", "n_treated_131i"),
            section("131I therapy", "i131_activity_mean_mbq", "i131_activity_range", "i131_activity_rule"),
            section("Response", "response_criteria", "response_timepoint", "response_denominator", "n_cr", "n_pr",
                    "n_sd", "n_pd", "tg_response"),
            section("Safety", "n_grade3plus_ae", "ae_denominator", "ae_notes"),
            section("Provenance and notes", "provenance", "alternatives", "sources", "notes"));

    private FormLayout() {
    }

    /**
     * A form section.
     *
     * @param title  heading
     * @param fields its fields
     */
    public record Section(String title, List<Field> fields) {
    }

    /**
     * A form field.
     *
     * @param column  CSV column (also the parameter name)
     * @param kind    text, number, select or textarea
     * @param options the codes of a select
     * @param hint    help text, or ""
     */
    public record Field(String column, String kind, List<String> options, String hint) {
    }

    private static Section section(String title, String... columns) {
        final List<Field> fields = new ArrayList<>();
        for (String c : columns) {
            final String kind = Vocabulary.CODES.containsKey(c) ? "select" : NUMBERS.contains(c) ? "number"
                    : LONG.contains(c) ? "textarea" : "text";
            fields.add(new Field(c, kind, Vocabulary.of(c), HINTS.getOrDefault(c, "")));
        }
        return new Section(title, List.copyOf(fields));
    }
}
