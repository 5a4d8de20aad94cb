package org.rediff.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies of REST calls are limited to {@value #LIMIT_BYTES} bytes (cohort CSVs and plan files of several MB fit):
 * a declared Content-Length over it is refused at once with a 413 problem; a body without one is counted as it is
 * read and fails the same way when it passes the limit. Multipart uploads have the same limit
 * (application.properties).
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {
    static final long LIMIT_BYTES = UploadLimit.BYTES;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String describe() {
        return UploadLimit.describe();
    }

    /** Read past the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the request body is over the limit of " + describe());
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT_BYTES) {
            final var problem = ApiProblems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "the request body of "
                    + request.getContentLengthLong() + " bytes is over the limit of " + describe(),
                    request.getRequestURI(), null).getBody();
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(ApiProblems.PROBLEM_JSON.toString());
            response.getOutputStream().write(JSON.writeValueAsBytes(problem));
            return;
        }
        chain.doFilter(new Counted(request), response);
    }

    /** Counts the bytes read and stops at the limit. */
    private static final class Counted extends HttpServletRequestWrapper {
        Counted(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            final ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    final int b = in.read();
                    if (b >= 0 && ++read > LIMIT_BYTES) {
                        throw new TooLarge();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    final int n = in.read(buf, off, len);
                    if (n > 0 && (read += n) > LIMIT_BYTES) {
                        throw new TooLarge();
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
