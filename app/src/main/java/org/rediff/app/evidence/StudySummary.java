package org.rediff.app.evidence;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rediff.core.evidence.StudyRecord;

/**
 * One row of the evidence table, as display text.
 *
 * @param id           study id
 * @param label        label
 * @param type         record type (label)
 * @param genotype     genotype (label)
 * @param drugs        drugs joined with " + "
 * @param daysOnDrug   days on drug before uptake / in total
 * @param tsh          TSH stimulation (label)
 * @param uptakeMethod uptake method (label)
 * @param uptake       restored/evaluable
 * @param treated      patients treated with 131I
 * @param activity     activity rule (label) and mean activity in GBq
 * @param response     CR+PR/denominator
 * @param confidence   curators' overall confidence
 * @param pubmedUrl    PubMed link or null
 * @param doiUrl       DOI link or null
 * @param alternatives the values other sources give, one per line ("" when sources agree)
 */
public record StudySummary(String id, String label, String type, String genotype, String drugs, String daysOnDrug,
                           String tsh, String uptakeMethod, String uptake, String treated, String activity,
                           String response, String confidence, String pubmedUrl, String doiUrl, String alternatives) {

    public static StudySummary of(StudyRecord r) {
        final StudyRecord.Regimen g = r.regimen();
        final StudyRecord.UptakeOutcome u = r.uptake();
        final StudyRecord.RadioiodineTherapy t = r.therapy();
        final String gbq = t.meanActivityMBq() == null ? ""
                : String.format(Locale.ROOT, " · %.2f GBq", t.meanActivityMBq() / 1000.0);
        return new StudySummary(r.id(), r.label(), label(r.recordType(), StudyRecord.RecordType::label),
                label(g.genotype(), StudyRecord.Genotype::label), String.join(" + ", g.drugs()),
                text(g.daysOnDrugBeforeUptake()) + " / " + text(g.daysOnDrugTotal()),
                label(g.tshStimulation(), StudyRecord.TshStimulation::label),
                label(u.method(), StudyRecord.UptakeMethod::label), ratio(u.restored(), u.evaluable()),
                text(u.treated131I()), label(t.rule(), StudyRecord.ActivityRule::label) + gbq,
                ratio(r.response().responders(), r.response().denominator()), r.confidence() == null ? "" : r.confidence(),
                pubmedUrl(r.citation().pmid()), doiUrl(r.citation().doi()),
                r.alternatives().stream().map(a -> a.field() + " = " + StudyDetail.number(a.value()) + " (" + a.source()
                        + ")").collect(Collectors.joining("\n")));
    }

    public static List<StudySummary> of(List<StudyRecord> records) {
        return records.stream().map(StudySummary::of).toList();
    }

    public boolean hasAlternatives() {
        return !alternatives.isEmpty();
    }

    static String pubmedUrl(String pmid) {
        return pmid == null || !pmid.strip().matches("\\d+") ? null
                : "https://pubmed.ncbi.nlm.nih.gov/" + pmid.strip() + "/";
    }

    static String doiUrl(String doi) {
        return doi == null || doi.isBlank() ? null : "https://doi.org/" + doi.strip();
    }

    /** A coded value's display label; "" when not given. */
    private static <E> String label(E value, Function<E, String> label) {
        return value == null ? "" : label.apply(value);
    }

    private static String ratio(Integer a, Integer b) {
        return a == null && b == null ? "–" : text(a) + "/" + text(b);
    }

    private static String text(Integer v) {
        return v == null ? "–" : String.valueOf(v);
    }
}
