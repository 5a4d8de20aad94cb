package org.rediff.app.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one error body of the REST API: an RFC 9457 problem detail ({@code application/problem+json}) with the
 * status, a title, the detail message, the request path as {@code instance}, and for invalid input the list
 * {@code errors} of {@code {name, value, reason}}, one per invalid field, in the API's parameter names.
 */
final class ApiProblems {
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private ApiProblems() {
    }

    static ResponseEntity<ProblemDetail> of(HttpStatus status, String type, String detail, String path,
                                            List<Map<String, String>> errors) {
        final ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:rediff:problem:" + type));
        problem.setTitle(status.getReasonPhrase());
        if (path != null) {
            problem.setInstance(URI.create(path.replace(" ", "%20")));
        }
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
    }

    /** 400 with each structured problem as an error entry (a message-only exception gives one entry without name). */
    static ResponseEntity<ProblemDetail> invalid(InvalidInputException e, String path) {
        final List<Map<String, String>> errors = new ArrayList<>();
        for (Problem p : e.problems()) {
            errors.add(error(p.path(), p.value(), p.allowedText()));
        }
        if (errors.isEmpty()) {
            errors.add(error(null, null, e.getMessage()));
        }
        return of(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage(), path, errors);
    }

    static Map<String, String> error(String name, String value, String reason) {
        final Map<String, String> m = new LinkedHashMap<>();
        if (name != null) {
            m.put("name", name);
        }
        if (value != null) {
            m.put("value", value);
        }
        m.put("reason", reason);
        return m;
    }
}
