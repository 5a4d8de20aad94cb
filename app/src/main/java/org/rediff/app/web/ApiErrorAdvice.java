package org.rediff.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.rediff.core.common.InvalidInputException;
import org.rediff.service.store.StaleEditException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors of the REST controllers as RFC 9457 problems ({@link ApiProblems}): 400 for invalid input (each invalid
 * field listed), missing or unknown parameters and unreadable bodies, 409 for a stale edit, 413 for an upload over
 * the limit, 415 for a wrong content type, and the status of a {@link ResponseStatusException} (404 for an unknown
 * id). Errors outside any controller (unknown path, wrong method) get the same body from {@link ErrorPages}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        return ApiProblems.invalid(e, request.getRequestURI());
    }

    @ExceptionHandler(StaleEditException.class)
    ResponseEntity<ProblemDetail> stale(StaleEditException e, HttpServletRequest request) {
        return ApiProblems.of(HttpStatus.CONFLICT, "stale-edit", e.getMessage(), request.getRequestURI(), null);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e, HttpServletRequest request) {
        final HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        final HttpStatus s = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        return ApiProblems.of(s, s == HttpStatus.NOT_FOUND ? "not-found" : "error",
                e.getReason() == null ? s.getReasonPhrase() : e.getReason(), request.getRequestURI(), null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-input", e.getParameterName() + " is required",
                request.getRequestURI(), List.of(ApiProblems.error(e.getParameterName(), null, "is required")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-input", e.getRequestPartName() + " is required",
                request.getRequestURI(), List.of(ApiProblems.error(e.getRequestPartName(), null, "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        final String value = String.valueOf(e.getValue());
        return ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-input", e.getName() + " has the wrong form, got "
                + value, request.getRequestURI(), List.of(ApiProblems.error(e.getName(), value, "has the wrong form")));
    }

    /** A body that cannot be read at all (the JSON endpoints take text and report positions themselves). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimit.TooLarge) {
                return ApiProblems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", t.getMessage(),
                        request.getRequestURI(), null);
            }
        }
        return ApiProblems.of(HttpStatus.BAD_REQUEST, "unreadable-body", "the request body cannot be read",
                request.getRequestURI(), List.of(ApiProblems.error("body", null, "cannot be read")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return ApiProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "content type " + e.getContentType() + " is not accepted here; use one of "
                        + e.getSupportedMediaTypes(), request.getRequestURI(), null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return ApiProblems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "the upload is over the limit of "
                + RequestSizeLimit.describe(), request.getRequestURI(), null);
    }
}
