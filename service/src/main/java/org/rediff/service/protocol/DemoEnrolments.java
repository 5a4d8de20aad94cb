package org.rediff.service.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.rediff.io.json.JsonFields;
import org.rediff.io.protocol.EnrolmentJson;
import org.rediff.service.audit.Principal;
import tools.jackson.databind.JsonNode;

/**
 * The demonstration patients on the shipped protocols, each at a different stage (resource
 * {@code demo/enrolments.json}): a complete Rothenberg 2015 course to a confirmed partial response, the NCT04554680
 * adaptive path after an insufficient one-week check, a Weber 2022 patient whose uptake is not restored (no 131I),
 * a Ho 2013 decision and dosimetric prescription from 124I dosimetry (the synthetic plan of
 * {@code examples/dosimetry-plan.json}), and MERAIODE's 131I regardless of the scan. Every step goes through
 * {@link EnrolmentStore}, so the demo shows the engine's own decisions, not stored answers.
 */
public final class DemoEnrolments {
    private DemoEnrolments() {
    }

    /**
     * Walks each demo patient who has no enrolment yet through its steps.
     *
     * @return how many patients were enrolled
     */
    public static int load(EnrolmentStore store) {
        final JsonNode list = JsonFields.parse(resource("demo/enrolments.json"), "demo/enrolments.json");
        int added = 0;
        for (JsonNode d : list) {
            final String patient = d.get("patient").asString();
            if (!store.ofPatient(patient).isEmpty()) {
                continue;
            }
            final Principal by = Principal.system();
            StoredEnrolment e = store.enrol(patient, d.get("protocol").asString(),
                    LocalDate.parse(d.get("day1").asString()), by);
            for (JsonNode c : d.get("decisions")) {
                final String plan = c.has("dosimetry") ? resource(c.get("dosimetry").asString()) : null;
                e = store.decide(e.id(), e.version(), c.get("check").asInt(), LocalDate.parse(c.get("date")
                        .asString()), c.has("lesions") ? EnrolmentJson.readLesions(c.get("lesions"), "lesions")
                        : List.of(), plan, by);
            }
            if (d.has("prescription")) {
                e = store.prescribe(e.id(), e.version(), LocalDate.parse(d.get("prescription").get("date")
                        .asString()), null, by);
            }
            if (d.has("follow_up")) {
                store.followUp(e.id(), e.version(), d.get("follow_up").toString(), by);
            }
            added++;
        }
        return added;
    }

    private static String resource(String name) {
        try (InputStream in = DemoEnrolments.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
