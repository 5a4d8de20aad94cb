package org.rediff.app.design;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Designs as JSON, the report of the page's download: {@code GET /api/design/simon?p0=&p1=&alpha=&beta=&nmax=} (or
 * the evidence parameters {@code outcome}, {@code genotype}, {@code measure}, {@code p0_from}, {@code p1_from}, with
 * p0 and p1 as overrides) gives the {@code DesignReport.simon} map; likewise {@code single}, {@code two-arm}
 * ({@code arm1}, {@code arm2}, {@code alpha}, {@code power}, {@code ratio}: every method) and {@code survival}
 * ({@code hr}, {@code alpha}, {@code power}, {@code allocation}, {@code median_control}, {@code accrual},
 * {@code follow_up}). Input the core rejects gives 400 {@code {"error": message}} (ApiErrorAdvice).
 */
@RestController
class DesignApiController {
    private final DesignService service;

    DesignApiController(DesignService service) {
        this.service = service;
    }

    @GetMapping("/api/design/{type:simon|single|two-arm|survival}")
    Map<String, Object> design(@PathVariable String type, DesignParams params) {
        return service.run(params.withType(type)).report();
    }
}
