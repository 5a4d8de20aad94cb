package org.rediff.app.protocol;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.core.protocol.ProtocolSchedule;
import org.rediff.io.protocol.ProtocolJson;
import org.rediff.service.protocol.ProtocolCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The protocol pages: the catalogue, one protocol with its rules, assumptions and dated timeline from a chosen
 * first dose (downloadable as iCalendar), and the check of a site's own definition pasted as JSON or YAML.
 */
@Controller
class ProtocolPageController {
    private final ProtocolCatalog catalog;
    private final Clock clock;

    ProtocolPageController(ProtocolCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/protocols")
    String list(Model model) {
        model.addAttribute("protocols", catalog.list());
        model.addAttribute("catalog", catalog);
        return "protocols/list";
    }

    @GetMapping("/protocols/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) String start, Model model,
                  HttpServletResponse response) {
        final ProtocolDefinition p = catalog.find(id).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no protocol with id '" + id + "'"));
        LocalDate day1 = LocalDate.now(clock);
        String error = null;
        if (start != null && !start.isBlank()) {
            try {
                day1 = LocalDate.parse(start.strip());
            } catch (DateTimeParseException e) {
                error = "start '" + start + "' must be an ISO date yyyy-mm-dd (the first inhibitor dose)";
                response.setStatus(400);
            }
        }
        model.addAttribute("p", p);
        model.addAttribute("start", day1.toString());
        model.addAttribute("error", error);
        model.addAttribute("events", ProtocolSchedule.plan(p, day1));
        model.addAttribute("definition", ProtocolJson.write(p));
        return "protocols/detail";
    }

    @GetMapping("/protocols/check")
    String checkForm(Model model) {
        model.addAttribute("text", "");
        model.addAttribute("format", "json");
        model.addAttribute("errors", List.of());
        return "protocols/check";
    }

    /** Checks a pasted (or uploaded) definition; on success shows its timeline from today. */
    @PostMapping("/protocols/check")
    String check(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "json") String format,
                 @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Model model,
                 HttpServletResponse response) {
        text = uploaded(text, file);
        format = file != null && !file.isEmpty() && file.getOriginalFilename() != null
                && file.getOriginalFilename().matches("(?i).*\\.ya?ml") ? "yaml" : format;
        model.addAttribute("text", text);
        model.addAttribute("format", format);
        try {
            final ProtocolDefinition p = ProtocolJson.read(text, "yaml".equals(format) ? "definition.yaml"
                    : "definition.json");
            model.addAttribute("errors", List.of());
            model.addAttribute("p", p);
            model.addAttribute("events", ProtocolSchedule.plan(p, LocalDate.now(clock)));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.messages());
        }
        return "protocols/check";
    }

    /** Stores a checked definition as a site protocol (a new id at version 1, or the next version). */
    @PostMapping("/protocols/new")
    String save(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "json") String format,
                @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Model model,
                HttpServletResponse response,
                org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        final String body = uploaded(text, file);
        final boolean yaml = "yaml".equals(format) || (file != null && !file.isEmpty()
                && file.getOriginalFilename() != null && file.getOriginalFilename().matches("(?i).*\\.ya?ml"));
        try {
            final ProtocolDefinition p = catalog.save(ProtocolJson.read(body, yaml ? "definition.yaml"
                    : "definition.json"), org.rediff.app.security.CurrentUser.principal());
            redirect.addFlashAttribute("saved", "Stored " + p.id() + " version " + p.version() + ".");
            return "redirect:/protocols/" + p.id();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("text", body);
            model.addAttribute("format", yaml ? "yaml" : "json");
            model.addAttribute("errors", e.messages());
            return "protocols/check";
        }
    }

    private static String uploaded(String text, org.springframework.web.multipart.MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return text;
        }
        try {
            return new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
