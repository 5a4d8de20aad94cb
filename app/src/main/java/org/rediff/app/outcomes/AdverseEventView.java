package org.rediff.app.outcomes;

import java.util.ArrayList;
import java.util.List;
import org.rediff.core.response.AdverseEventSummary;
import org.rediff.io.outcomes.AdverseEventReport;

/**
 * The adverse-event summary as the page shows it: counts with their percent of the treated patients.
 *
 * @param treated      patients treated (the denominator)
 * @param withEvents   patients with at least one counted event
 * @param relatedOnly  whether only drug-related events were counted
 * @param rows         patients by worst grade 1..5, then grade ≥ 3, interrupted or reduced, withdrawn
 * @param terms        per term: any grade and grade ≥ 3
 * @param method       how the summary is counted
 */
public record AdverseEventView(int treated, int withEvents, boolean relatedOnly, List<CountRow> rows,
                               List<TermRow> terms, String method) {

    /**
     * @param id       element id
     * @param label    row label
     * @param patients patients
     * @param percent  percent of treated
     */
    public record CountRow(String id, String label, int patients, String percent) {
    }

    /**
     * @param term          CTCAE term
     * @param anyGrade      patients with the term
     * @param anyPercent    percent of treated
     * @param severe        patients with the term at grade ≥ 3
     * @param severePercent percent of treated
     */
    public record TermRow(String term, int anyGrade, String anyPercent, int severe, String severePercent) {
    }

    public static AdverseEventView of(AdverseEventRun run) {
        final AdverseEventSummary.Result r = run.summary();
        final int n = r.treated();
        final List<CountRow> rows = new ArrayList<>();
        for (int g = 1; g <= 5; g++) {
            rows.add(row("ae-grade-" + g, "Grade " + g, r.worstGradeCounts()[g - 1], n));
        }
        rows.add(row("ae-grade3", "Grade ≥ 3", r.grade3OrWorse(), n));
        rows.add(row("ae-interrupted", "Interrupted or dose reduced", r.interrupted(), n));
        rows.add(row("ae-withdrawn", "Withdrawn", r.withdrawn(), n));
        final List<TermRow> terms = new ArrayList<>();
        for (AdverseEventSummary.TermCount t : r.terms()) {
            terms.add(new TermRow(t.term(), t.anyGrade(), percent(t.anyGrade(), n), t.grade3OrWorse(),
                    percent(t.grade3OrWorse(), n)));
        }
        return new AdverseEventView(n, AdverseEventReport.patientsWithEvents(r), r.relatedOnly(), rows, terms,
                AdverseEventReport.METHOD);
    }

    private static CountRow row(String id, String label, int patients, int treated) {
        return new CountRow(id, label, patients, percent(patients, treated));
    }

    private static String percent(int patients, int treated) {
        return Fmt.fixed(AdverseEventReport.pct(patients, treated), 1);
    }
}
