package org.rediff.app.synthesis;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.EvidenceSelection;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The synthesis page (form and result panel) and the downloads of the same analysis as SVG, CSV and JSON. A
 * request the core rejects shows its message on the page with HTTP 400.
 */
@Controller
class SynthesisController {
    private final SynthesisService service;

    SynthesisController(SynthesisService service) {
        this.service = service;
    }

    @GetMapping("/synthesis")
    String page(SynthesisParams params, Model model, HttpServletResponse response) {
        model.addAttribute("outcomes", SynthesisRequest.OUTCOMES);
        model.addAttribute("measures", SynthesisRequest.MEASURES);
        model.addAttribute("methods", SynthesisRequest.METHODS);
        model.addAttribute("allTypes", SynthesisRequest.TYPES);
        model.addAttribute("attributes", EvidenceSelection.ATTRIBUTES);
        model.addAttribute("form", params.orDefaults());
        if (!params.submitted()) {
            return "synthesis";
        }
        try {
            final SynthesisResult result = service.run(params.toRequest());
            model.addAttribute("result", result);
            model.addAttribute("view", SynthesisView.of(result));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        return "synthesis";
    }

    @GetMapping("/synthesis/forest.svg")
    ResponseEntity<String> svg(SynthesisParams params) {
        return file(service.run(params.toRequest()).forestSvg(),
                new MediaType("image", "svg+xml", StandardCharsets.UTF_8), "forest.svg");
    }

    @GetMapping("/synthesis/studies.csv")
    ResponseEntity<String> csv(SynthesisParams params) {
        return file(service.run(params.toRequest()).studiesCsv(),
                new MediaType("text", "csv", StandardCharsets.UTF_8), "studies.csv");
    }

    @GetMapping("/synthesis/report.json")
    ResponseEntity<String> json(SynthesisParams params) {
        return file(service.run(params.toRequest()).report().toJson(), MediaType.APPLICATION_JSON,
                "synthesis.json");
    }

    private static ResponseEntity<String> file(String body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"").body(body);
    }
}
