package org.rediff.app.synthesis;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A pooled analysis as JSON: the map of the {@code rediff meta} report contract. */
@RestController
class SynthesisApiController {
    private final SynthesisService service;

    SynthesisApiController(SynthesisService service) {
        this.service = service;
    }

    @GetMapping("/api/synthesis")
    Map<String, Object> run(SynthesisParams params) {
        return service.run(params.toRequest()).report().toMap();
    }
}
