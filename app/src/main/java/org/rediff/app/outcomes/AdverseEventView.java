package org.rediff.app.outcomes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rediff.core.response.AdverseEventSummary;
import org.rediff.core.response.AdverseEventTerms;
import org.rediff.io.chart.WorstGradeSvg;
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
 * @param noEvent      treated patients without a (counted) event, so that the worst-grade rows add up to treated
 * @param flags        terms that are probably misspellings of another term (counted separately all the same)
 * @param chart        bar chart of patients by worst grade, no event first (SVG)
 */
public record AdverseEventView(int treated, int withEvents, boolean relatedOnly, List<CountRow> rows,
                               List<TermRow> terms, String method, CountRow noEvent, List<Flag> flags,
                               String chart) {

    /**
     * @param term        the term as written
     * @param patients    patients with it
     * @param likely      the term it probably means
     * @param likelyNote  where the likely term comes from, e.g. "CTCAE v5.0 term, 4 patients in this listing"
     */
    public record Flag(String term, int patients, String likely, String likelyNote) {
    }

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
    public record TermRow(String term, int anyGrade, String anyPercent, int severe, String severePercent,
                          String likely) {
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
        final List<AdverseEventTerms.NearDuplicate> near = AdverseEventTerms.nearDuplicates(r.terms());
        final Map<String, String> likely = new HashMap<>();
        final List<Flag> flags = new ArrayList<>();
        for (AdverseEventTerms.NearDuplicate d : near) {
            likely.put(d.term(), d.likely());
            final String inListing = d.likelyPatients() == 0 ? "not in this listing"
                    : d.likelyPatients() + (d.likelyPatients() == 1 ? " patient" : " patients") + " in this listing";
            flags.add(new Flag(d.term(), d.patients(), d.likely(),
                    (d.ctcae() ? "CTCAE v5.0 term, " : "") + inListing));
        }
        final List<TermRow> terms = new ArrayList<>();
        for (AdverseEventSummary.TermCount t : r.terms()) {
            terms.add(new TermRow(t.term(), t.anyGrade(), percent(t.anyGrade(), n), t.grade3OrWorse(),
                    percent(t.grade3OrWorse(), n), likely.get(t.term())));
        }
        final int withEvents = AdverseEventReport.patientsWithEvents(r);
        // The listing holds only patients with events; the rest of the treated patients are the no-event row.
        final String noEventLabel = r.relatedOnly() ? "No drug-related event" : "No event";
        final CountRow noEvent = row("ae-no-event", noEventLabel, n - withEvents, n);
        final String chart = WorstGradeSvg.render("Patients by worst grade", noEventLabel, n - withEvents,
                r.worstGradeCounts(), n);
        return new AdverseEventView(n, withEvents, r.relatedOnly(), rows, terms, AdverseEventReport.METHOD, noEvent,
                flags, chart);
    }

    private static CountRow row(String id, String label, int patients, int treated) {
        return new CountRow(id, label, patients, percent(patients, treated));
    }

    private static String percent(int patients, int treated) {
        return Fmt.fixed(AdverseEventReport.pct(patients, treated), 1);
    }
}
