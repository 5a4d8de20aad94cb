package org.rediff.app.outcomes;

import jakarta.servlet.http.HttpServletResponse;
import org.rediff.app.web.SubmittedText;
import org.rediff.core.common.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The outcomes pages: the cohort page (cohort CSV and survival settings in, charts and tables out) with its
 * downloads, and the RECIST worksheet with its JSON download; the bundled examples. The downloads post the input
 * again (hidden fields), since nothing is stored. Input the core rejects shows its message in the result panel (the
 * pages) or as the error page (the downloads), with HTTP 400.
 */
@Controller
class OutcomesController {
    /** Name of the cohort CSV in messages when it comes from the text area or a download form. */
    static final String COHORT = "cohort CSV";
    /** Name of the RECIST JSON in messages when it comes from the text area or a download form. */
    static final String RECIST = "RECIST JSON";
    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final OutcomesService service;

    OutcomesController(OutcomesService service) {
        this.service = service;
    }

    /** The empty cohort page; {@code ?example} fills in the example and its settings (Load example without JS). */
    @GetMapping("/outcomes")
    String cohortPage(@RequestParam(required = false) String example, Model model) {
        page(model);
        model.addAttribute("cohort", example != null ? service.exampleCohort() : "");
        model.addAttribute("exampleLoaded", example != null);
        model.addAttribute("form", example != null ? CohortForm.example() : CohortForm.defaults());
        return "outcomes";
    }

    /** Analyses the cohort in the text area, or in the uploaded file when one was sent (the upload without JS). */
    @PostMapping("/outcomes")
    String cohort(@RequestParam(required = false) String cohort, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String time, @RequestParam(required = false) String event,
                  @RequestParam(required = false) String group, @RequestParam(required = false) String times,
                  @RequestParam(name = "conf_type", required = false) String confType,
                  @RequestParam(required = false) String ties, @RequestParam(required = false) String covariates,
                  @RequestParam(required = false) String unit, Model model, HttpServletResponse response) {
        page(model);
        final CohortForm form = new CohortForm(time, event, group, times, confType, ties, covariates, unit);
        model.addAttribute("form", form);
        model.addAttribute("cohort", cohort == null ? "" : cohort);
        model.addAttribute("exampleLoaded", service.isExampleCohort(cohort));
        try {
            final SubmittedText in = SubmittedText.of(cohort, file, COHORT);
            model.addAttribute("cohort", in.textOrEmpty());
            model.addAttribute("exampleLoaded", service.isExampleCohort(in.textOrEmpty()));
            final CohortRun run = service.cohort(in.text(), in.source(), form);
            model.addAttribute("run", run);
            model.addAttribute("view", CohortView.of(run));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        return "outcomes";
    }

    /** The survival report ({@code rediff survival --format json}). */
    @PostMapping("/outcomes/survival.json")
    ResponseEntity<String> survivalJson(@RequestParam(required = false) String cohort,
                                        @RequestParam(required = false) String time,
                                        @RequestParam(required = false) String event,
                                        @RequestParam(required = false) String group,
                                        @RequestParam(required = false) String times,
                                        @RequestParam(name = "conf_type", required = false) String confType,
                                        @RequestParam(required = false) String ties,
                                        @RequestParam(required = false) String covariates,
                                        @RequestParam(required = false) String unit) {
        final CohortForm form = new CohortForm(time, event, group, times, confType, ties, covariates, unit);
        return download(MediaType.APPLICATION_JSON, "survival.json",
                service.cohort(cohort, COHORT, form).analysis().toJson());
    }

    /** One of the charts as an SVG file: waterfall, swimmer or km. */
    @PostMapping("/outcomes/{chart:waterfall|swimmer|km}.svg")
    ResponseEntity<String> chart(@PathVariable String chart,
                                 @RequestParam(required = false) String cohort,
                                 @RequestParam(required = false) String time,
                                 @RequestParam(required = false) String event,
                                 @RequestParam(required = false) String group,
                                 @RequestParam(required = false) String times,
                                 @RequestParam(name = "conf_type", required = false) String confType,
                                 @RequestParam(required = false) String ties,
                                 @RequestParam(required = false) String covariates,
                                 @RequestParam(required = false) String unit) {
        final CohortForm form = new CohortForm(time, event, group, times, confType, ties, covariates, unit);
        final CohortRun run = service.cohort(cohort, COHORT, form);
        final String svg = switch (chart) {
            case "waterfall" -> run.waterfall();
            case "swimmer" -> run.swimmer();
            default -> run.km();
        };
        return download(SVG, chart + ".svg", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg);
    }

    /** The example cohort as a file to start from. */
    @GetMapping("/outcomes/example.csv")
    ResponseEntity<String> exampleCohort() {
        return download(MediaType.valueOf("text/csv"), "example-cohort.csv", service.exampleCohort());
    }

    /** The empty RECIST worksheet; {@code ?example} fills the text area with the example. */
    @GetMapping("/outcomes/recist")
    String recistPage(@RequestParam(required = false) String example, Model model) {
        model.addAttribute("example", service.exampleRecist());
        model.addAttribute("recist", example != null ? service.exampleRecist() : "");
        return "outcomes-recist";
    }

    /** Evaluates the RECIST JSON in the text area, or in the uploaded file when one was sent. */
    @PostMapping("/outcomes/recist")
    String recist(@RequestParam(required = false) String recist, @RequestParam(required = false) MultipartFile file,
                  Model model, HttpServletResponse response) {
        model.addAttribute("example", service.exampleRecist());
        model.addAttribute("recist", recist == null ? "" : recist);
        try {
            final SubmittedText in = SubmittedText.of(recist, file, RECIST);
            model.addAttribute("recist", in.textOrEmpty());
            final RecistRun run = service.recist(in.text(), in.source());
            model.addAttribute("run", run);
            model.addAttribute("view", RecistView.of(run));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        return "outcomes-recist";
    }

    /** The RECIST report ({@code rediff recist --format json}). */
    @PostMapping("/outcomes/recist/result.json")
    ResponseEntity<String> recistJson(@RequestParam(required = false) String recist) {
        return download(MediaType.APPLICATION_JSON, "recist-result.json", service.recist(recist, RECIST).reportJson());
    }

    /** The RECIST example as a file to start from. */
    @GetMapping("/outcomes/recist/example.json")
    ResponseEntity<String> exampleRecist() {
        return download(MediaType.APPLICATION_JSON, "recist-patient.json", service.exampleRecist());
    }

    private void page(Model model) {
        model.addAttribute("example", service.exampleCohort());
        model.addAttribute("exampleForm", CohortForm.example());
    }

    static ResponseEntity<String> download(MediaType type, String name, String body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
