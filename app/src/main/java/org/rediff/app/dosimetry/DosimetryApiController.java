package org.rediff.app.dosimetry;

import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan as JSON: the plan JSON of {@code rediff dosimetry plan} in the request body, its report map out; input the
 * core rejects gives 400 {@code {"error": message}} (ApiErrorAdvice).
 */
@RestController
class DosimetryApiController {
    private final DosimetryService service;

    DosimetryApiController(DosimetryService service) {
        this.service = service;
    }

    @PostMapping("/api/dosimetry/plan")
    Map<String, Object> plan(@RequestBody(required = false) String body) {
        return service.run(body, "request body").report();
    }
}
