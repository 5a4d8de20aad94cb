package org.rediff.io.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.rediff.core.evidence.StudyRecord;

/**
 * The evidence base shipped with rediff ({@code evidence/studies.csv} on the classpath, curated from the source
 * table and the ITOG 2025 review; see that folder's README). Its data version is the first 12 hex digits of the
 * file's SHA-256, so every analysis can say exactly which base it used.
 */
public final class ShippedEvidence {
    public static final String RESOURCE = "/evidence/studies.csv";
    private static final String TEXT = read();

    private ShippedEvidence() {
    }

    public static List<StudyRecord> load() {
        return StudyRecordCsv.read(new StringReader(TEXT), "shipped evidence base " + RESOURCE);
    }

    /** "evidence-" + the first 12 hex digits of the SHA-256 of the shipped file. */
    public static String dataVersion() {
        try {
            final byte[] hash = MessageDigest.getInstance("SHA-256").digest(TEXT.getBytes(StandardCharsets.UTF_8));
            return "evidence-" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read() {
        try (InputStream in = ShippedEvidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the evidence base " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kept for callers that stream the raw file (exports). */
    public static InputStreamReader rawReader() {
        return new InputStreamReader(new java.io.ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }
}
