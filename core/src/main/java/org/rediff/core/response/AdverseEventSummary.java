package org.rediff.core.response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rediff.core.common.InvalidInputException;

/**
 * Per-cohort adverse-event summary by each patient's worst grade, with the columns of the ITOG 2025 review's
 * Table 4 (grade 3, grade 4, temporary discontinuation, definitive withdrawal) and per-term counts. Percentages
 * use the number of treated patients, which must be given (patients without events count in the denominator).
 * Terms are compared without regard to case or surrounding spaces ("Fatigue" and "fatigue " are one term, shown as
 * first written), since event listings are typed by hand.
 */
public final class AdverseEventSummary {
    private AdverseEventSummary() {
    }

    /**
     * Patients with one term.
     *
     * @param term          CTCAE term
     * @param anyGrade      patients with the term at any grade
     * @param grade3OrWorse patients with the term at grade ≥ 3
     */
    public record TermCount(String term, int anyGrade, int grade3OrWorse) {
    }

    /**
     * A cohort's summary.
     *
     * @param treated            patients treated (denominator)
     * @param worstGradeCounts   patients whose worst grade is 1..5 (index 0 = grade 1)
     * @param grade3OrWorse      patients with any grade ≥ 3 event
     * @param grade3OrWorsePct   the same in percent of treated
     * @param interrupted        patients with a temporary interruption or dose reduction
     * @param withdrawn          patients withdrawn for toxicity
     * @param terms              per-term counts, alphabetical
     * @param relatedOnly        whether only possibly/probably/definitely related events were counted
     */
    public record Result(int treated, int[] worstGradeCounts, int grade3OrWorse, double grade3OrWorsePct,
                         int interrupted, int withdrawn, List<TermCount> terms, boolean relatedOnly) {
    }

    /**
     * Summarises a cohort's event listing.
     *
     * @param events      the events (several per patient allowed)
     * @param treated     patients treated, at least 1 and at least the number of patients in {@code events}
     * @param relatedOnly count only possibly, probably or definitely related events
     * @return counts per worst grade, grade ≥ 3 (count and percent of treated), interruptions or dose reductions,
     *         withdrawals and per-term counts
     * @throws InvalidInputException if {@code treated} is below 1 or below the number of patients with events
     */
    public static Result summarise(List<AdverseEvent> events, int treated, boolean relatedOnly) {
        final Set<String> patients = new HashSet<>();
        events.forEach(e -> patients.add(e.patientId()));
        if (treated < 1) {
            throw new InvalidInputException("treated patients must be at least 1, got " + treated);
        }
        if (treated < patients.size()) {
            throw new InvalidInputException("treated patients (" + treated + ") must be at least the number of "
                    + "patients with events (" + patients.size() + ")");
        }
        final Map<String, Integer> worst = new HashMap<>();
        final Set<String> interrupted = new HashSet<>();
        final Set<String> withdrawn = new HashSet<>();
        final Map<String, Set<String>> anyByTerm = new TreeMap<>();
        final Map<String, Set<String>> severeByTerm = new TreeMap<>();
        final Map<String, String> spelling = new HashMap<>();
        for (AdverseEvent e : events) {
            if (relatedOnly && !e.attribution().related()) {
                continue;
            }
            worst.merge(e.patientId(), e.grade(), Math::max);
            if (e.action() == AdverseEvent.Action.INTERRUPTED || e.action() == AdverseEvent.Action.DOSE_REDUCED) {
                interrupted.add(e.patientId());
            }
            if (e.action() == AdverseEvent.Action.WITHDRAWN) {
                withdrawn.add(e.patientId());
            }
            final String key = e.term().strip().toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(key, e.term().strip());
            anyByTerm.computeIfAbsent(key, t -> new HashSet<>()).add(e.patientId());
            if (e.grade() >= 3) {
                severeByTerm.computeIfAbsent(key, t -> new HashSet<>()).add(e.patientId());
            }
        }
        final int[] counts = new int[5];
        int severe = 0;
        for (int g : worst.values()) {
            counts[g - 1]++;
            severe += g >= 3 ? 1 : 0;
        }
        final List<TermCount> terms = new ArrayList<>();
        anyByTerm.forEach((t, ps) -> terms.add(new TermCount(spelling.get(t), ps.size(),
                severeByTerm.getOrDefault(t, Set.of()).size())));
        return new Result(treated, counts, severe, 100.0 * severe / treated,
                interrupted.size(), withdrawn.size(), terms, relatedOnly);
    }
}
