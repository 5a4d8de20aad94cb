package org.rediff.app.evidence;

import java.io.StringWriter;
import java.util.List;
import java.util.TreeSet;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.io.evidence.StudyRecordCsv;
import org.rediff.io.evidence.StudyRecordJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The evidence table with its filters and exports, and the page of one record with its history. */
@Controller
class EvidencePageController {
    private final EvidenceStore store;
    private final JsonMapper json;

    EvidencePageController(EvidenceStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @GetMapping("/evidence")
    String table(@RequestParam(required = false) String genotype, @RequestParam(required = false) String drug,
                 @RequestParam(required = false) String type, @RequestParam(required = false) String uptake,
                 @RequestParam(required = false) String criterion,
                 Model model) {
        final EvidenceFilter filter = new EvidenceFilter(genotype, drug, type, uptake, criterion);
        final List<StudyRecord> all = store.list();
        final List<StudyRecord> shown = filter.apply(all);
        final TreeSet<String> drugs = new TreeSet<>();
        all.forEach(r -> drugs.addAll(r.regimen().drugs()));
        model.addAttribute("filter", filter);
        model.addAttribute("rows", StudySummary.of(shown));
        model.addAttribute("total", all.size());
        model.addAttribute("drugs", drugs);
        model.addAttribute("vocabulary", Vocabulary.CODES);
        model.addAttribute("changes", store.recentChanges(8));
        return "evidence/list";
    }

    @GetMapping(value = "/evidence/export.csv", produces = "text/csv")
    ResponseEntity<String> exportCsv(@RequestParam(required = false) String genotype,
                                     @RequestParam(required = false) String drug,
                                     @RequestParam(required = false) String type,
                                     @RequestParam(required = false) String uptake,
                                     @RequestParam(required = false) String criterion) {
        final StringWriter out = new StringWriter();
        StudyRecordCsv.write(new EvidenceFilter(genotype, drug, type, uptake, criterion).apply(store.list()), out);
        return download(out.toString(), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "rediff-evidence.csv");
    }

    @GetMapping(value = "/evidence/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> exportJson(@RequestParam(required = false) String genotype,
                                      @RequestParam(required = false) String drug,
                                      @RequestParam(required = false) String type,
                                      @RequestParam(required = false) String uptake,
                                      @RequestParam(required = false) String criterion) {
        final List<StudyRecord> records =
                new EvidenceFilter(genotype, drug, type, uptake, criterion).apply(store.list());
        return download(json.writerWithDefaultPrettyPrinter().writeValueAsString(StudyRecordJson.toList(records)),
                MediaType.APPLICATION_JSON, "rediff-evidence.json");
    }

    @GetMapping("/evidence/{id}")
    String detail(@PathVariable String id, Model model) {
        final StudyRecord record = store.find(id).orElseThrow(() -> notFound(id));
        model.addAttribute("study", StudyDetail.of(record));
        model.addAttribute("history", store.history(id));
        return "evidence/detail";
    }

    static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no study with id '" + id + "'");
    }

    private static ResponseEntity<String> download(String body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
    }
}
