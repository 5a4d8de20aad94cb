package org.rediff.app.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.app.security.CurrentUser;
import org.rediff.service.audit.Principal;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.service.evidence.ImportResult;
import org.rediff.service.store.StaleEditException;
import org.rediff.service.evidence.StoredStudy;
import org.rediff.service.evidence.StudyColumns;
import org.rediff.io.evidence.StudyRecordCsv;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The edit and new-record form. A submission is turned into a CSV row and parsed with the validation of an
 * imported file; on any problem the form comes back with the messages (HTTP 422), the fields the problems name
 * marked, and nothing is saved, otherwise
 * the record is saved through {@link EvidenceStore#save} with the signed-in user and the reason in the audit trail. An edit
 * carries the row version it was opened at; if someone saved in between, the form comes back with who and when
 * (HTTP 409) and the entered values, and nothing is saved.
 */
@Controller
class EvidenceFormController {
    private final EvidenceStore store;

    EvidenceFormController(EvidenceStore store) {
        this.store = store;
    }

    @GetMapping("/evidence/new")
    String newForm(Model model) {
        final Map<String, String> blank = new LinkedHashMap<>();
        StudyRecordCsv.COLUMNS.forEach(c -> blank.put(c, ""));
        blank.put("record_type", "prospective_trial");
        blank.put("genotype", "mixed");
        blank.put("tsh_stimulation", "not_reported");
        blank.put("uptake_method", "not_reported");
        blank.put("uptake_criterion", "not_reported");
        blank.put("i131_activity_rule", "not_reported");
        return form(model, null, null, blank, "", "", List.of(), Set.of(), Map.of());
    }

    @GetMapping("/evidence/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        final StoredStudy stored = store.findStored(id).orElseThrow(() -> EvidencePageController.notFound(id));
        return form(model, id, stored.version(), StudyColumns.of(stored.record()), "", "", List.of(), Set.of(),
                Map.of());
    }

    @PostMapping("/evidence/new")
    String create(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return save(null, params, model, response, redirect);
    }

    @PostMapping("/evidence/{id}/edit")
    String update(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        store.find(id).orElseThrow(() -> EvidencePageController.notFound(id));
        return save(id, params, model, response, redirect);
    }

    private String save(String id, Map<String, String> params, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        final Map<String, String> cells = new LinkedHashMap<>();
        StudyRecordCsv.COLUMNS.forEach(c -> cells.put(c, params.getOrDefault(c, "").strip()));
        if (id != null) {
            cells.put("id", id);
        }
        // The change is recorded under the signed-in user; the form no longer asks for a name.
        final Principal editor = CurrentUser.principal();
        final String actor = editor.name();
        final String reason = params.getOrDefault("reason", "").strip();
        final List<String> errors = new ArrayList<>();
        final Set<String> invalid = new LinkedHashSet<>();
        final Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        Long version = null;
        if (id != null) {
            version = parseVersion(params.get("row_version"));
            if (version == null) {
                errors.add("row_version: the version of the record you edited is missing or not a number; reload "
                        + "the form");
            }
        }
        if (id == null && !cells.get("id").isEmpty() && store.find(cells.get("id")).isPresent()) {
            final String exists = "id: a study with id '" + cells.get("id") + "' exists already; edit that one instead";
            errors.add(exists);
            invalid.add("id");
            fieldErrors.computeIfAbsent("id", k -> new ArrayList<>()).add(exists);
        }
        StudyRecord record = null;
        try {
            record = StudyColumns.toRecord(cells, EvidenceStore.WEB_FORM);
        } catch (InvalidInputException e) {
            errors.addAll(messages(e));
            invalid.addAll(invalidFields(e));
            fieldMessages(e, fieldErrors);
        }
        if (errors.isEmpty()) {
            try {
                final ImportResult result = store.save(record, version, editor, EvidenceStore.WEB_FORM, reason);
                redirect.addFlashAttribute("saved", result.inserted() > 0 ? "Saved as a new record."
                        : result.updated() > 0 ? "Saved. The change is recorded in the history below."
                        : "Nothing changed, so nothing was saved.");
                return "redirect:/evidence/" + record.id();
            } catch (InvalidInputException e) {
                errors.addAll(messages(e));
                invalid.addAll(invalidFields(e));
                fieldMessages(e, fieldErrors);
            } catch (StaleEditException e) {
                errors.add(e.getMessage());
                response.setStatus(409);
                return form(model, id, version, cells, actor, reason, errors, invalid, fieldErrors);
            }
        }
        response.setStatus(422);
        return form(model, id, version, cells, actor, reason, errors, invalid, fieldErrors);
    }

    private static Long parseVersion(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String form(Model model, String id, Long version, Map<String, String> cells, String actor,
                        String reason, List<String> errors, Set<String> invalid,
                        Map<String, List<String>> fieldErrors) {
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        model.addAttribute("cells", cells);
        model.addAttribute("actor", actor);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", invalid);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("sections", FormLayout.SECTIONS);
        model.addAttribute("action", id == null ? "/evidence/new" : "/evidence/" + id + "/edit");
        return "evidence/form";
    }

    /**
     * The messages of a validation failure, one per problem as the problem words it (so without the "web form row 1
     * (id X): " of the one-row file the form is read as); a failure without problems gives its message.
     */
    static List<String> messages(InvalidInputException e) {
        if (e.problems().isEmpty()) {
            return List.of(e.getMessage().split("\n"));
        }
        return e.problems().stream().map(Problem::message).distinct().toList();
    }

    /**
     * Each problem's message under the field it is about (its path), so that the form shows it beside the input as
     * well as in the list at the top: a long form is corrected where the value is, not by searching for it.
     */
    static void fieldMessages(InvalidInputException e, Map<String, List<String>> out) {
        for (Problem p : e.problems()) {
            if (p.path() != null && StudyRecordCsv.COLUMNS.contains(p.path())) {
                final List<String> list = out.computeIfAbsent(p.path(), k -> new ArrayList<>());
                if (!list.contains(p.message())) {
                    list.add(p.message());
                }
            }
        }
    }

    /** The columns a validation failure concerns: each problem's path and the columns it names, in form order. */
    static Set<String> invalidFields(InvalidInputException e) {
        final Set<String> named = new HashSet<>();
        e.problems().forEach(p -> named.addAll(p.names()));
        final Set<String> out = new LinkedHashSet<>();
        StudyRecordCsv.COLUMNS.stream().filter(named::contains).forEach(out::add);
        return out;
    }
}
