package org.rediff.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What reaches the servlet container's error path (an unknown path, a wrong method, a failure outside any
 * controller): an RFC 9457 problem for {@code /api/**}, the error page otherwise; never a whitelabel page or a
 * stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = "application/problem+json")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        final HttpStatus status = status(request);
        final String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ApiProblems.of(status, type(status), detail(status, request, path), path, null);
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request) {
        final String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        final HttpStatus status = status(request);
        if (path != null && path.startsWith("/api/")) {
            return problem(request);
        }
        final ModelAndView mv = new ModelAndView("error");
        mv.setStatus(status);
        mv.addObject("status", status.value());
        mv.addObject("error", status.getReasonPhrase());
        mv.addObject("message", detail(status, request, path));
        mv.addObject("path", path);
        return mv;
    }

    private static HttpStatus status(HttpServletRequest request) {
        final Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        final HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String type(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case CONTENT_TOO_LARGE -> "too-large";
            default -> "error";
        };
    }

    private static String detail(HttpStatus status, HttpServletRequest request, String path) {
        return switch (status) {
            case NOT_FOUND -> "no page or endpoint at " + path;
            case METHOD_NOT_ALLOWED -> request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String m
                    && !m.isBlank() ? m : "this method is not allowed at " + path;
            case CONTENT_TOO_LARGE -> path != null && path.startsWith("/api/")
                    ? "the request is over the limit of " + RequestSizeLimit.describe()
                    : PageRequestSizeLimit.message(request);
            case INTERNAL_SERVER_ERROR -> "an internal error occurred";
            default -> status.getReasonPhrase();
        };
    }
}
