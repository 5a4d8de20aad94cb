package org.rediff.app.evidence;

import java.util.List;
import org.rediff.core.evidence.StudyRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The evidence base as JSON: the records with all fields, nested as {@link StudyRecord} is. */
@RestController
@RequestMapping("/api/evidence")
class EvidenceApiController {
    private final EvidenceStore store;

    EvidenceApiController(EvidenceStore store) {
        this.store = store;
    }

    @GetMapping
    List<StudyRecord> list(@RequestParam(required = false) String genotype,
                           @RequestParam(required = false) String drug,
                           @RequestParam(required = false) String type,
                           @RequestParam(required = false) String uptake,
                           @RequestParam(required = false) String criterion) {
        return new EvidenceFilter(genotype, drug, type, uptake, criterion).apply(store.list());
    }

    @GetMapping("/{id}")
    StudyRecord one(@PathVariable String id) {
        return store.find(id).orElseThrow(() -> EvidencePageController.notFound(id));
    }
}
