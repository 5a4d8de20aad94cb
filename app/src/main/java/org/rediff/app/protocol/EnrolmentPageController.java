package org.rediff.app.protocol;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.rediff.app.security.CurrentUser;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.protocol.Enrolment;
import org.rediff.core.protocol.LesionUptake;
import org.rediff.core.protocol.Prescription131I;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.io.protocol.FollowUpJson;
import org.rediff.io.protocol.ScheduleCalendar;
import org.rediff.service.protocol.EnrolmentOutcome;
import org.rediff.service.protocol.EnrolmentStore;
import org.rediff.service.protocol.StoredEnrolment;
import org.rediff.service.store.StaleEditException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A patient's way through a protocol in the browser: enrol from the patient's page, then on the enrolment's page
 * the dated timeline (and its calendar file), the uptake decision from lesion measurements or a 124I dosimetry
 * plan, the 131I prescription with its binding constraint, and the follow-up (RECIST lesions and assessments,
 * thyroglobulin, adverse events) with the responses the outcome engines compute. Every form carries the row
 * version it was drawn from; a stale one is refused with who changed it and when.
 */
@Controller
class EnrolmentPageController {
    private final EnrolmentStore store;
    private final org.rediff.service.patients.PatientStore patients;
    private final org.rediff.service.evidence.EvidenceStore evidence;
    private final java.time.Clock clock;

    EnrolmentPageController(EnrolmentStore store, org.rediff.service.patients.PatientStore patients,
                            org.rediff.service.evidence.EvidenceStore evidence, java.time.Clock clock) {
        this.store = store;
        this.patients = patients;
        this.evidence = evidence;
        this.clock = clock;
    }

    @PostMapping("/patients/{id}/enrolments")
    String enrol(@PathVariable String id, @RequestParam(defaultValue = "") String protocol,
                 @RequestParam(defaultValue = "") String day1, RedirectAttributes redirect) {
        try {
            final StoredEnrolment e = store.enrol(id, protocol, date("day1", day1), CurrentUser.principal());
            redirect.addFlashAttribute("saved", "Enrolled on " + e.enrolment().protocolId() + ".");
            return "redirect:/enrolments/" + e.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("saved", null);
            redirect.addFlashAttribute("enrolErrors", e.messages());
            return "redirect:/patients/" + id + "#protocols";
        }
    }

    @GetMapping("/enrolments/{eid}")
    String page(@PathVariable long eid, Model model) {
        return render(model, existing(eid), List.of(), "");
    }

    @GetMapping(value = "/enrolments/{eid}/schedule.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(@PathVariable long eid) {
        final StoredEnrolment e = existing(eid);
        final ProtocolDefinition p = store.protocolOf(e);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar",
                        java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"enrolment-" + e.id() + ".ics\"")
                .body(ScheduleCalendar.write(p.title() + " (" + e.patientId() + ")", "enrolment-" + e.id(),
                        e.enrolment().schedule(p), clock.instant()));
    }

    /**
     * The decision form: rows {@code lesion_id}, {@code uptake} (yes/no) and {@code dose_Gy}, and an optional
     * 124I plan, either as the grid of serial measurements ({@link DosimetryForm}) or pasted in {@code dosimetry}.
     */
    @PostMapping("/enrolments/{eid}/decisions")
    String decide(@PathVariable long eid, @RequestParam MultiValueMap<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return change(eid, "decision", form, model, response, redirect, () -> {
            final List<String> ids = form.getOrDefault("lesion_id", List.of());
            final List<String> uptake = form.getOrDefault("uptake", List.of());
            final List<String> doses = form.getOrDefault("dose_Gy", List.of());
            final List<LesionUptake> lesions = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i).isBlank()) {
                    continue;
                }
                final String dose = i < doses.size() ? doses.get(i).strip() : "";
                lesions.add(new LesionUptake(ids.get(i).strip(), i < uptake.size() && "yes".equals(uptake.get(i)),
                        dose.isEmpty() ? null : number("lesions[" + i + "].predicted_dose_Gy", dose)));
            }
            final String pasted = form.getFirst("dosimetry");
            final boolean grid = DosimetryForm.filled(form);
            if (grid && pasted != null && !pasted.isBlank()) {
                throw InvalidInputException.of("dosimetry", "grid and plan file", "give either the 124I "
                        + "measurements in the grid or the plan file, not both");
            }
            final String plan = grid ? DosimetryForm.plan(form) : pasted;
            final boolean hasPlan = plan != null && !plan.isBlank();
            if (lesions.isEmpty() && !hasPlan) {
                throw InvalidInputException.of("lesions", "none", "enter at least one lesion, or paste the 124I "
                        + "dosimetry plan");
            }
            return store.decide(eid, version(form), integer("check", form.getFirst("check")),
                    date("date", form.getFirst("date")), lesions, hasPlan ? plan : null, CurrentUser.principal());
        });
    }

    @PostMapping("/enrolments/{eid}/prescription")
    String prescribe(@PathVariable long eid, @RequestParam MultiValueMap<String, String> form, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        return change(eid, "prescription", form, model, response, redirect, () -> {
            final String a = form.getFirst("activity_MBq");
            return store.prescribe(eid, version(form), date("date", form.getFirst("date")),
                    a == null || a.isBlank() ? null : number("activity_MBq", a), CurrentUser.principal());
        });
    }

    /** Adds one follow-up item; {@code section} is one of {@link FollowUpJson#SECTIONS}. */
    @PostMapping("/enrolments/{eid}/follow-up/{section}")
    String addFollowUp(@PathVariable long eid, @PathVariable String section,
                       @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        return change(eid, section, form, model, response, redirect, () -> {
            final StoredEnrolment e = existing(eid);
            final String doc = FollowUpJson.add(e.followUp(), section, FollowUpForms.item(section, form));
            return store.followUp(eid, version(form), doc, CurrentUser.principal());
        });
    }

    @PostMapping("/enrolments/{eid}/follow-up/{section}/{index}/remove")
    String removeFollowUp(@PathVariable long eid, @PathVariable String section, @PathVariable int index,
                          @RequestParam MultiValueMap<String, String> form, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        return change(eid, section, form, model, response, redirect, () -> {
            final StoredEnrolment e = existing(eid);
            return store.followUp(eid, version(form), FollowUpJson.remove(e.followUp(), section, index),
                    CurrentUser.principal());
        });
    }

    private String change(long eid, String what, MultiValueMap<String, String> form, Model model,
                          HttpServletResponse response, RedirectAttributes redirect,
                          Supplier<StoredEnrolment> action) {
        final StoredEnrolment before = existing(eid);
        try {
            action.get();
            redirect.addFlashAttribute("saved", "Saved: " + what.replace('_', ' ') + ".");
            return "redirect:/enrolments/" + eid + "#" + what.replace('_', '-');
        } catch (StaleEditException e) {
            response.setStatus(409);
            model.addAttribute("entered", form.toSingleValueMap());
            return render(model, before, List.of(e.getMessage()), what);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("entered", form.toSingleValueMap());
            return render(model, before, e.messages(), what);
        }
    }

    private String render(Model model, StoredEnrolment e, List<String> errors, String failed) {
        final ProtocolDefinition p = store.protocolOf(e);
        final Enrolment en = e.enrolment();
        model.addAttribute("e", e);
        model.addAttribute("en", en);
        model.addAttribute("p", p);
        model.addAttribute("events", en.schedule(p));
        patients.find(e.patientId()).ifPresent(patient -> model.addAttribute("evidence",
                org.rediff.service.protocol.RegimenEvidence.of(evidence.list(),
                        org.rediff.service.protocol.ProtocolCandidates.genotype(patient.record()),
                        p.regimens().stream().filter(r -> r.id().equals(en.regimenId())).findFirst().orElse(null))));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        model.addAttribute("nextCheck", en.status() == Enrolment.Status.AWAITING_CHECK ? en.decisions().size() : -1);
        model.addAttribute("nextCheckDay", en.status() == Enrolment.Status.AWAITING_CHECK
                ? p.checks().get(en.decisions().size()).day() : null);
        Prescription131I.Allowed allowed = null;
        if (en.status() == Enrolment.Status.TO_RECEIVE_131I) {
            try {
                allowed = Prescription131I.largestAllowed(p.activityRule(), en.treatingDecision().orElseThrow()
                        .dosimetry());
            } catch (InvalidInputException x) {
                model.addAttribute("allowedProblem", x.getMessage());
            }
        }
        model.addAttribute("allowed", allowed);
        EnrolmentOutcome outcome = null;
        try {
            outcome = store.outcome(e);
        } catch (InvalidInputException x) {
            model.addAttribute("outcomeProblem", x.getMessage());
        }
        model.addAttribute("outcome", outcome);
        model.addAttribute("today", LocalDate.now(clock).toString());
        return "protocols/enrolment";
    }

    private StoredEnrolment existing(long eid) {
        return store.find(eid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no enrolment "
                + eid));
    }

    private static long version(MultiValueMap<String, String> form) {
        final String v = form.getFirst("row_version");
        if (v == null || !v.strip().matches("[0-9]{1,18}")) {
            throw InvalidInputException.of("row_version", v, "must be the version the form was drawn from; reload "
                    + "the page");
        }
        return Long.parseLong(v.strip());
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, null, "is required: a date yyyy-mm-dd");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException x) {
            throw InvalidInputException.of(field, "'" + text + "'", "must be a date yyyy-mm-dd");
        }
    }

    static double number(String field, String text) {
        try {
            final double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException x) {
            throw InvalidInputException.of(field, "'" + text + "'", "must be a number");
        }
    }

    static int integer(String field, String text) {
        if (text == null || !text.strip().matches("-?[0-9]{1,6}")) {
            throw InvalidInputException.of(field, text, "must be a whole number");
        }
        return Integer.parseInt(text.strip());
    }

    static Map<String, Object> map(Object... kv) {
        final Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }
}
