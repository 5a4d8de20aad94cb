package org.rediff.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Row versions as HTTP entity tags: a patient's ETag is its row version in quotes ({@code "3"}), and a change must
 * send it back in {@code If-Match} — the HTTP form of the optimistic locking the store enforces (RFC 9110 §13.1.1).
 */
public final class Versions {
    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names.
     *
     * @throws ResponseStatusException 428 when it is missing, 400 when it is not a version this API gave out
     */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED, "If-Match is required: send the "
                    + "ETag of the version you read (GET gives it), so that a change made meanwhile is not undone");
        }
        final String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!tag.matches("[0-9]{1,18}")) {
            throw org.rediff.core.common.InvalidInputException.of("If-Match", "'" + ifMatch + "'", "must be the "
                    + "ETag of the version you read, e.g. \"3\"");
        }
        return Long.parseLong(tag);
    }
}
