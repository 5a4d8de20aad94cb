package org.rediff.app.protocol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.io.protocol.ProtocolJson;
import org.rediff.io.protocol.ScheduleCalendar;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.protocol.ProtocolCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Protocols over REST: the catalogue, one definition in its file format, the check of a site's own definition
 * (JSON, or YAML with a YAML content type), a protocol's schedule from a start date as JSON or iCalendar, and a
 * registry patient's eligibility for every protocol.
 */
@RestController
class ProtocolApiController {
    private final ProtocolCatalog catalog;
    private final PatientStore patients;
    private final Clock clock;

    ProtocolApiController(ProtocolCatalog catalog, PatientStore patients, Clock clock) {
        this.catalog = catalog;
        this.patients = patients;
        this.clock = clock;
    }

    @GetMapping(value = "/api/v1/protocols", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> list() {
        return catalog.list().stream().map(ProtocolJsonViews::summary).toList();
    }

    @GetMapping(value = "/api/v1/protocols/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> one(@PathVariable String id) {
        return ProtocolJson.toMap(definition(id));
    }

    /** Checks a definition without storing it: 200 with the definition as read, or 400 naming every problem. */
    @PostMapping(value = "/api/v1/protocols/validate", consumes = {MediaType.APPLICATION_JSON_VALUE,
            "application/yaml", "application/x-yaml", "text/yaml"}, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> validate(@RequestHeader("Content-Type") String type, @RequestBody String body) {
        return ProtocolJson.toMap(ProtocolJson.read(body, type.contains("yaml") ? "body.yaml" : "body"));
    }

    /**
     * Stores a site protocol (JSON, or YAML with a YAML content type): 201 with the definition, or 400 naming every
     * problem; a new id is version 1, a change to a site protocol the next version.
     */
    @PostMapping(value = "/api/v1/protocols", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml",
            "application/x-yaml", "text/yaml"}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestHeader("Content-Type") String type, @RequestBody String body) {
        final ProtocolDefinition p = catalog.save(ProtocolJson.read(body, type.contains("yaml") ? "body.yaml"
                : "body"), org.rediff.app.security.CurrentUser.principal());
        return ResponseEntity.created(java.net.URI.create("/api/v1/protocols/" + p.id())).body(ProtocolJson.toMap(p));
    }

    /** The schedule from the first inhibitor dose on {@code start} (ISO date; default today). */
    @GetMapping(value = "/api/v1/protocols/{id}/schedule", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> schedule(@PathVariable String id, @RequestParam(required = false) String start) {
        return ProtocolJsonViews.schedule(catalog.schedule(definition(id).id(), date(start)));
    }

    @GetMapping(value = "/api/v1/protocols/{id}/schedule.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(@PathVariable String id, @RequestParam(required = false) String start) {
        final ProtocolDefinition p = definition(id);
        final LocalDate day1 = date(start);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"" + p.id() + "-" + day1 + ".ics\"")
                .body(ScheduleCalendar.write(p.title(), p.id() + "-" + day1, catalog.schedule(p.id(), day1),
                        clock.instant()));
    }

    /** A registry patient against every protocol (clinical roles; researchers see cohort views instead). */
    @GetMapping(value = "/api/v1/patients/{id}/eligibility", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> eligibility(@PathVariable String id) {
        final var patient = patients.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no patient with id '" + id + "' in the registry"));
        return catalog.eligibility(patient.record(), LocalDate.now(clock)).stream()
                .map(e -> ProtocolJsonViews.eligibility(e.protocol(), e.check())).toList();
    }

    private ProtocolDefinition definition(String id) {
        return catalog.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no protocol with id '" + id + "'; GET /api/v1/protocols lists them"));
    }

    private LocalDate date(String start) {
        if (start == null || start.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(start.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("start", "'" + start + "'", "must be an ISO date yyyy-mm-dd (the first "
                    + "inhibitor dose)");
        }
    }
}
