package org.rediff.service.protocol;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.rediff.core.common.ConfidenceInterval;
import org.rediff.core.evidence.ClopperPearsonInterval;
import org.rediff.core.protocol.Enrolment;
import org.rediff.core.response.AdverseEvent;
import org.rediff.core.response.AdverseEventSummary;
import org.rediff.core.response.Response;
import org.rediff.core.response.TimePoint;
import org.rediff.core.survival.ConfidenceType;
import org.rediff.core.survival.KaplanMeierCurve;
import org.rediff.core.survival.KaplanMeierEstimator;
import org.rediff.core.survival.SurvivalObservation;
import org.rediff.io.csv.CsvOutput;

/**
 * The site's own cohort, the analyses the trials report: the uptake restoration rate over patients with a final
 * uptake decision and the objective response rate (CR + PR over patients with a RECIST evaluation), each with its
 * exact Clopper-Pearson interval; best responses; the waterfall's best changes; progression-free survival from the
 * first inhibitor dose (event: the first PD time point; censored at the last assessment) by Kaplan-Meier; adverse
 * events by worst grade. Every number comes from the outcome and survival engines; {@link #csv()} writes the same
 * patients as the outcomes page's cohort CSV, so that page's analyses can be run on them too.
 *
 * @param rows          one per enrolment
 * @param uptakeDecided enrolments with a final uptake decision
 * @param uptakeRestored those whose uptake was restored
 * @param uptakeCi      exact interval of the restoration rate, or null with no decision
 * @param bestResponses patients per best overall response
 * @param evaluable     patients with a RECIST evaluation after baseline
 * @param responders    of them, CR or PR
 * @param responseCi    exact interval of the response rate, or null with none evaluable
 * @param pfs           Kaplan-Meier estimate of progression-free survival in months, or null with none evaluable
 * @param adverseEvents adverse events over every enrolment, or null with no enrolment
 */
public record SiteCohort(List<Row> rows, int uptakeDecided, int uptakeRestored, ConfidenceInterval uptakeCi,
                         Map<Response, Integer> bestResponses, int evaluable, int responders,
                         ConfidenceInterval responseCi, KaplanMeierCurve pfs,
                         AdverseEventSummary.Result adverseEvents) {
    /** Days per month for progression-free months (365.25 / 12), as trials report PFS. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;
    /** Confidence level of the intervals. */
    public static final double LEVEL = 0.95;

    /**
     * One enrolment in the cohort.
     *
     * @param enrolmentId   the enrolment
     * @param patient       the patient as the reader may see it (research id for researchers)
     * @param protocol      the protocol
     * @param status        where the patient stands
     * @param restored      whether uptake was restored, or null before a final decision
     * @param activityMBq   the prescribed 131I, or null
     * @param bestChangePct best change of the target sum, or null without RECIST
     * @param best          best overall response, or null without RECIST
     * @param pfsMonths     progression-free months from the first dose, or null without an assessment after it
     * @param progressed    whether progression ended that time
     * @param worstGrade    worst adverse-event grade, or null without events
     */
    public record Row(long enrolmentId, String patient, String protocol, Enrolment.Status status, Boolean restored,
                      Double activityMBq, Double bestChangePct, Response best, Double pfsMonths, boolean progressed,
                      Integer worstGrade) {
    }

    /**
     * The cohort of every enrolment in {@code store}.
     *
     * @param ids how a patient id is shown (identity, or the research id)
     */
    public static SiteCohort of(EnrolmentStore store, UnaryOperator<String> ids) {
        final List<Row> rows = new ArrayList<>();
        final List<AdverseEvent> events = new ArrayList<>();
        for (StoredEnrolment e : store.all()) {
            final Enrolment en = e.enrolment();
            final EnrolmentOutcome o = store.outcome(e);
            final Boolean restored = en.status() == Enrolment.Status.AWAITING_CHECK ? null
                    : en.decisions().stream().anyMatch(d -> d.decision().restored());
            Double months = null;
            boolean progressed = false;
            if (o.recist() != null && o.recist().timePoints().size() > 1) {
                final List<TimePoint> tps = o.recist().timePoints();
                LocalDate end = tps.get(tps.size() - 1).date();
                for (TimePoint t : tps) {
                    if (!t.baseline() && t.overall() == Response.PD) {
                        end = t.date();
                        progressed = true;
                        break;
                    }
                }
                months = Math.max(0, ChronoUnit.DAYS.between(en.day1(), end)) / DAYS_PER_MONTH;
            }
            final boolean evaluated = o.recist() != null && o.recist().timePoints().size() > 1;
            rows.add(new Row(e.id(), ids.apply(e.patientId()), en.protocolId(), en.status(), restored,
                    en.prescription() == null ? null : en.prescription().activityMBq(),
                    evaluated && Double.isFinite(o.recist().bestChangePct()) ? o.recist().bestChangePct() : null,
                    evaluated ? o.recist().bestOverallResponse() : null, months, progressed, o.worstGrade()));
            o.followUp().adverseEvents().forEach(a -> events.add(new AdverseEvent(ids.apply(e.patientId()) + "#"
                    + e.id(), a.term(), a.grade(), a.attribution(), a.onset(), a.resolution(), a.action())));
        }
        final int decided = (int) rows.stream().filter(r -> r.restored() != null).count();
        final int restored = (int) rows.stream().filter(r -> Boolean.TRUE.equals(r.restored())).count();
        final Map<Response, Integer> best = new EnumMap<>(Response.class);
        rows.stream().filter(r -> r.best() != null).forEach(r -> best.merge(r.best(), 1, Integer::sum));
        final int evaluable = best.values().stream().mapToInt(Integer::intValue).sum();
        final int responders = best.getOrDefault(Response.CR, 0) + best.getOrDefault(Response.PR, 0);
        final List<SurvivalObservation> pfs = pfsData(rows);
        return new SiteCohort(rows, decided, restored, decided == 0 ? null
                : ClopperPearsonInterval.of(restored, decided, LEVEL), best, evaluable, responders,
                evaluable == 0 ? null : ClopperPearsonInterval.of(responders, evaluable, LEVEL),
                pfs.isEmpty() ? null : KaplanMeierEstimator.fit(pfs, ConfidenceType.LOG_LOG, LEVEL),
                rows.isEmpty() ? null : AdverseEventSummary.summarise(events, rows.size(), false));
    }

    /** Progression-free months and events of the evaluable rows, for the survival engine. */
    public List<SurvivalObservation> pfsData() {
        return pfsData(rows);
    }

    private static List<SurvivalObservation> pfsData(List<Row> rows) {
        return rows.stream().filter(r -> r.pfsMonths() != null)
                .map(r -> new SurvivalObservation(r.pfsMonths(), r.progressed())).toList();
    }

    /**
     * The evaluable patients as the outcomes page's cohort CSV ({@code io CohortCsv}): patient, protocol (as the
     * group), best change, best response, PFS months and event, on study.
     */
    public String csv() {
        final StringBuilder out = new StringBuilder();
        final CsvOutput csv = CsvOutput.withHeader(out, "patient", "protocol", "best_change_pct", "best_response",
                "time", "event", "ongoing");
        for (Row r : rows) {
            if (r.pfsMonths() == null) {
                continue;
            }
            csv.row(r.patient() + "#" + r.enrolmentId(), r.protocol(),
                    r.bestChangePct() == null ? "" : String.format(Locale.ROOT, "%.6f", r.bestChangePct()),
                    r.best() == null ? "" : r.best().code(), String.format(Locale.ROOT, "%.6f", r.pfsMonths()),
                    r.progressed() ? 1 : 0, !r.progressed());
        }
        return out.toString();
    }

    /** The label of the site's row beside the published cohorts. */
    public static final String SITE_LABEL = "This site (registry)";

    /**
     * The published cohorts' restored-uptake rates pooled by random effects (the synthesis page's defaults), with
     * the site's own row among them when it has decided patients: how the site compares with the evidence.
     *
     * @param published the evidence base
     * @param withSite  whether the site's row is pooled too
     */
    public org.rediff.core.evidence.PooledProportion besideEvidence(
            List<org.rediff.core.evidence.StudyRecord> published, boolean withSite) {
        final List<org.rediff.core.evidence.ProportionStudy> studies = new ArrayList<>();
        for (org.rediff.core.evidence.StudyRecord r : org.rediff.core.evidence.EvidenceSelection.eligible(published,
                org.rediff.core.evidence.EvidenceSelection.Outcome.UPTAKE,
                org.rediff.core.evidence.EvidenceSelection.DEFAULT_TYPES)) {
            org.rediff.core.evidence.EvidenceSelection.counts(r, org.rediff.core.evidence.EvidenceSelection.Outcome
                    .UPTAKE).ifPresent(c -> studies.add(new org.rediff.core.evidence.ProportionStudy(r.label(),
                    c.events(), c.total())));
        }
        if (withSite && uptakeDecided > 0) {
            studies.add(new org.rediff.core.evidence.ProportionStudy(SITE_LABEL, uptakeRestored, uptakeDecided));
        }
        return org.rediff.core.evidence.ProportionMetaAnalysis.pool(studies,
                org.rediff.core.evidence.PoolingOptions.defaults());
    }
}
