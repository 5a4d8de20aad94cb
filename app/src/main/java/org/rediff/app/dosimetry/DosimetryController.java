package org.rediff.app.dosimetry;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.rediff.app.web.SubmittedText;
import org.rediff.core.common.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The dosimetry page (plan JSON in, result panel out), its printable report and JSON download, and the example.
 * The downloads post the plan JSON again (a hidden field), since nothing is stored. Input the core rejects shows its
 * message in the result panel (the page) or as the error page (the downloads), with HTTP 400.
 */
@Controller
class DosimetryController {
    /** Name of the plan JSON in messages when it comes from the text area or a download form. */
    static final String SOURCE = "plan";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final DosimetryService service;

    DosimetryController(DosimetryService service) {
        this.service = service;
    }

    /** The empty page; {@code ?example} fills the text area with the example (the Load example link without JS). */
    @GetMapping("/dosimetry")
    String page(@RequestParam(required = false) String example, Model model) {
        model.addAttribute("example", service.example());
        model.addAttribute("plan", example != null ? service.example() : "");
        return "dosimetry";
    }

    /** Runs the plan in the text area, or in the uploaded file when one was sent (the upload without JS). */
    @PostMapping("/dosimetry")
    String run(@RequestParam(required = false) String plan, @RequestParam(required = false) MultipartFile file,
               Model model, HttpServletResponse response) {
        model.addAttribute("example", service.example());
        model.addAttribute("plan", plan == null ? "" : plan);
        try {
            final SubmittedText in = SubmittedText.of(plan, file, SOURCE);
            model.addAttribute("plan", in.textOrEmpty());
            final DosimetryRun run = service.run(in.text(), in.source());
            model.addAttribute("run", run);
            model.addAttribute("view", DosimetryView.of(run));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        return "dosimetry";
    }

    /** A standalone, printable HTML report of the plan (print it to PDF from the browser). */
    @PostMapping(value = "/dosimetry/report", produces = MediaType.TEXT_HTML_VALUE)
    String report(@RequestParam(required = false) String plan, Model model) {
        final DosimetryRun run = service.run(plan, SOURCE);
        model.addAttribute("run", run);
        model.addAttribute("view", DosimetryView.of(run));
        model.addAttribute("css", service.stylesheet());
        model.addAttribute("generated", STAMP.format(Instant.now()));
        return "dosimetry-report";
    }

    /** The JSON report of the plan ({@code rediff dosimetry plan --format json}). */
    @PostMapping("/dosimetry/result.json")
    ResponseEntity<String> json(@RequestParam(required = false) String plan) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dosimetry-result.json\"")
                .body(service.run(plan, SOURCE).reportJson());
    }

    /** The example plan as a file to start from. */
    @GetMapping("/dosimetry/example.json")
    ResponseEntity<String> example() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dosimetry-plan.json\"")
                .body(service.example());
    }
}
