package org.rediff.app.patients;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rediff.app.security.CurrentUser;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;
import org.rediff.core.patient.PatientRecord;
import org.rediff.io.patient.PatientJson;
import org.rediff.io.patient.PatientSection;
import org.rediff.io.patient.PatientSectionJson;
import org.rediff.service.patients.PatientFilter;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.patients.StoredPatient;
import org.rediff.service.store.StaleEditException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry pages: the patient list with filters, a patient's page with every section and its "add" forms, and
 * the forms for a new patient and for the patient's header (birth year, sex, diagnosis, ECOG). Every form goes
 * through the JSON reader and the record's rules, exactly as the REST API does; on a problem the page comes back
 * (422) with each message beside the form and the named fields marked, the entered values kept, nothing saved. A
 * form carries the row version it was opened at; a stale save comes back (409) naming who changed it and when.
 */
@Controller
class PatientPageController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECTIONS = "{section:genomics|lesions|labs|therapies|rair-assessments}";
    private final PatientStore store;
    private final org.rediff.service.protocol.EnrolmentStore enrolments;
    private final org.rediff.service.evidence.EvidenceStore evidence;
    private final RegistryAccess access;
    private final org.rediff.service.protocol.ProtocolCatalog protocols;
    private final java.time.Clock clock;
    private final org.rediff.service.dosimetry.VoxelDosimetryRecords voxel;

    PatientPageController(PatientStore store, RegistryAccess access,
                          org.rediff.service.protocol.ProtocolCatalog protocols,
                          org.rediff.service.protocol.EnrolmentStore enrolments,
                          org.rediff.service.evidence.EvidenceStore evidence, java.time.Clock clock,
                          org.rediff.service.dosimetry.VoxelDosimetryRecords voxel) {
        this.store = store;
        this.voxel = voxel;
        this.evidence = evidence;
        this.enrolments = enrolments;
        this.access = access;
        this.protocols = protocols;
        this.clock = clock;
    }

    @GetMapping("/patients")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String genotype,
                @RequestParam(required = false) String histology,
                @RequestParam(name = "rair_status", required = false) String rairStatus, Model model,
                HttpServletResponse response) {
        final Map<String, String> filter = new LinkedHashMap<>();
        filter.put("q", q == null ? "" : q);
        filter.put("genotype", genotype == null ? "" : genotype);
        filter.put("histology", histology == null ? "" : histology);
        filter.put("rair_status", rairStatus == null ? "" : rairStatus);
        model.addAttribute("filter", filter);
        model.addAttribute("codes", PatientCodes.INSTANCE);
        model.addAttribute("research", RegistryAccess.researchView());
        model.addAttribute("canEdit", PatientPageAccess.canEdit());
        try {
            model.addAttribute("rows", access.list(new PatientFilter(q, genotype, histology, rairStatus)));
            model.addAttribute("errors", List.of());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("rows", List.of());
            model.addAttribute("errors", e.messages());
        }
        return "patients/list";
    }

    @GetMapping("/patients/{id}")
    String detail(@PathVariable String id, Model model) {
        final StoredPatient p = access.find(id).orElseThrow(() -> PatientApiController.notFound(id));
        return detail(model, p, null, Map.of(), List.of(), Set.of());
    }

    @GetMapping("/patients/new")
    String newForm(Model model) {
        final Map<String, String> blank = new LinkedHashMap<>();
        for (String k : HEADER_FIELDS) {
            blank.put(k, "");
        }
        return header(model, null, null, blank, List.of(), Set.of());
    }

    @GetMapping("/patients/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        final StoredPatient p = existing(id);
        final PatientRecord r = p.record();
        final Map<String, String> form = new LinkedHashMap<>();
        form.put("id", r.id());
        form.put("birth_year", String.valueOf(r.birthYear()));
        form.put("sex", r.sex() == null ? "" : r.sex().code());
        form.put("histology", r.diagnosis() == null || r.diagnosis().histology() == null ? ""
                : r.diagnosis().histology().code());
        form.put("diagnosis_date", r.diagnosis() == null || r.diagnosis().date() == null ? ""
                : r.diagnosis().date().toString());
        form.put("ecog", r.ecog() == null ? "" : String.valueOf(r.ecog()));
        return header(model, id, p.version(), form, List.of(), Set.of());
    }

    @PostMapping("/patients/new")
    String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return saveHeader(null, form, model, response, redirect);
    }

    @PostMapping("/patients/{id}/edit")
    String update(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        existing(id);
        return saveHeader(id, form, model, response, redirect);
    }

    @PostMapping("/patients/{id}/delete")
    String delete(@PathVariable String id, @RequestParam(name = "row_version", required = false) String version,
                  RedirectAttributes redirect, Model model, HttpServletResponse response) {
        final StoredPatient p = existing(id);
        try {
            store.delete(id, version(version), CurrentUser.principal());
        } catch (StaleEditException | InvalidInputException e) {
            response.setStatus(e instanceof StaleEditException ? 409 : 422);
            return detail(model, p, null, Map.of(), List.of(e.getMessage()), Set.of());
        }
        redirect.addFlashAttribute("saved", "Patient " + id + " deleted; the audit trail keeps the record as it was.");
        return "redirect:/patients";
    }

    /** Adds one item to a section from its form. */
    @PostMapping("/patients/{id}/sections/" + SECTIONS)
    String addItem(@PathVariable String id, @PathVariable String section,
                   @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        final PatientSection s = PatientSection.ofSegment(section);
        final Map<String, String> form = params.toSingleValueMap();
        final Map<String, Object> item = SectionForm.item(s, form, params.get("criteria"));
        return change(id, s, form, model, response, redirect, current -> PatientSectionJson.append(current, s,
                JSON.writeValueAsString(item), "form"), "Added to " + label(s) + ".");
    }

    /** Removes one item of a section (the audit trail keeps it). */
    @PostMapping("/patients/{id}/sections/" + SECTIONS + "/{index}/remove")
    String removeItem(@PathVariable String id, @PathVariable String section, @PathVariable int index,
                      @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        final PatientSection s = PatientSection.ofSegment(section);
        return change(id, s, form, model, response, redirect, current -> {
            final List<Object> items = new ArrayList<>(PatientSectionJson.get(current, s));
            if (index < 0 || index >= items.size()) {
                throw InvalidInputException.of(s.key() + "[" + index + "]", String.valueOf(index), "is not an item "
                        + "of " + label(s) + " (reload the page)");
            }
            items.remove(index);
            return PatientSectionJson.replace(current, s, JSON.writeValueAsString(items), "form");
        }, "Removed from " + label(s) + ".");
    }

    /** Adds an avidity observation (a scan's reading) to one lesion. */
    @PostMapping("/patients/{id}/sections/lesions/{index}/avidity")
    String addObservation(@PathVariable String id, @PathVariable int index, @RequestParam Map<String, String> form,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        final PatientSection s = PatientSection.LESIONS;
        return change(id, s, form, model, response, redirect, current -> {
            final List<Object> lesions = new ArrayList<>(PatientSectionJson.get(current, s));
            if (index < 0 || index >= lesions.size()) {
                throw InvalidInputException.of("lesions[" + index + "]", String.valueOf(index), "is not a lesion of "
                        + "this patient (reload the page)");
            }
            @SuppressWarnings("unchecked")
            final Map<String, Object> lesion = new LinkedHashMap<>((Map<String, Object>) lesions.get(index));
            final List<Object> observations = new ArrayList<>((List<?>) lesion.get("avidity"));
            observations.add(SectionForm.observation(form));
            lesion.put("avidity", observations);
            lesions.set(index, lesion);
            return PatientSectionJson.replace(current, s, JSON.writeValueAsString(lesions), "form");
        }, "Avidity observation added.");
    }

    @FunctionalInterface
    private interface Change {
        PatientRecord apply(PatientRecord current);
    }

    private String change(String id, PatientSection s, Map<String, String> form, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, Change change, String done) {
        final StoredPatient p = existing(id);
        try {
            final long version = version(form.get("row_version"));
            store.update(change.apply(p.record()), version, CurrentUser.principal());
        } catch (StaleEditException e) {
            response.setStatus(409);
            return detail(model, p, s, form, List.of(e.getMessage()), Set.of());
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return detail(model, p, s, form, e.messages(), fields(e, s));
        }
        redirect.addFlashAttribute("saved", done);
        return "redirect:/patients/" + id + "#" + s.segment();
    }

    private static final List<String> HEADER_FIELDS = List.of("id", "birth_year", "sex", "histology",
            "diagnosis_date", "ecog");

    private String saveHeader(String id, Map<String, String> form, Model model, HttpServletResponse response,
                              RedirectAttributes redirect) {
        final Map<String, String> entered = new LinkedHashMap<>();
        for (String k : HEADER_FIELDS) {
            entered.put(k, form.getOrDefault(k, "").strip());
        }
        if (id != null) {
            entered.put("id", id);
        }
        Long version = null;
        try {
            final Map<String, Object> json;
            if (id == null) {
                json = FormJson.object();
                json.put("synthetic", false);
            } else {
                version = version(form.get("row_version"));
                json = new LinkedHashMap<>(PatientJson.toMap(existing(id).record()));
                json.remove("ledger");
                json.remove("ecog");
            }
            FormJson.put(json, "id", entered, "id", false);
            FormJson.put(json, "birth_year", entered, "birth_year", true);
            FormJson.put(json, "sex", entered, "sex", false);
            FormJson.put(json, "ecog", entered, "ecog", true);
            final Map<String, Object> dx = FormJson.object();
            FormJson.put(dx, "histology", entered, "histology", false);
            FormJson.put(dx, "date", entered, "diagnosis_date", false);
            json.put("diagnosis", dx);
            final PatientRecord record = PatientJson.read(JSON.writeValueAsString(json), "form");
            final StoredPatient saved = id == null ? store.create(record, CurrentUser.principal())
                    : store.update(record, version, CurrentUser.principal());
            redirect.addFlashAttribute("saved", id == null ? "Patient created." : "Saved.");
            return "redirect:/patients/" + saved.record().id();
        } catch (StaleEditException e) {
            response.setStatus(409);
            return header(model, id, version, entered, List.of(e.getMessage()), Set.of());
        } catch (InvalidInputException e) {
            response.setStatus(422);
            final Set<String> invalid = new LinkedHashSet<>();
            for (Problem p : e.problems()) {
                invalid.add(p.path() == null ? "" : p.path().replace("diagnosis.date", "diagnosis_date")
                        .replace("diagnosis.histology", "histology").replace("diagnosis", "histology"));
            }
            return header(model, id, version, entered, e.messages(), invalid);
        }
    }

    private String header(Model model, String id, Long version, Map<String, String> form, List<String> errors,
                          Set<String> invalid) {
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", invalid);
        model.addAttribute("codes", PatientCodes.INSTANCE);
        return "patients/form";
    }

    /** A stored voxel summary as the page shows it (the JSON's fields, with when and by whom). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> voxelView(org.rediff.service.dosimetry.StoredVoxelDosimetry v) {
        final Map<String, Object> doc = JSON.readValue(v.document(), Map.class);
        final Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", v.id());
        m.put("at", v.createdAt().toLocalDate().toString());
        m.put("by", v.createdBy());
        m.put("kernel", ((Map<String, Object>) doc.get("kernel")).get("detail"));
        m.put("fit", doc.get("fit"));
        m.put("inputs", String.join("; ", (List<String>) doc.getOrDefault("inputs", List.of())));
        m.put("labels", doc.get("labels"));
        m.put("warnings", doc.getOrDefault("warnings", List.of()));
        return m;
    }

    private String detail(Model model, StoredPatient p, PatientSection failed, Map<String, String> form,
                          List<String> errors, Set<String> invalid) {
        final boolean research = RegistryAccess.researchView();
        model.addAttribute("p", p);
        model.addAttribute("r", p.record());
        model.addAttribute("research", research);
        model.addAttribute("canEdit", !research && PatientPageAccess.canEdit());
        model.addAttribute("history", research ? List.of() : store.history(p.record().id()));
        model.addAttribute("eligibility", research ? List.of()
                : protocols.eligibility(p.record(), java.time.LocalDate.now(clock)));
        model.addAttribute("enrolments", research ? List.of() : enrolments.ofPatient(p.record().id()));
        model.addAttribute("voxel", research ? List.of() : voxel.ofPatient(p.record().id()).stream()
                .map(PatientPageController::voxelView).toList());
        model.addAttribute("evidence", research ? null : org.rediff.service.protocol.RegimenEvidence.of(
                evidence.list(), org.rediff.service.protocol.ProtocolCandidates.genotype(p.record()), null));
        model.addAttribute("today", java.time.LocalDate.now(clock).toString());
        if (!model.containsAttribute("enrolErrors")) {
            model.addAttribute("enrolErrors", List.of());
        }
        model.addAttribute("codes", PatientCodes.INSTANCE);
        model.addAttribute("failed", failed == null ? "" : failed.segment());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", invalid);
        model.addAttribute("me", CurrentUser.principal().name());
        model.addAttribute("num", Plain.INSTANCE);
        return "patients/detail";
    }

    private StoredPatient existing(String id) {
        if (RegistryAccess.researchView()) {
            throw PatientApiController.notFound(id);
        }
        return store.find(id).orElseThrow(() -> PatientApiController.notFound(id));
    }

    private static long version(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,18}")) {
            throw InvalidInputException.of("row_version", text == null ? "missing" : "'" + text + "'", "must be the "
                    + "version of the record the form was opened at; reload the page");
        }
        return Long.parseLong(text.strip());
    }


    /** The form fields a section's problems name: {@code labs[3].value} → {@code value}. */
    private static Set<String> fields(InvalidInputException e, PatientSection s) {
        final Set<String> out = new LinkedHashSet<>();
        for (Problem p : e.problems()) {
            if (p.path() == null) {
                continue;
            }
            String f = p.path().replaceFirst("^" + s.key() + "\\[\\d+]\\.?", "");
            if (f.startsWith("avidity[")) {
                final String leaf = f.replaceFirst("^avidity\\[\\d+]\\.?", "");
                f = leaf.isEmpty() || leaf.equals("avidity") ? "avidity" : "avidity_" + leaf;
            }
            out.add(f.replaceFirst("\\[\\d+]$", ""));
        }
        return out;
    }

    private static String label(PatientSection s) {
        return switch (s) {
            case GENOMICS -> "the genomic findings";
            case LESIONS -> "the lesions";
            case LABS -> "the laboratory results";
            case THERAPIES -> "the prior therapies";
            case RAIR -> "the RAIR assessments";
        };
    }
}
