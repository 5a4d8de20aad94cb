package org.rediff.app.web;

/**
 * The one size limit of what a user sends: a REST body, a page's upload or pasted text, 10 MB, so that cohort CSVs
 * and plan files of several MB fit. The request filters ({@link RequestSizeLimit}, {@link PageRequestSizeLimit}),
 * the services' input checks and application.properties (multipart and form posts) all use this size.
 */
public final class UploadLimit {
    /** Bytes of a request body; also the most characters an input may have (a character is at least a byte). */
    public static final int BYTES = 10 * 1024 * 1024;

    private UploadLimit() {
    }

    /** The limit as messages name it. */
    public static String describe() {
        return (BYTES / (1024 * 1024)) + " MB";
    }
}
