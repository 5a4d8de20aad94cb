package org.rediff.app.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.rediff.service.patients.PatientStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registry pages: a patient created, filled section by section and assessed through the forms, every invalid
 * field named in place with the entered values kept and nothing saved, stale forms refused with who and when,
 * researchers shown the research view without edit forms.
 */
class PatientPagesTest extends WebTestBase {
    @Autowired
    MockMvc mvc;

    @Autowired
    PatientStore store;

    private long version(String id) {
        return store.find(id).orElseThrow().version();
    }

    private MockHttpServletRequestBuilder section(String id, String section) {
        return post("/patients/" + id + "/sections/" + section).param("row_version", String.valueOf(version(id)));
    }

    @Test
    void aPatientIsBuiltThroughTheForms() throws Exception {
        mvc.perform(post("/patients/new").param("id", "PG-1").param("birth_year", "19x1").param("sex", "female")
                        .param("histology", "ptc").param("diagnosis_date", "2015-02-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"errors\""), containsString("birth_year"),
                        containsString("value=\"19x1\""), containsString("class=\"invalid\""))));
        mvc.perform(post("/patients/new").param("id", "PG-1").param("birth_year", "1960").param("sex", "female")
                        .param("histology", "ptc").param("diagnosis_date", "2015-02-01").param("ecog", "9"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("ecog")));
        mvc.perform(post("/patients/new").param("id", "PG-1").param("birth_year", "1960").param("sex", "female")
                        .param("histology", "ptc").param("diagnosis_date", "2015-02-01").param("ecog", "1"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/patients/PG-1"));

        mvc.perform(section("PG-1", "genomics").param("gene", "BRAF").param("hgvs_p", "p.Val600Glu")
                .param("test", "NGS panel").param("date", "2024-05-01")).andExpect(status().isFound());
        mvc.perform(section("PG-1", "lesions").param("id", "L1").param("organ", "lung").param("size_mm", "14")
                        .param("avidity_date", "2024-11-20").param("avidity_scan", "diagnostic WBS")
                        .param("avidity", "non_avid"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/patients/PG-1#lesions"));
        // a bad lab value comes back beside the lab form, kept, and nothing is saved
        final long before = version("PG-1");
        mvc.perform(section("PG-1", "labs").param("date", "2024-11-18").param("test", "tg").param("value", "high")
                        .param("tsh_state", "suppressed"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"labs-errors\""),
                        containsString("labs[0].value"), containsString("value=\"high\""))));
        org.assertj.core.api.Assertions.assertThat(version("PG-1")).isEqualTo(before);
        mvc.perform(section("PG-1", "labs").param("date", "2024-11-18").param("test", "tg").param("value", "85")
                .param("tsh_state", "suppressed")).andExpect(status().isFound());
        // refractory before any 131I is refused (ATA 2025), then accepted once the 131I is recorded
        mvc.perform(section("PG-1", "rair-assessments").param("date", "2024-12-02")
                        .param("criteria", "no_uptake_diagnostic_scan").param("refractory", "on").param("assessor", "Dr Test"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"rair-assessments-errors\""),
                        containsString("rair[0].refractory"))));
        mvc.perform(section("PG-1", "therapies").param("kind", "i131").param("date", "2015-05-05")
                .param("activity_MBq", "5550")).andExpect(status().isFound());
        mvc.perform(section("PG-1", "rair-assessments").param("date", "2024-12-02")
                .param("criteria", "no_uptake_diagnostic_scan").param("refractory", "on").param("assessor", "Dr Test")
                .param("evidence", "WBS 2024-11-20: L1 non-avid\n\nCT: L1 growing")).andExpect(status().isFound());

        mvc.perform(get("/patients/PG-1")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("p.Val600Glu"), containsString("non-avid"),
                        containsString("3013-0"), containsString("5.55 GBq"), containsString("150 mCi"),
                        containsString("CT: L1 growing"), containsString("id=\"history-list\""),
                        containsString("by <span>tester</span>"))));
        mvc.perform(get("/patients").param("rair_status", "refractory"))
                .andExpect(content().string(containsString("/patients/PG-1")));
        mvc.perform(get("/patients").param("histology", "nonsense")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("histology")));
    }

    @Test
    void staleFormsAreRefusedWithWhoAndWhen() throws Exception {
        mvc.perform(post("/patients/new").param("id", "PG-2").param("birth_year", "1970").param("sex", "male")
                .param("histology", "ftc").param("diagnosis_date", "2016-01-01")).andExpect(status().isFound());
        final String old = String.valueOf(version("PG-2"));
        mvc.perform(section("PG-2", "labs").param("date", "2024-01-01").param("test", "tsh").param("value", "0.1")
                .param("tsh_state", "suppressed")).andExpect(status().isFound());
        mvc.perform(post("/patients/PG-2/sections/labs").param("row_version", old).param("date", "2024-02-01")
                        .param("test", "tsh").param("value", "0.2").param("tsh_state", "suppressed")
                        .with(user("late").roles("CLINICIAN")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed by tester (user) at ")));
        mvc.perform(post("/patients/PG-2/edit").param("row_version", old).param("birth_year", "1971")
                        .param("sex", "male").param("histology", "ftc").param("diagnosis_date", "2016-01-01"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("value=\"1971\"")));
        mvc.perform(post("/patients/PG-2/delete").param("row_version", String.valueOf(version("PG-2"))))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/patients"));
        mvc.perform(get("/patients/PG-2")).andExpect(status().isNotFound());
    }

    @Test
    void researchersSeeTheResearchViewWithoutForms() throws Exception {
        mvc.perform(post("/patients/new").param("id", "PG-3").param("birth_year", "1955").param("sex", "female")
                .param("histology", "pdtc").param("diagnosis_date", "2012-06-01")).andExpect(status().isFound());
        final var researcher = user("reader").roles("RESEARCHER");
        final String list = mvc.perform(get("/patients").with(researcher)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"research-note\""),
                        not(containsString("PG-3")), not(containsString("id=\"new-patient\"")))))
                .andReturn().getResponse().getContentAsString();
        final String researchId = list.replaceAll("(?s).*?/patients/(R-[0-9a-f]{10}).*", "$1");
        mvc.perform(get("/patients/" + researchId).with(researcher)).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("PG-3")), not(containsString("2012-06-01")),
                        not(containsString("add-labs")), not(containsString("history-list")))));
        mvc.perform(get("/patients/PG-3").with(researcher)).andExpect(status().isNotFound());
        mvc.perform(get("/patients/new").with(researcher)).andExpect(status().isForbidden());
        mvc.perform(post("/patients/PG-3/sections/labs").with(researcher)).andExpect(status().isForbidden());
    }

    /** Hostile and malformed input on every patient form: a clear page, never a 500 or a whitelabel page. */
    @Test
    void malformedInputNeverBreaksAPage() throws Exception {
        mvc.perform(post("/patients/new").param("id", "PG-4").param("birth_year", "1961").param("sex", "male")
                .param("histology", "ptc").param("diagnosis_date", "2015-02-01")).andExpect(status().isFound());
        final String[][] headers = {{"id", "../../etc/passwd"}, {"id", "<script>alert(1)</script>"},
                {"birth_year", "1e400"}, {"birth_year", "99999999999999999999"}, {"diagnosis_date", "2024-13-45"},
                {"sex", "robot"}, {"histology", "'; drop table patient; --"}, {"ecog", "-0.5"}};
        for (String[] h : headers) {
            final java.util.Map<String, String> form = new java.util.LinkedHashMap<>(java.util.Map.of("id", "PG-X",
                    "birth_year", "1961", "sex", "male", "histology", "ptc", "diagnosis_date", "2015-02-01"));
            form.put(h[0], h[1]);
            final MockHttpServletRequestBuilder request = post("/patients/new");
            form.forEach(request::param);
            mvc.perform(request).andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(allOf(containsString("id=\"errors\""),
                            not(containsString("<script>alert(1)</script>")))));
        }
        mvc.perform(section("PG-4", "labs").param("test", "glucose").param("value", "5").param("date", "2024-01-01"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("labs[0].test")));
        mvc.perform(post("/patients/PG-4/sections/labs/7/remove").param("row_version", String.valueOf(version("PG-4"))))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/patients/PG-4/sections/labs/x/remove").param("row_version", "1"))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
                        .isBetween(400, 499));
        mvc.perform(post("/patients/PG-4/sections/labs").param("row_version", "abc").param("test", "tg"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("row_version")));
        mvc.perform(get("/patients/%3Cscript%3E")).andExpect(status().is4xxClientError())
                .andExpect(content().string(not(containsString("<script>"))));
        org.assertj.core.api.Assertions.assertThat(store.find("PG-X")).isEmpty();
    }
}
