package org.rediff.app.patients;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.rediff.app.security.CurrentUser;
import org.rediff.app.web.Versions;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.patient.PatientRecord;
import org.rediff.io.patient.PatientJson;
import org.rediff.io.patient.PatientSection;
import org.rediff.io.patient.PatientSectionJson;
import org.rediff.service.patients.PatientFilter;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.patients.StoredPatient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The registry's REST API. A patient is the JSON of {@link PatientJson}; GET answers with its row version as ETag,
 * and PUT, DELETE and section changes need that ETag in {@code If-Match} (428 without it, 409 naming who changed
 * the record and when if it is stale). Sections (genomics, lesions, labs, therapies, RAIR assessments) are nested
 * resources: GET the list, PUT a whole new list, POST one item to add it. Every change is audited under the
 * signed-in user; researchers read the pseudonymised view.
 */
@RestController
@RequestMapping(value = "/api/v1/patients", produces = MediaType.APPLICATION_JSON_VALUE)
class PatientApiController {
    private static final String SECTIONS = "{section:genomics|lesions|labs|therapies|rair-assessments}";
    private final PatientStore store;
    private final RegistryAccess access;

    PatientApiController(PatientStore store, RegistryAccess access) {
        this.store = store;
        this.access = access;
    }

    /**
     * The patients, by id. Query parameters: {@code q} (part of the id), {@code genotype} (part of the genotype
     * summary: BRAF, RAS, RET …), {@code histology} (ptc, ftc, oncocytic, pdtc), {@code rair_status}
     * (refractory, not_refractory, not_assessed).
     */
    @GetMapping
    List<Map<String, Object>> list(@RequestParam(required = false) String q,
                                   @RequestParam(required = false) String genotype,
                                   @RequestParam(required = false) String histology,
                                   @RequestParam(name = "rair_status", required = false) String rairStatus) {
        return access.list(new PatientFilter(q, genotype, histology, rairStatus)).stream()
                .map(PatientJsonViews::summary).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestBody String json) {
        final StoredPatient created = store.create(PatientJson.read(json, "body"), CurrentUser.principal());
        return ResponseEntity.created(URI.create("/api/v1/patients/" + created.record().id()))
                .eTag(Versions.etag(created.version())).body(PatientJsonViews.patient(created));
    }

    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> one(@PathVariable String id) {
        final StoredPatient p = visible(id);
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(PatientJsonViews.patient(p));
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> replace(@PathVariable String id,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @RequestBody String json) {
        final long version = Versions.required(ifMatch);
        existing(id);
        final PatientRecord record = PatientJson.read(json, "body");
        if (!record.id().equals(id)) {
            throw InvalidInputException.of("id", "'" + record.id() + "'", "must be the id in the path, '" + id
                    + "' (a patient's id does not change)");
        }
        return saved(store.update(record, version, CurrentUser.principal()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        final long version = Versions.required(ifMatch);
        existing(id);
        store.delete(id, version, CurrentUser.principal());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/" + SECTIONS)
    ResponseEntity<List<?>> section(@PathVariable String id, @PathVariable String section) {
        final StoredPatient p = visible(id);
        return ResponseEntity.ok().eTag(Versions.etag(p.version()))
                .body(PatientSectionJson.get(p.record(), PatientSection.ofSegment(section)));
    }

    @PutMapping(value = "/{id}/" + SECTIONS, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> replaceSection(@PathVariable String id, @PathVariable String section,
                                                       @RequestHeader(name = "If-Match", required = false)
                                                       String ifMatch, @RequestBody String json) {
        final long version = Versions.required(ifMatch);
        final StoredPatient p = existing(id);
        return saved(store.update(PatientSectionJson.replace(p.record(), PatientSection.ofSegment(section), json,
                "body"), version, CurrentUser.principal()));
    }

    /** Adds one item; without If-Match it is added to the version just read (a concurrent change gives 409). */
    @PostMapping(value = "/{id}/" + SECTIONS, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> addToSection(@PathVariable String id, @PathVariable String section,
                                                     @RequestHeader(name = "If-Match", required = false)
                                                     String ifMatch, @RequestBody String json) {
        final StoredPatient p = existing(id);
        final long version = ifMatch == null || ifMatch.isBlank() ? p.version() : Versions.required(ifMatch);
        final StoredPatient updated = store.update(PatientSectionJson.append(p.record(),
                PatientSection.ofSegment(section), json, "body"), version, CurrentUser.principal());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(updated.version()))
                .body(PatientJsonViews.patient(updated));
    }

    /** The patient's changes, newest first (clinical roles only: who and when identify the care team). */
    @GetMapping("/{id}/history")
    List<Map<String, Object>> history(@PathVariable String id) {
        return org.rediff.app.admin.AuditJson.audit(store.history(id));
    }

    private static ResponseEntity<Map<String, Object>> saved(StoredPatient p) {
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(PatientJsonViews.patient(p));
    }

    private StoredPatient visible(String id) {
        return access.find(id).orElseThrow(() -> notFound(id));
    }

    private StoredPatient existing(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no patient with id '" + id + "' in the registry");
    }
}
