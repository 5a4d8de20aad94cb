package org.rediff.app.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.rediff.app.security.CurrentUser;
import org.rediff.core.response.Response;
import org.rediff.io.chart.ForestPlotSvg;
import org.rediff.io.chart.KaplanMeierSvg;
import org.rediff.io.chart.WaterfallSvg;
import org.rediff.io.outcomes.AdverseEventReport;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.service.patients.Pseudonyms;
import org.rediff.service.protocol.EnrolmentStore;
import org.rediff.service.protocol.SiteCohort;
import org.rediff.service.store.Database;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The site's cohort across registry enrolments (page, charts, CSV and REST): uptake restoration and objective
 * response with exact intervals, best responses, waterfall, progression-free Kaplan-Meier, adverse events by worst
 * grade, and the site's row on the published forest plot. Researchers see research ids only.
 */
@Controller
class CohortController {
    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");
    private final EnrolmentStore store;
    private final EvidenceStore evidence;
    private final Database database;

    CohortController(EnrolmentStore store, EvidenceStore evidence, Database database) {
        this.store = store;
        this.evidence = evidence;
        this.database = database;
    }

    private SiteCohort cohort() {
        final UnaryOperator<String> ids;
        if (CurrentUser.researchView()) {
            final Pseudonyms p = Pseudonyms.of(database);
            ids = p::researchId;
        } else {
            ids = UnaryOperator.identity();
        }
        return SiteCohort.of(store, ids);
    }

    @GetMapping("/cohort")
    String page(Model model) {
        final SiteCohort c = cohort();
        model.addAttribute("c", c);
        model.addAttribute("research", CurrentUser.researchView());
        model.addAttribute("responses", List.of(Response.CR, Response.PR, Response.SD, Response.NON_CR_NON_PD,
                Response.PD, Response.NE));
        model.addAttribute("pooled", c.besideEvidence(evidence.list(), false));
        return "protocols/cohort";
    }

    @GetMapping(value = "/cohort/waterfall.svg")
    ResponseEntity<String> waterfall() {
        final List<WaterfallSvg.Bar> bars = cohort().rows().stream().filter(r -> r.bestChangePct() != null)
                .map(r -> new WaterfallSvg.Bar(r.patient(), r.bestChangePct(), r.best())).toList();
        return ResponseEntity.ok().contentType(SVG).body(WaterfallSvg.render("Best change of the target sum",
                WaterfallSvg.ordered(bars)));
    }

    @GetMapping(value = "/cohort/pfs.svg")
    ResponseEntity<String> pfs() {
        final SiteCohort c = cohort();
        if (c.pfs() == null) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok().contentType(SVG).body(KaplanMeierSvg.render("Progression-free survival",
                "months from the first inhibitor dose", Map.of("All", c.pfs()), Map.of("All", c.pfsData())));
    }

    @GetMapping(value = "/cohort/forest.svg")
    ResponseEntity<String> forest() {
        return ResponseEntity.ok().contentType(SVG).body(ForestPlotSvg.render(cohort().besideEvidence(
                evidence.list(), true), null, "Restored uptake: published cohorts and this site"));
    }

    /** The evaluable patients in the outcomes page's cohort CSV, to run its analyses on them. */
    @GetMapping(value = "/cohort/cohort.csv", produces = "text/csv")
    ResponseEntity<String> csv() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"site-cohort.csv\"").body(cohort().csv());
    }

    @GetMapping(value = "/api/v1/cohort", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> api() {
        final SiteCohort c = cohort();
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("uptake", rate(c.uptakeRestored(), c.uptakeDecided(), c.uptakeCi()));
        m.put("objective_response", rate(c.responders(), c.evaluable(), c.responseCi()));
        final Map<String, Integer> best = new LinkedHashMap<>();
        c.bestResponses().forEach((k, v) -> best.put(k.code(), v));
        m.put("best_responses", best);
        m.put("pfs", c.pfs() == null ? null : c.pfs().steps().stream().map(s -> Map.of("months", s.time(),
                "survival", s.survival(), "at_risk", s.atRisk(), "events", s.events())).toList());
        m.put("adverse_events", c.adverseEvents() == null ? null : AdverseEventReport.toMap(c.adverseEvents()));
        m.put("patients", c.rows().stream().map(r -> {
            final Map<String, Object> x = new LinkedHashMap<>();
            x.put("patient", r.patient());
            x.put("protocol", r.protocol());
            x.put("status", r.status().code());
            x.put("uptake_restored", r.restored());
            x.put("activity_MBq", r.activityMBq());
            x.put("best_change_pct", r.bestChangePct());
            x.put("best_response", r.best() == null ? null : r.best().code());
            x.put("pfs_months", r.pfsMonths());
            x.put("progressed", r.progressed());
            x.put("worst_ae_grade", r.worstGrade());
            return x;
        }).toList());
        m.put("method", "Clopper-Pearson exact 95% intervals; RECIST 1.1 best overall response; Kaplan-Meier "
                + "(log-log 95% bands) from the first inhibitor dose, event at the first PD time point, censored at "
                + "the last assessment, months = days / " + SiteCohort.DAYS_PER_MONTH + "; CTCAE v5.0 worst grade");
        return m;
    }

    private static Map<String, Object> rate(int events, int total, org.rediff.core.common.ConfidenceInterval ci) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", events);
        m.put("total", total);
        m.put("rate", total == 0 ? null : (double) events / total);
        m.put("ci_lower", ci == null ? null : ci.lower());
        m.put("ci_upper", ci == null ? null : ci.upper());
        return m;
    }
}
