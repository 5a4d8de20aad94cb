package org.rediff.app.protocol;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rediff.app.security.CurrentUser;
import org.rediff.app.web.Versions;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.protocol.LesionUptake;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.io.json.JsonFields;
import org.rediff.io.protocol.EnrolmentJson;
import org.rediff.io.protocol.ScheduleCalendar;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.protocol.EnrolmentStore;
import org.rediff.service.protocol.StoredEnrolment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * Enrolments over REST: enrol a registry patient on a protocol, read an enrolment (decisions, prescription,
 * schedule, follow-up and responses) with its row version as ETag, its schedule as JSON or iCalendar, and the
 * changes, each with {@code If-Match}: the uptake decision (lesion measurements, or 124I dosimetry as the plan file
 * of {@code rediff dosimetry plan}), the 131I prescription and the follow-up document.
 */
@RestController
class EnrolmentApiController {
    private final EnrolmentStore store;
    private final PatientStore patients;
    private final Clock clock;

    EnrolmentApiController(EnrolmentStore store, PatientStore patients, Clock clock) {
        this.store = store;
        this.patients = patients;
        this.clock = clock;
    }

    @GetMapping(value = "/api/v1/patients/{id}/enrolments", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> ofPatient(@PathVariable String id) {
        patient(id);
        return store.ofPatient(id).stream().map(this::view).toList();
    }

    /** Body: {@code {"protocol": "ho2013-selumetinib", "day1": "2027-01-04"}}. */
    @PostMapping(value = "/api/v1/patients/{id}/enrolments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> enrol(@PathVariable String id, @RequestBody String body) {
        patient(id);
        final JsonNode n = JsonFields.parseObject(body, "body");
        JsonFields.onlyKeys(n, Set.of("protocol", "day1"), "");
        final StoredEnrolment e = store.enrol(id, JsonFields.text(n, "protocol", "protocol", null),
                JsonFields.date(n, "day1", "day1"), CurrentUser.principal());
        return ResponseEntity.created(URI.create("/api/v1/enrolments/" + e.id())).eTag(Versions.etag(e.version()))
                .body(view(e));
    }

    @GetMapping(value = "/api/v1/enrolments/{eid}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> one(@PathVariable long eid) {
        final StoredEnrolment e = enrolment(eid);
        return ResponseEntity.ok().eTag(Versions.etag(e.version())).body(view(e));
    }

    @GetMapping(value = "/api/v1/enrolments/{eid}/schedule", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> schedule(@PathVariable long eid) {
        final StoredEnrolment e = enrolment(eid);
        return ProtocolJsonViews.schedule(e.enrolment().schedule(store.protocolOf(e)));
    }

    @GetMapping(value = "/api/v1/enrolments/{eid}/schedule.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(@PathVariable long eid) {
        final StoredEnrolment e = enrolment(eid);
        final ProtocolDefinition p = store.protocolOf(e);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar",
                        java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"enrolment-" + e.id() + ".ics\"")
                .body(ScheduleCalendar.write(p.title() + " (" + e.patientId() + ")", "enrolment-" + e.id(),
                        e.enrolment().schedule(p), clock.instant()));
    }

    /**
     * Body: {@code {"check": 0, "date": "2027-02-04", "lesions": [{"lesion_id", "uptake_seen",
     * "predicted_dose_Gy"}], "dosimetry": {plan file}}}; lesions or dosimetry (or both).
     */
    @PostMapping(value = "/api/v1/enrolments/{eid}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> decide(@PathVariable long eid, @RequestBody String body,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        final long version = Versions.required(ifMatch);
        enrolment(eid);
        final JsonNode n = JsonFields.parseObject(body, "body");
        JsonFields.onlyKeys(n, Set.of("check", "date", "lesions", "dosimetry"), "");
        final JsonNode dosimetry = n.get("dosimetry");
        final List<LesionUptake> lesions = n.has("lesions") ? EnrolmentJson.readLesions(n.get("lesions"), "lesions")
                : List.of();
        if (lesions.isEmpty() && (dosimetry == null || dosimetry.isNull())) {
            throw InvalidInputException.of("lesions", "[]", "must list the measured lesions, or give dosimetry");
        }
        if (dosimetry != null && !dosimetry.isNull() && !dosimetry.isObject()) {
            throw InvalidInputException.of("dosimetry", dosimetry.toString(), "must be a dosimetry plan object (the "
                    + "file of rediff dosimetry plan)");
        }
        return saved(store.decide(eid, version, JsonFields.integer(n, "check", "check", null),
                JsonFields.date(n, "date", "date"), lesions, dosimetry == null || dosimetry.isNull() ? null
                        : dosimetry.toString(), CurrentUser.principal()));
    }

    /** Body: {@code {"date": "2027-02-11", "activity_MBq": 5000}}; without an activity, the largest allowed. */
    @PostMapping(value = "/api/v1/enrolments/{eid}/prescription", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> prescribe(@PathVariable long eid, @RequestBody String body,
                                                  @RequestHeader(value = "If-Match", required = false)
                                                  String ifMatch) {
        final long version = Versions.required(ifMatch);
        enrolment(eid);
        final JsonNode n = JsonFields.parseObject(body, "body");
        JsonFields.onlyKeys(n, Set.of("date", "activity_MBq"), "");
        final JsonNode a = n.get("activity_MBq");
        return saved(store.prescribe(eid, version, JsonFields.date(n, "date", "date"), a == null || a.isNull()
                ? null : JsonFields.number(n, "activity_MBq", "activity_MBq", null), CurrentUser.principal()));
    }

    @GetMapping(value = "/api/v1/enrolments/{eid}/follow-up", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> followUp(@PathVariable long eid) {
        final StoredEnrolment e = enrolment(eid);
        return ResponseEntity.ok().eTag(Versions.etag(e.version())).body(JsonFields.parse(e.followUp(),
                "follow-up"));
    }

    /** Body: {@code {"recist": {input of rediff recist}, "adverse_events": [...]}}. */
    @PutMapping(value = "/api/v1/enrolments/{eid}/follow-up", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> putFollowUp(@PathVariable long eid, @RequestBody String body,
                                                    @RequestHeader(value = "If-Match", required = false)
                                                    String ifMatch) {
        final long version = Versions.required(ifMatch);
        enrolment(eid);
        return saved(store.followUp(eid, version, JsonFields.parseObject(body, "body").toString(),
                CurrentUser.principal()));
    }

    private ResponseEntity<Map<String, Object>> saved(StoredEnrolment e) {
        return ResponseEntity.ok().eTag(Versions.etag(e.version())).body(view(e));
    }

    private Map<String, Object> view(StoredEnrolment e) {
        return EnrolmentViews.enrolment(e, store.protocolOf(e), store.outcome(e));
    }

    private void patient(String id) {
        if (patients.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no patient with id '" + id + "' in the "
                    + "registry");
        }
    }

    private StoredEnrolment enrolment(long eid) {
        return store.find(eid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no enrolment "
                + eid));
    }
}
