package org.rediff.app.outcomes;

import java.util.Locale;
import java.util.Map;
import org.rediff.app.web.SubmittedText;
import org.rediff.core.common.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Outcomes as JSON. {@code POST /api/outcomes/recist}: the input of {@code rediff recist} in the body, its report
 * map out. {@code POST /api/outcomes/survival}: a CSV as the body ({@code text/csv}) or as the multipart part
 * {@code file}, the settings as query parameters ({@code time}, {@code event}, {@code group}, {@code covariates},
 * {@code times}, {@code conf_type}, {@code ties}), the report map of {@code rediff survival --format json} out. Input
 * the core rejects gives 400 {@code {"error": message}} (ApiErrorAdvice). {@code POST /api/outcomes/adverse-events}:
 * an event listing as the body ({@code text/csv}), {@code treated} and {@code related_only} as query parameters, the
 * report map of {@code rediff adverse-events --format json} out.
 */
@RestController
class OutcomesApiController {
    private final OutcomesService service;

    OutcomesApiController(OutcomesService service) {
        this.service = service;
    }

    @PostMapping("/api/outcomes/recist")
    Map<String, Object> recist(@RequestBody(required = false) String body) {
        return service.recist(body, "request body").report();
    }

    @PostMapping(value = "/api/outcomes/survival", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> survivalUpload(@RequestPart(name = "file", required = false) MultipartFile file,
                                       @RequestParam(required = false) String time,
                                       @RequestParam(required = false) String event,
                                       @RequestParam(required = false) String group,
                                       @RequestParam(required = false) String covariates,
                                       @RequestParam(required = false) String times,
                                       @RequestParam(name = "conf_type", required = false) String confType,
                                       @RequestParam(required = false) String ties) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("no CSV data; send it as the multipart part 'file' or as the body "
                    + "(text/csv)");
        }
        final SubmittedText in = SubmittedText.of(null, file, "uploaded file");
        return service.survival(in.text(), in.source(), new CohortForm(time, event, group, times, confType, ties, covariates,
                null)).toMap();
    }

    @PostMapping("/api/outcomes/survival")
    Map<String, Object> survival(@RequestBody(required = false) String body,
                                 @RequestParam(required = false) String time,
                                 @RequestParam(required = false) String event,
                                 @RequestParam(required = false) String group,
                                 @RequestParam(required = false) String covariates,
                                 @RequestParam(required = false) String times,
                                 @RequestParam(name = "conf_type", required = false) String confType,
                                 @RequestParam(required = false) String ties) {
        return service.survival(body, "request body", new CohortForm(time, event, group, times, confType, ties,
                covariates, null)).toMap();
    }

    @PostMapping("/api/outcomes/adverse-events")
    Map<String, Object> adverseEvents(@RequestBody(required = false) String body,
                                      @RequestParam(required = false) String treated,
                                      @RequestParam(name = "related_only", required = false) String relatedOnly) {
        final boolean related = switch (relatedOnly == null ? "" : relatedOnly.strip().toLowerCase(Locale.ROOT)) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw new InvalidInputException("related_only must be true or false, got '" + relatedOnly
                    + "'");
        };
        return service.adverseEvents(body, "request body", treated, related).report();
    }
}
