package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registry REST API end to end on the test database: create, read, replace and delete with ETag/If-Match
 * optimistic locking, nested sections, every invalid field named by its path, the researchers' pseudonymised view,
 * the audit trail for administrators and the OpenAPI document.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class PatientApiTest extends WebTestBase {
    @Autowired
    MockMvc mvc;

    static String example(String id) throws Exception {
        return Files.readString(Path.of("../examples/patient-synthetic.json")).replace("\"DEMO-001\"", "\"" + id
                + "\"");
    }

    @Test
    void createReadReplaceDeleteWithVersions(org.springframework.boot.test.system.CapturedOutput log)
            throws Exception {
        mvc.perform(post("/api/v1/patients").contentType(MediaType.APPLICATION_JSON).content(example("API-1")))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(header().string("Location", "/api/v1/patients/API-1"))
                .andExpect(jsonPath("$.ledger.total_GBq").value(9.25))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/patients/API-1")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.genomics[0].hgvs_p").value("p.Val600Glu"));
        mvc.perform(get("/api/v1/patients").param("genotype", "braf"))
                .andExpect(jsonPath("$[*].id", hasItem("API-1")));
        mvc.perform(get("/api/v1/patients").param("genotype", "NTRK"))
                .andExpect(jsonPath("$[*].id", not(hasItem("API-1"))));

        final String changed = example("API-1").replace("\"ecog\": 1", "\"ecog\": 2");
        mvc.perform(put("/api/v1/patients/API-1").contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.detail", containsString("If-Match is required")));
        mvc.perform(put("/api/v1/patients/API-1").header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.ecog").value(2));
        // a second client still holding version 1 is refused, told who changed it and when
        mvc.perform(put("/api/v1/patients/API-1").header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content(example("API-1")).with(user("late").roles("CLINICIAN")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("changed by tester (user) at ")));
        mvc.perform(put("/api/v1/patients/API-1").header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                        .content(example("OTHER")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].name").value("id"));

        mvc.perform(get("/api/v1/patients/API-1/history")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("update")).andExpect(jsonPath("$[1].action").value("create"))
                .andExpect(jsonPath("$[0].principal.name").value("tester"));
        mvc.perform(delete("/api/v1/patients/API-1").header("If-Match", "\"1\"")).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/patients/API-1").header("If-Match", "\"2\"")).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/patients/API-1")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:rediff:problem:not-found"));
        mvc.perform(get("/api/v1/audit").param("entity_id", "API-1"))
                .andExpect(jsonPath("$[0].action").value("delete")).andExpect(jsonPath("$.length()").value(3));
        // nothing of this patient reached the log, not even on the refused and failed requests
        assertThat(log.getAll()).doesNotContain("API-1");
    }

    @Test
    void everyInvalidFieldIsNamedByItsPath(org.springframework.boot.test.system.CapturedOutput log)
            throws Exception {
        final String bad = example("API-BAD").replace("\"size_mm\": 14", "\"size_mm\": \"big\"");
        mvc.perform(post("/api/v1/patients").contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].name").value("lesions[0].size_mm"))
                .andExpect(jsonPath("$.errors[0].value").value(containsString("big")));
        // refractory without any therapeutic 131I (ATA 2025): refused with the path of the assessment
        final String noIodine = example("API-BAD").replaceAll("\\{\"kind\": \"i131\"[^}]*},?", "")
                .replace("\"description\": \"total thyroidectomy, central neck dissection\"},",
                        "\"description\": \"total thyroidectomy, central neck dissection\"}");
        mvc.perform(post("/api/v1/patients").contentType(MediaType.APPLICATION_JSON).content(noIodine))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].name", hasItem("rair[0].refractory")));
        mvc.perform(post("/api/v1/patients").contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"X\", "
                        + "\"shoe_size\": 44}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("shoe_size")));
        mvc.perform(get("/api/v1/patients/API-BAD")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/patients").param("histology", "papillary"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].name").value("histology"));
        mvc.perform(get("/api/v1/patients").param("rair_status", "yes"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].name").value("rair_status"));
        assertThat(log.getAll()).doesNotContain("API-BAD");
    }

    @Test
    void sectionsAreNestedResources() throws Exception {
        mvc.perform(post("/api/v1/patients").contentType(MediaType.APPLICATION_JSON).content(example("API-2")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/patients/API-2/labs").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2025-01-10\", \"test\": \"tg\", \"value\": 120, \"unit\": \"ng/mL\", "
                                + "\"tsh_state\": \"suppressed\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"2\""));
        mvc.perform(get("/api/v1/patients/API-2/labs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4)).andExpect(jsonPath("$[3].loinc").value("3013-0"));
        mvc.perform(put("/api/v1/patients/API-2/lesions").header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"L9\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].name").value("lesions"));
        mvc.perform(put("/api/v1/patients/API-2/lesions").header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"id\": \"L9\", \"organ\": \"bone\", \"size_mm\": 9000, \"avidity\": []}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].name").value("lesions[0].size_mm"));
        mvc.perform(put("/api/v1/patients/API-2/lesions").header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"id\": \"L9\", \"organ\": \"bone\", \"size_mm\": 22, \"avidity\": []}]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lesions.length()").value(1));
        mvc.perform(post("/api/v1/patients/API-2/therapies").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"i131\", \"date\": \"2025-02-01\", \"activity_MBq\": 7400}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ledger.total_GBq").value(16.65));
        mvc.perform(get("/api/v1/patients/API-2/rair-assessments")).andExpect(jsonPath("$[0].refractory").value(true));
        mvc.perform(get("/api/v1/patients/API-2/shoes")).andExpect(status().isNotFound());
    }

    @Test
    void researchersSeeThePseudonymisedViewAndChangeNothing() throws Exception {
        mvc.perform(post("/api/v1/patients").contentType(MediaType.APPLICATION_JSON).content(example("API-SITE-3")))
                .andExpect(status().isCreated());
        final String list = mvc.perform(get("/api/v1/patients").with(user("r").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("API-SITE-3").contains("\"id\":\"R-");
        final String researchId = list.replaceAll("(?s).*?\"id\":\"(R-[0-9a-f]{10})\".*", "$1");
        mvc.perform(get("/api/v1/patients/API-SITE-3").with(user("r").roles("RESEARCHER")))
                .andExpect(status().isNotFound());
        final String one = mvc.perform(get("/api/v1/patients/" + researchId).with(user("r").roles("RESEARCHER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id", startsWith("R-")))
                .andReturn().getResponse().getContentAsString();
        assertThat(one).doesNotContain("API-SITE-3", "Dr Demo", "2014-03-02");
        mvc.perform(put("/api/v1/patients/API-SITE-3").header("If-Match", "\"1\"").with(user("r").roles("RESEARCHER"))
                        .contentType(MediaType.APPLICATION_JSON).content(example("API-SITE-3")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patients/API-SITE-3/history").with(user("r").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(user("c").roles("CLINICIAN"))).andExpect(status().isForbidden());
    }

    @Test
    void theApiIsDocumentedByOpenApi() throws Exception {
        mvc.perform(get("/api/docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi", startsWith("3.")))
                .andExpect(jsonPath("$.paths['/api/v1/patients']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/patients/{id}/{section}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/protocols']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/protocols/validate']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/patients/{id}/enrolments']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/enrolments/{eid}/schedule.ics']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/enrolments/{eid}/decisions']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/enrolments/{eid}/prescription']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/enrolments/{eid}/follow-up']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cohort']").exists());
    }
}
