package org.rediff.app.outcomes;

import jakarta.servlet.http.HttpServletResponse;
import org.rediff.app.web.SubmittedText;
import org.rediff.core.common.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The adverse-event page of the outcomes section: an event listing (CTCAE v5.0) and the number treated in, the
 * per-cohort summary of {@code rediff adverse-events} out, with its JSON download and the example. As on the other
 * outcomes pages nothing is stored, and rejected input shows its message with HTTP 400.
 */
@Controller
class AdverseEventsController {
    /** Name of the event listing in messages when it comes from the text area or a download form. */
    static final String LISTING = "adverse-event CSV";

    private final OutcomesService service;

    AdverseEventsController(OutcomesService service) {
        this.service = service;
    }

    /** The empty page; {@code ?example} fills in the example listing and its 20 treated patients. */
    @GetMapping("/outcomes/adverse-events")
    String page(@RequestParam(required = false) String example, Model model) {
        common(model);
        model.addAttribute("events", example != null ? service.exampleAdverseEvents() : "");
        model.addAttribute("treated", example != null ? String.valueOf(OutcomesService.EXAMPLE_TREATED) : "");
        model.addAttribute("relatedOnly", false);
        return "outcomes-adverse-events";
    }

    /** Summarises the listing in the text area, or in the uploaded file when one was sent. */
    @PostMapping("/outcomes/adverse-events")
    String summarise(@RequestParam(required = false) String events, @RequestParam(required = false) MultipartFile file,
                     @RequestParam(required = false) String treated,
                     @RequestParam(name = "related_only", required = false) String relatedOnly, Model model,
                     HttpServletResponse response) {
        common(model);
        final boolean related = relatedOnly != null;
        model.addAttribute("events", events == null ? "" : events);
        model.addAttribute("treated", treated == null ? "" : treated);
        model.addAttribute("relatedOnly", related);
        try {
            final SubmittedText in = SubmittedText.of(events, file, LISTING);
            model.addAttribute("events", in.textOrEmpty());
            final AdverseEventRun run = service.adverseEvents(in.text(), in.source(), treated, related);
            model.addAttribute("run", run);
            model.addAttribute("view", AdverseEventView.of(run));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        return "outcomes-adverse-events";
    }

    /** The summary ({@code rediff adverse-events --format json}). */
    @PostMapping("/outcomes/adverse-events/result.json")
    ResponseEntity<String> resultJson(@RequestParam(required = false) String events,
                                      @RequestParam(required = false) String treated,
                                      @RequestParam(name = "related_only", required = false) String relatedOnly) {
        return OutcomesController.download(MediaType.APPLICATION_JSON, "adverse-events.json",
                service.adverseEvents(events, LISTING, treated, relatedOnly != null).reportJson());
    }

    /** The example listing as a file to start from. */
    @GetMapping("/outcomes/adverse-events/example.csv")
    ResponseEntity<String> example() {
        return OutcomesController.download(MediaType.valueOf("text/csv"), "adverse-events.csv",
                service.exampleAdverseEvents());
    }

    private void common(Model model) {
        model.addAttribute("example", service.exampleAdverseEvents());
        model.addAttribute("exampleTreated", OutcomesService.EXAMPLE_TREATED);
    }
}
