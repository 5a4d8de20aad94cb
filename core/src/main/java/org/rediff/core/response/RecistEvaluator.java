package org.rediff.core.response;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;

/**
 * RECIST 1.1 (Eisenhauer EA, et al. New response evaluation criteria in solid tumours: revised RECIST guideline
 * (version 1.1). Eur J Cancer 2009;45:228-247, doi:10.1016/j.ejca.2008.10.026).
 * <ul>
 *   <li>Baseline: at most 5 targets and 2 per organ; non-nodal targets ≥ 10 mm, nodal targets ≥ 15 mm short axis.</li>
 *   <li>Sum of diameters: longest diameters of non-nodal plus short axes of nodal targets; too small = 5 mm,
 *   absent = 0.</li>
 *   <li>Target: CR when every non-nodal target is absent (or 0 mm) and every node &lt; 10 mm; PD when the sum is
 *   ≥ 20% above the nadir (smallest earlier sum, baseline included) and ≥ 5 mm larger; PR when ≥ 30% below baseline;
 *   else SD. A time point with unassessed targets is NE unless the assessed ones alone already show PD. After a
 *   time point of complete response, any target or non-target lesion seen again is PD (Table 3 footnote).</li>
 *   <li>Non-target: PD on unequivocal progression; CR when all are absent; NE when any was not assessed; else
 *   non-CR/non-PD. New lesions make the time point PD.</li>
 *   <li>Overall response: the paper's Table 1 (target disease) and Table 2 (non-target disease only).</li>
 *   <li>Best overall response up to the first PD: with confirmation (Table 3), CR/PR count only when a later
 *   assessment at least {@code confirmationMinDays} later is CR (or, for PR, PR or CR) with no PD between; an
 *   unconfirmed response counts as SD. SD (and non-CR/non-PD) counts only at least {@code sdMinDays} after
 *   baseline.</li>
 * </ul>
 */
public final class RecistEvaluator {
    private static final double NODE_NORMAL_MM = 10;
    private static final double NODE_TARGET_MM = 15;
    private static final double NON_NODAL_MIN_MM = 10;
    /**
     * Slack on the 30%, 20% and 5 mm thresholds. Sums of decimal diameters are not exact in binary floating point
     * (10.2 + 16.4 − 21.6 = 4.9999…), and a sum exactly at a threshold meets it; diameters are recorded to 0.1 mm at
     * best, so a millionth of a millimetre cannot change a real decision.
     */
    private static final double THRESHOLD_SLACK_MM = 1e-6;

    private RecistEvaluator() {
    }

    /**
     * Evaluates every time point and the best overall response. The earliest assessment is the baseline.
     *
     * @param lesions     the target and non-target lesions, ids unique
     * @param assessments the baseline and follow-up assessments, in any order, at most one per date; diameters in mm
     * @param settings    confirmation and minimum-duration settings
     * @return the time points in date order, the best overall response, the best percent change and notes
     * @throws InvalidInputException if there is no assessment or two share a date; lesion ids repeat or an
     *                               assessment names an unknown lesion or measures a non-target (or gives a
     *                               status for a target); there is no lesion; the baseline breaks RECIST 1.1 (more
     *                               than 5 targets or 2 per organ, a target missing or not measurable — non-nodal
     *                               below 10 mm, nodal below 15 mm short axis — a non-target missing or not
     *                               present, or new lesions)
     */
    public static RecistResult evaluate(List<Lesion> lesions, List<Assessment> assessments, RecistSettings settings) {
        if (assessments.isEmpty()) {
            throw new InvalidInputException("assessments: at least the baseline is required");
        }
        final List<Assessment> sorted = new ArrayList<>(assessments);
        sorted.sort(Comparator.comparing(Assessment::date));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
                throw new InvalidInputException("assessments: two assessments on " + sorted.get(i).date());
            }
        }
        final Map<String, Lesion> byId = new HashMap<>();
        for (Lesion l : lesions) {
            if (byId.put(l.id(), l) != null) {
                throw new InvalidInputException("lesions: duplicate id '" + l.id() + "'");
            }
        }
        final List<Lesion> targets = lesions.stream().filter(Lesion::target).toList();
        final List<Lesion> nonTargets = lesions.stream().filter(l -> !l.target()).toList();
        checkIds(sorted, byId);
        checkBaseline(targets, nonTargets, sorted.get(0));

        final List<TimePoint> points = new ArrayList<>();
        final double baselineSum = sum(targets, sorted.get(0));
        double nadir = baselineSum;
        points.add(new TimePoint(sorted.get(0).date(), true, baselineSum, targets.isEmpty() ? Double.NaN : 0,
                targets.isEmpty() ? Double.NaN : 0, null, null, false, null));
        final List<String> notes = new ArrayList<>();
        Response lastEvaluable = null;
        for (Assessment a : sorted.subList(1, sorted.size())) {
            final boolean complete = targets.stream().allMatch(t -> a.targets().containsKey(t.id()));
            final double assessedSum = sum(targets, a);
            final double s = complete ? assessedSum : Double.NaN;
            Response target = targets.isEmpty() ? null : targetResponse(targets, a, complete, assessedSum,
                    baselineSum, nadir);
            Response nonTarget = nonTargets.isEmpty() ? null : nonTargetResponse(nonTargets, a);
            if (lastEvaluable == Response.CR) {
                // Disease seen after a complete response is progression, even if it meets PR against baseline
                // (Eisenhauer 2009, Table 3 footnote: disease must have reappeared after the CR).
                final boolean targetBack = targets.stream().anyMatch(t -> reappeared(t, a.targets().get(t.id())));
                final boolean nonTargetBack = nonTargets.stream()
                        .anyMatch(n -> a.nonTargets().get(n.id()) == Assessment.NonTargetStatus.PRESENT);
                if (targetBack) {
                    target = Response.PD;
                }
                if (nonTargetBack) {
                    nonTarget = Response.PD;
                }
                if (targetBack || nonTargetBack) {
                    notes.add(a.date() + ": disease reappeared after a complete response: PD");
                }
            }
            final Response overall = overall(target, nonTarget, a.newLesions());
            if (overall != Response.NE) {
                lastEvaluable = overall;
            }
            points.add(new TimePoint(a.date(), false, s, percent(s, baselineSum), percent(s, nadir), target, nonTarget,
                    a.newLesions(), overall));
            if (complete) {
                nadir = Math.min(nadir, s);
            }
        }
        final Response best = best(points, settings, notes);
        double bestChange = Double.NaN;
        for (TimePoint p : points.subList(1, points.size())) {
            if (!Double.isNaN(p.changeFromBaselinePct())) {
                bestChange = Double.isNaN(bestChange) ? p.changeFromBaselinePct()
                        : Math.min(bestChange, p.changeFromBaselinePct());
            }
        }
        return new RecistResult(points, best, bestChange, settings, notes);
    }

    private static void checkIds(List<Assessment> assessments, Map<String, Lesion> byId) {
        for (Assessment a : assessments) {
            for (String id : a.targets().keySet()) {
                final Lesion l = byId.get(id);
                if (l == null) {
                    throw new InvalidInputException("assessment " + a.date() + ": unknown lesion '" + id + "' in "
                            + "measurements; lesions are " + new java.util.TreeSet<>(byId.keySet()));
                }
                if (!l.target()) {
                    throw new InvalidInputException("assessment " + a.date() + ": lesion '" + id + "' is non-target; "
                            + "give its status under non_target, not a measurement");
                }
            }
            for (String id : a.nonTargets().keySet()) {
                final Lesion l = byId.get(id);
                if (l == null) {
                    throw new InvalidInputException("assessment " + a.date() + ": unknown lesion '" + id + "' in "
                            + "non_target; lesions are " + new java.util.TreeSet<>(byId.keySet()));
                }
                if (l.target()) {
                    throw new InvalidInputException("assessment " + a.date() + ": lesion '" + id + "' is a target; "
                            + "give its diameter under measurements");
                }
            }
        }
    }

    private static void checkBaseline(List<Lesion> targets, List<Lesion> nonTargets, Assessment baseline) {
        if (targets.isEmpty() && nonTargets.isEmpty()) {
            throw new InvalidInputException("lesions: at least one target or non-target lesion is required");
        }
        if (targets.size() > 5) {
            throw new InvalidInputException("lesions: RECIST 1.1 allows at most 5 target lesions, got "
                    + targets.size());
        }
        final Map<String, Integer> perOrgan = new HashMap<>();
        for (Lesion t : targets) {
            final String organ = t.organ().trim().toLowerCase(Locale.ROOT);
            if (perOrgan.merge(organ, 1, Integer::sum) > 2) {
                throw new InvalidInputException("lesions: RECIST 1.1 allows at most 2 target lesions per organ; "
                        + "organ '" + t.organ() + "' has more (lesion '" + t.id() + "')");
            }
            final Measurement m = baseline.targets().get(t.id());
            if (m == null) {
                throw new InvalidInputException("target lesion '" + t.id() + "' has no baseline measurement");
            }
            final double min = t.nodal() ? NODE_TARGET_MM : NON_NODAL_MIN_MM;
            if (m.kind() != Measurement.Kind.MEASURED || m.diameterMm() < min) {
                throw new InvalidInputException(String.format(Locale.ROOT, "target lesion '%s' is not measurable at "
                        + "baseline: %s %s, RECIST 1.1 needs >= %.0f mm; make it a non-target lesion", t.id(),
                        t.nodal() ? "short axis" : "longest diameter", m.kind() == Measurement.Kind.MEASURED
                                ? m.diameterMm() + " mm" : m.kind().name().toLowerCase(Locale.ROOT), min));
            }
        }
        final Set<String> missing = new HashSet<>();
        for (Lesion n : nonTargets) {
            final Assessment.NonTargetStatus s = baseline.nonTargets().get(n.id());
            if (s == null) {
                missing.add(n.id());
            } else if (s != Assessment.NonTargetStatus.PRESENT) {
                throw new InvalidInputException("non-target lesion '" + n.id() + "' must be present at baseline, got "
                        + s.name().toLowerCase(Locale.ROOT));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("non-target lesions " + missing + " have no baseline status");
        }
        if (baseline.newLesions()) {
            throw new InvalidInputException("the baseline assessment cannot have new lesions");
        }
    }

    private static double sum(List<Lesion> targets, Assessment a) {
        double s = 0;
        for (Lesion t : targets) {
            final Measurement m = a.targets().get(t.id());
            if (m != null) {
                s += m.sizeMm();
            }
        }
        return s;
    }

    private static Response targetResponse(List<Lesion> targets, Assessment a, boolean complete, double assessedSum,
                                           double baselineSum, double nadir) {
        final boolean progression = assessedSum >= 1.2 * nadir - THRESHOLD_SLACK_MM
                && assessedSum - nadir >= 5 - THRESHOLD_SLACK_MM;
        if (!complete) {
            // Unassessed lesions can only add to the sum: PD from the assessed ones alone is certain.
            return progression ? Response.PD : Response.NE;
        }
        boolean cr = true;
        for (Lesion t : targets) {
            final Measurement m = a.targets().get(t.id());
            // A non-nodal target recorded as 0 mm has disappeared, as one recorded "absent".
            cr &= t.nodal() ? m.sizeMm() < NODE_NORMAL_MM : m.sizeMm() == 0;
        }
        if (cr) {
            return Response.CR;
        }
        if (progression) {
            return Response.PD;
        }
        if (assessedSum <= 0.7 * baselineSum + THRESHOLD_SLACK_MM) {
            return Response.PR;
        }
        return Response.SD;
    }

    /** Whether an assessed target is disease again: a node at ≥ 10 mm short axis, any other lesion seen at all. */
    private static boolean reappeared(Lesion t, Measurement m) {
        return m != null && (t.nodal() ? m.sizeMm() >= NODE_NORMAL_MM : m.sizeMm() > 0);
    }

    private static Response nonTargetResponse(List<Lesion> nonTargets, Assessment a) {
        boolean allAbsent = true;
        boolean allAssessed = true;
        for (Lesion n : nonTargets) {
            final Assessment.NonTargetStatus s = a.nonTargets().get(n.id());
            if (s == Assessment.NonTargetStatus.PROGRESSION) {
                return Response.PD;
            }
            allAssessed &= s != null;
            allAbsent &= s == Assessment.NonTargetStatus.ABSENT;
        }
        if (!allAssessed) {
            return Response.NE;
        }
        return allAbsent ? Response.CR : Response.NON_CR_NON_PD;
    }

    /** Eisenhauer 2009 Table 1 (target disease) and Table 2 (non-target disease only). */
    static Response overall(Response target, Response nonTarget, boolean newLesions) {
        if (newLesions || target == Response.PD || nonTarget == Response.PD) {
            return Response.PD;
        }
        if (target == null) {
            return nonTarget;
        }
        return switch (target) {
            case CR -> nonTarget == null || nonTarget == Response.CR ? Response.CR : Response.PR;
            case PR -> Response.PR;
            case SD -> Response.SD;
            default -> Response.NE;
        };
    }

    private static Response best(List<TimePoint> points, RecistSettings settings, List<String> notes) {
        final java.time.LocalDate baseline = points.get(0).date();
        final List<TimePoint> follow = new ArrayList<>();
        for (TimePoint p : points.subList(1, points.size())) {
            follow.add(p);
            if (p.overall() == Response.PD) {
                break;
            }
        }
        boolean cr = false;
        boolean pr = false;
        boolean stable = false;
        boolean nonCrNonPd = false;
        boolean pd = false;
        // The first confirmed CR and PR with their confirming assessments (indexes into follow), so that a note on
        // an unconfirmed later response can say which earlier one the best response rests on.
        int[] confirmedCr = null;
        int[] confirmedPr = null;
        final List<Integer> unconfirmedNotes = new ArrayList<>();
        for (int i = 0; i < follow.size(); i++) {
            final TimePoint p = follow.get(i);
            final long days = ChronoUnit.DAYS.between(baseline, p.date());
            final Response r = p.overall();
            if (r == Response.PD) {
                pd = true;
                continue;
            }
            if (r == Response.CR || r == Response.PR) {
                final int by = settings.confirmation() ? confirmedBy(follow, i, settings.confirmationMinDays()) : i;
                if (by >= 0) {
                    if (r == Response.CR) {
                        cr = true;
                        confirmedCr = confirmedCr == null ? new int[] {i, by} : confirmedCr;
                    } else {
                        pr = true;
                        confirmedPr = confirmedPr == null ? new int[] {i, by} : confirmedPr;
                    }
                    continue;
                }
                unconfirmedNotes.add(notes.size());
                notes.add(at(follow, i, baseline) + ": " + r.label() + " not confirmed: confirmation needs "
                        + (r == Response.CR ? "a CR" : "a PR or CR") + " at least " + settings.confirmationMinDays()
                        + " days later, and " + unconfirmedBecause(follow, i, settings.confirmationMinDays(),
                        baseline) + "; this time point counts as SD");
            }
            if (r == Response.CR || r == Response.PR || r == Response.SD || r == Response.NON_CR_NON_PD) {
                if (days >= settings.sdMinDays()) {
                    if (r == Response.NON_CR_NON_PD) {
                        nonCrNonPd = true;
                    } else {
                        stable = true;
                    }
                } else {
                    notes.add(p.date() + ": " + (r == Response.NON_CR_NON_PD ? "non-CR/non-PD" : "SD") + " at day "
                            + days + " is before the minimum " + settings.sdMinDays() + " days from baseline");
                }
            }
        }
        final int[] basis = cr ? confirmedCr : pr ? confirmedPr : null;
        if (basis != null) {
            // Beside a best response of PR, "PR … counts as SD" reads as a contradiction unless the note names the
            // earlier confirmed response the best response comes from.
            final Response best = cr ? Response.CR : Response.PR;
            final String why = ". The best overall response is still " + best.label() + ", from the " + best.label()
                    + " of " + at(follow, basis[0], baseline) + ", confirmed on " + at(follow, basis[1], baseline);
            for (int k : unconfirmedNotes) {
                notes.set(k, notes.get(k) + why);
            }
        }
        if (cr) {
            return Response.CR;
        }
        if (pr) {
            return Response.PR;
        }
        if (stable) {
            return Response.SD;
        }
        if (nonCrNonPd) {
            return Response.NON_CR_NON_PD;
        }
        return pd ? Response.PD : Response.NE;
    }

    /** An assessment as the notes name it: "2026-04-06 (follow-up 2, day 91)", numbered as the worksheet rows. */
    private static String at(List<TimePoint> follow, int i, java.time.LocalDate baseline) {
        final TimePoint p = follow.get(i);
        return p.date() + " (follow-up " + (i + 1) + ", day " + ChronoUnit.DAYS.between(baseline, p.date()) + ")";
    }

    /**
     * The index of the assessment confirming the CR (or PR) at index i, or -1: a later assessment at least minDays
     * later with CR (for PR: PR or CR), with every assessment in between CR/PR/NE-compatible (no SD after a CR, no
     * PD).
     */
    private static int confirmedBy(List<TimePoint> follow, int i, int minDays) {
        final TimePoint p = follow.get(i);
        for (int j = i + 1; j < follow.size(); j++) {
            final TimePoint q = follow.get(j);
            if (q.overall() == Response.PD) {
                return -1;
            }
            final boolean confirming = confirms(p, q);
            if (confirming && ChronoUnit.DAYS.between(p.date(), q.date()) >= minDays) {
                return j;
            }
            if (q.overall() != Response.NE && !confirming) {
                return -1;
            }
        }
        return -1;
    }

    /** Why {@link #confirmedBy} found nothing: the assessment that ended the search, or that none came late enough. */
    private static String unconfirmedBecause(List<TimePoint> follow, int i, int minDays,
                                             java.time.LocalDate baseline) {
        final TimePoint p = follow.get(i);
        for (int j = i + 1; j < follow.size(); j++) {
            final TimePoint q = follow.get(j);
            if (q.overall() == Response.PD || q.overall() != Response.NE && !confirms(p, q)) {
                return (j == i + 1 ? "the next assessment, " : "") + at(follow, j, baseline) + ", is "
                        + q.overall().label();
            }
        }
        return i + 1 == follow.size() ? "there is no later assessment"
                : "no later assessment is " + minDays + " or more days after it";
    }

    private static boolean confirms(TimePoint p, TimePoint q) {
        return p.overall() == Response.CR ? q.overall() == Response.CR
                : q.overall() == Response.CR || q.overall() == Response.PR;
    }

    private static double percent(double value, double reference) {
        if (Double.isNaN(value) || !(reference > 0)) {
            return Double.NaN;
        }
        return 100 * (value - reference) / reference;
    }
}
