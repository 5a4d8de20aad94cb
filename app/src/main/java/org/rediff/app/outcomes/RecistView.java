package org.rediff.app.outcomes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rediff.core.response.Assessment;
import org.rediff.core.response.Lesion;
import org.rediff.core.response.Measurement;
import org.rediff.core.response.RecistResult;
import org.rediff.core.response.RecistSettings;
import org.rediff.core.response.ThyroglobulinMeasurement;
import org.rediff.core.response.ThyroglobulinResponse;
import org.rediff.core.response.TimePoint;
import org.rediff.io.chart.SpiderSvg;
import org.rediff.io.outcomes.RecistReport;

/**
 * A RECIST evaluation as the worksheet shows it: a row per assessment with every target measurement, the sum, its
 * changes and the responses; the best overall response and best change.
 *
 * @param targets       target lesions (columns)
 * @param nonTargets    non-target lesions (columns)
 * @param rows          one per assessment, in date order
 * @param bor           best overall response (text)
 * @param borClass      its colour class
 * @param bestChange    best percent change from baseline
 * @param notes         how the best response was reached
 * @param settings      confirmation and SD settings, as text
 * @param method        the RECIST reference
 * @param thyroglobulin the biochemical response, or null when the input has no thyroglobulin samples
 * @param spider        spider plot of the sum's percent change from baseline over time (SVG)
 */
public record RecistView(List<LesionColumn> targets, List<LesionColumn> nonTargets, List<Row> rows, String bor,
                         String borClass, String bestChange, List<String> notes, String settings, String method,
                         Thyroglobulin thyroglobulin, String spider) {

    /**
     * @param rows         one per sample in date order
     * @param bestChange   best percent change from baseline
     * @param ataCategory  ATA 2015 response category, as words
     * @param imaging      imaging status, as words
     * @param interference whether positive anti-Tg antibodies make Tg unreliable
     * @param notes        caveats
     * @param method       the method and references
     */
    public record Thyroglobulin(List<TgRow> rows, String bestChange, String ataCategory, String imaging,
                                boolean interference, List<String> notes, String method) {
    }

    /**
     * @param date       sample date
     * @param tg         thyroglobulin, ng/mL
     * @param kind       suppressed or stimulated
     * @param antibodies anti-Tg antibodies
     * @param change     percent change from the first sample of the same kind ("baseline" for it)
     */
    public record TgRow(String date, String tg, String kind, String antibodies, String change) {
    }

    /**
     * @param id    lesion id
     * @param organ organ
     * @param nodal lymph node (short axis)
     */
    public record LesionColumn(String id, String organ, boolean nodal) {
        /** How the lesion is measured, for the column head. */
        public String measure() {
            return nodal ? "node, short axis" : "longest diameter";
        }
    }

    /**
     * @param date         assessment date
     * @param day          days from baseline
     * @param baseline     whether it is the baseline
     * @param measurements each target's size in mm ("too small (5)", "absent (0)", "–" not assessed)
     * @param sum          sum of diameters, mm
     * @param fromBaseline percent change from baseline
     * @param fromNadir    percent change from the nadir
     * @param target       target response
     * @param nonTarget    non-target response
     * @param statuses     each non-target's status
     * @param newLesions   yes / no
     * @param overall      overall time-point response ("baseline" at baseline)
     * @param overallClass its colour class
     * @param unconfirmed  a CR or PR that confirmation did not count (a note explains it)
     */
    public record Row(String date, long day, boolean baseline, List<String> measurements, String sum,
                      String fromBaseline, String fromNadir, String target, String nonTarget, List<String> statuses,
                      String newLesions, String overall, String overallClass, boolean unconfirmed) {
    }

    public static RecistView of(RecistRun run) {
        final RecistResult r = run.result();
        final List<LesionColumn> targets = new ArrayList<>();
        final List<LesionColumn> nonTargets = new ArrayList<>();
        for (Lesion l : run.input().lesions()) {
            (l.target() ? targets : nonTargets).add(new LesionColumn(l.id(), l.organ(), l.nodal()));
        }
        final Map<LocalDate, Assessment> byDate = new HashMap<>();
        run.input().assessments().forEach(a -> byDate.put(a.date(), a));
        final LocalDate baseline = r.timePoints().get(0).date();
        final List<Row> rows = new ArrayList<>();
        final List<SpiderSvg.Point> spider = new ArrayList<>();
        for (TimePoint p : r.timePoints()) {
            final long day = ChronoUnit.DAYS.between(baseline, p.date());
            spider.add(new SpiderSvg.Point(day, p.baseline() ? 0 : p.changeFromBaselinePct(), p.overall()));
            final Assessment a = byDate.get(p.date());
            final List<String> sizes = new ArrayList<>();
            for (LesionColumn t : targets) {
                sizes.add(size(a.targets().get(t.id())));
            }
            final List<String> statuses = new ArrayList<>();
            for (LesionColumn n : nonTargets) {
                final Assessment.NonTargetStatus s = a.nonTargets().get(n.id());
                statuses.add(s == null ? "–" : s.label());
            }
            rows.add(new Row(p.date().toString(), day, p.baseline(), sizes,
                    Fmt.upTo(p.sumMm(), 1), p.baseline() ? "" : Fmt.change(p.changeFromBaselinePct()),
                    p.baseline() ? "" : Fmt.change(p.changeFromNadirPct()),
                    p.baseline() ? "" : Fmt.response(p.target()),
                    p.baseline() ? "" : Fmt.response(p.nonTarget()), statuses, p.newLesions() ? "yes" : "no",
                    p.baseline() ? "baseline" : Fmt.response(p.overall()),
                    p.baseline() ? "resp" : Fmt.responseClass(p.overall()), unconfirmed(r, p)));
        }
        final RecistSettings s = r.settings();
        final String settings = s.confirmation()
                ? "CR and PR need confirmation at least " + s.confirmationMinDays() + " days later; SD counts from day "
                + s.sdMinDays()
                : "no confirmation needed; SD counts from day " + s.sdMinDays();
        return new RecistView(targets, nonTargets, rows, Fmt.response(r.bestOverallResponse()),
                Fmt.responseClass(r.bestOverallResponse()), Fmt.change(r.bestChangePct()), r.notes(), settings,
                RecistReport.RECIST_METHOD, thyroglobulin(run),
                SpiderSvg.render("Sum of target-lesion diameters, change from baseline", spider));
    }

    /**
     * Whether the evaluator's notes call this time point's CR or PR unconfirmed. The notes are the engine's only
     * record of it, and each such note starts with the time point's date ("2026-04-06 (follow-up 2, …): PR not
     * confirmed"), so the row can point the reader to its note.
     */
    private static boolean unconfirmed(RecistResult r, TimePoint p) {
        final String prefix = p.date() + " (follow-up ";
        return !p.baseline() && r.notes().stream().anyMatch(n -> n.startsWith(prefix) && n.contains(" not confirmed"));
    }

    private static Thyroglobulin thyroglobulin(RecistRun run) {
        final ThyroglobulinResponse.Result t = run.response().thyroglobulin();
        if (t == null) {
            return null;
        }
        final List<TgRow> rows = new ArrayList<>();
        final Set<Boolean> kindsSeen = new HashSet<>();
        for (int i = 0; i < t.samples().size(); i++) {
            final ThyroglobulinMeasurement s = t.samples().get(i);
            // The first sample of each kind (suppressed, stimulated) is that kind's baseline.
            final boolean baseline = kindsSeen.add(s.stimulated());
            rows.add(new TgRow(s.date().toString(), Fmt.upTo(s.tgNgPerMl(), 3),
                    s.stimulated() ? "stimulated" : "suppressed",
                    RecistReport.antibodies(s.antibodiesPositive()).replace('_', ' '),
                    baseline ? "baseline" : Fmt.change(t.changesPct().get(i))));
        }
        return new Thyroglobulin(rows, Fmt.change(t.bestChangePct()), t.ataCategory().label(),
                run.input().thyroglobulin().imaging().label(), t.antibodyInterference(), t.notes(),
                RecistReport.TG_METHOD);
    }

    private static String size(Measurement m) {
        if (m == null) {
            return "–";
        }
        return switch (m.kind()) {
            case MEASURED -> Fmt.upTo(m.diameterMm(), 1);
            case TOO_SMALL -> "too small (" + Fmt.upTo(Measurement.TOO_SMALL_MM, 1) + ")";
            case ABSENT -> "absent (0)";
        };
    }
}
