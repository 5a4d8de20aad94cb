package org.rediff.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page request (a form post, an upload) whose declared body is over {@link UploadLimit#BYTES} is
 * answered 413 with the error page naming its size and the limit, before anything parses the body. Left to the
 * container, the multipart parser fails again while the error page is rendered (the answer was an empty 413), and
 * Spring Security's CSRF check of a plain form post would parse it first and answer 403. Runs before the security
 * filters for that reason; the REST API has its own answer ({@link RequestSizeLimit}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class PageRequestSizeLimit extends OncePerRequestFilter {
    /** Request attribute with the declared size in bytes, for the error page's message. */
    static final String SIZE_ATTRIBUTE = PageRequestSizeLimit.class.getName() + ".size";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        final long size = request.getContentLengthLong();
        if (size > UploadLimit.BYTES) {
            request.setAttribute(SIZE_ATTRIBUTE, size);
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The error page's message: the size when this filter saw it, and the limit. */
    static String message(HttpServletRequest request) {
        final String what = request.getAttribute(SIZE_ATTRIBUTE) instanceof Long size
                ? "the upload of " + String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0))
                : "the upload";
        return what + " is over the limit of " + UploadLimit.describe()
                + " (the file or pasted text and the form's other fields together); send a smaller file";
    }
}
