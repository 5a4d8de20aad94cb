package org.rediff.app.evidence;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.StudyRecordCsv;
import org.rediff.io.evidence.StudyRecordJson;
import org.rediff.app.security.CurrentUser;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.service.evidence.ImportResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evidence base as JSON: the records with all fields, nested as {@link StudyRecord} is, in the one JSON form of
 * {@link StudyRecordJson} (snake_case keys, the documented codes); and the import of a CSV file in the evidence
 * format (what {@code rediff evidence import} sends when a server holds the data).
 */
@RestController
@RequestMapping("/api/evidence")
class EvidenceApiController {
    private final EvidenceStore store;

    EvidenceApiController(EvidenceStore store) {
        this.store = store;
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(required = false) String genotype,
                                   @RequestParam(required = false) String drug,
                                   @RequestParam(required = false) String type,
                                   @RequestParam(required = false) String uptake,
                                   @RequestParam(required = false) String criterion) {
        return StudyRecordJson.toList(new EvidenceFilter(genotype, drug, type, uptake, criterion).apply(store.list()));
    }

    /** The whole evidence base in the CSV evidence format, unfiltered (what {@code rediff evidence list} reads). */
    @GetMapping(value = "/export.csv", produces = "text/csv")
    String exportCsv() {
        final java.io.StringWriter out = new java.io.StringWriter();
        StudyRecordCsv.write(store.list(), out);
        return out.toString();
    }

    @GetMapping("/{id}")
    Map<String, Object> one(@PathVariable String id) {
        return StudyRecordJson.toMap(store.find(id).orElseThrow(() -> EvidencePageController.notFound(id)));
    }

    /**
     * Imports a CSV file (the body) in one transaction, audited under the signed-in user.
     *
     * @param actor  ignored (older CLIs sent a name); the change is recorded under the signed-in user
     * @param source the file name, recorded with each change
     * @param reason why, optional
     */
    @PostMapping(value = "/import", consumes = {"text/csv", "text/plain"})
    Map<String, Integer> importCsv(@RequestParam(required = false) String actor, @RequestParam String source,
                                   @RequestParam(required = false) String reason, @RequestBody String csv) {
        if (source.isBlank() || source.length() > 255) {
            throw new InvalidInputException("source: the file name, 1 to 255 characters");
        }
        final ImportResult result = store.importRecords(StudyRecordCsv.read(new StringReader(csv), source),
                CurrentUser.principal(), source, reason);
        return Map.of("inserted", result.inserted(), "updated", result.updated(), "unchanged", result.unchanged());
    }
}
