package org.rediff.app.design;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rediff.core.common.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The design page (a tab per design type, the form and the result panel) and the downloads of the same design:
 * the JSON report and the operating-characteristics plot (SVG). A design the core rejects shows its message in the
 * result panel with HTTP 400 (the downloads: the error page).
 */
@Controller
class DesignController {
    private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    private final DesignService service;

    DesignController(DesignService service) {
        this.service = service;
    }

    /**
     * A tab of the page.
     *
     * @param code   design type code
     * @param title  tab text
     * @param href   link (between the single-arm designs it keeps the entered values)
     * @param active whether it is the page's type
     */
    record Tab(String code, String title, String href, boolean active) {
    }

    @GetMapping("/design")
    String page(DesignParams params, Model model, HttpServletResponse response) {
        DesignType type;
        try {
            type = DesignType.parse(params.type());
        } catch (InvalidInputException e) {
            type = DesignType.SIMON;
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        final DesignParams form = params.withType(type.code()).orDefaults();
        model.addAttribute("type", type);
        model.addAttribute("form", form);
        model.addAttribute("tabs", tabs(type, params));
        model.addAttribute("outcomes", DesignService.OUTCOMES);
        model.addAttribute("measures", DesignService.MEASURES);
        model.addAttribute("genotypes", service.genotypes());
        if (model.getAttribute("error") != null || !params.submitted()) {
            return "design";
        }
        try {
            final DesignResult result = service.run(params.withType(type.code()));
            model.addAttribute("result", result);
            model.addAttribute("view", DesignView.of(result));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        return "design";
    }

    @GetMapping("/design/report.json")
    ResponseEntity<String> json(DesignParams params) {
        final DesignResult result = service.run(params);
        return file(result.reportJson(), MediaType.APPLICATION_JSON, "design-" + result.type().code() + ".json");
    }

    @GetMapping("/design/oc.svg")
    ResponseEntity<String> svg(DesignParams params) {
        final DesignResult result = service.run(params);
        if (result.ocSvg() == null) {
            throw new InvalidInputException("the plot is drawn for the single-arm designs (type simon or single: "
                    + "operating characteristics) and the time-to-event design (type survival: power against the "
                    + "hazard ratio), not for type " + result.type().code());
        }
        return file("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + result.ocSvg(), SVG,
                (result.type() == DesignType.SURVIVAL ? "power-" : "oc-") + result.type().code() + ".svg");
    }

    private static List<Tab> tabs(DesignType current, DesignParams params) {
        final List<Tab> tabs = new ArrayList<>();
        for (DesignType t : DesignType.values()) {
            final boolean keep = t != current && t.singleArm() && current.singleArm() && params.submitted();
            tabs.add(new Tab(t.code(), t.title(), "/design" + (keep ? params.withType(t.code()).query()
                    : "?type=" + t.code()), t == current));
        }
        return tabs;
    }

    private static ResponseEntity<String> file(String body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
