package org.rediff.service.patients;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rediff.core.patient.PatientRecord;
import org.rediff.io.patient.PatientJson;
import org.rediff.service.audit.Principal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The made-up demonstration patients of {@code rediff serve --demo} (resource {@code demo/patients.json}): ids
 * {@code DEMO-…}, every record marked synthetic so that every view says so, loaded once under rediff's own principal
 * (audited) and never over a patient that exists.
 */
public final class DemoPatients {
    private static final String RESOURCE = "/demo/patients.json";

    private DemoPatients() {
    }

    /** The demonstration records, each checked by the record's reader. */
    public static List<PatientRecord> records() {
        try (InputStream in = DemoPatients.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            final JsonMapper json = JsonMapper.builder().build();
            final List<PatientRecord> out = new ArrayList<>();
            for (JsonNode node : json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                final PatientRecord r = PatientJson.read(json.writeValueAsString(node), RESOURCE);
                if (!r.synthetic() || !r.id().startsWith("DEMO-")) {
                    throw new IllegalStateException(RESOURCE + ": " + r.id() + " must be synthetic with a DEMO- id");
                }
                out.add(r);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the demonstration patients that are not in the registry yet.
     *
     * @return how many were added
     */
    public static int load(PatientStore store) {
        int added = 0;
        for (PatientRecord r : records()) {
            if (store.find(r.id()).isEmpty()) {
                store.create(r, Principal.system());
                added++;
            }
        }
        return added;
    }
}
