package org.rediff.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.rediff.core.common.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The text a page works on: the uploaded file when one was sent (the upload without JavaScript), else the text
 * area; with the name messages use for it (the file's base name, or the text area's label).
 *
 * @param text   the content (null when nothing was sent)
 * @param source name for messages
 */
public record SubmittedText(String text, String source) {

    public static SubmittedText of(String textArea, MultipartFile file, String textAreaLabel) {
        if (file == null || file.isEmpty()) {
            return new SubmittedText(textArea, textAreaLabel);
        }
        final String source = baseName(file.getOriginalFilename());
        try {
            return new SubmittedText(new String(file.getBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new InvalidInputException(source + ": cannot read the uploaded file: " + e.getMessage());
        }
    }

    /** The text, or "" when none was sent (for re-showing the form). */
    public String textOrEmpty() {
        return text == null ? "" : text;
    }

    private static String baseName(String name) {
        if (name == null || name.isBlank()) {
            return "uploaded file";
        }
        final String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.isBlank() ? "uploaded file" : base;
    }
}
