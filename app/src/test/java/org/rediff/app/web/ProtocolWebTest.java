package org.rediff.app.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The protocol catalogue over REST and as pages: the shipped definitions, a schedule as JSON and iCalendar (the
 * Rothenberg 2015 131I on day 42 from a first dose on 2025-03-03 is 2025-04-13), a site definition checked with
 * every problem named, and a registry patient's eligibility.
 */
class ProtocolWebTest extends WebTestBase {
    @Autowired
    MockMvc mvc;

    @Test
    void theCatalogueAndSchedules() throws Exception {
        mvc.perform(get("/api/v1/protocols")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItems("ho2013-selumetinib",
                        "rothenberg2015-dabrafenib", "weber2022-genotype-guided", "meraiode-treat-regardless",
                        "nct04554680-adaptive")));
        mvc.perform(get("/api/v1/protocols/rothenberg2015-dabrafenib/schedule").param("start", "2025-03-03"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'i131')].date").value("2025-04-13"))
                .andExpect(jsonPath("$[?(@.kind == 'i131')].study_day").value(42));
        mvc.perform(get("/api/v1/protocols/rothenberg2015-dabrafenib/schedule.ics").param("start", "2025-03-03"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(content().string(allOf(containsString("BEGIN:VCALENDAR"),
                        containsString("DTSTART;VALUE=DATE:20250413"))));
        mvc.perform(get("/api/v1/protocols/rothenberg2015-dabrafenib/schedule").param("start", "3 March"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].name").value("start"));
        mvc.perform(get("/api/v1/protocols/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/protocols")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rothenberg 2015")));
        mvc.perform(get("/protocols/nct04554680-adaptive").param("start", "2025-03-03")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"timeline\""),
                        containsString("if uptake is not restored at day 8"), containsString("id=\"unverified\""))));
    }

    @Test
    void aSiteDefinitionIsCheckedWithEveryPath() throws Exception {
        final String yaml = """
                id: site-trametinib
                title: Site trametinib protocol
                citation: site SOP
                eligibility: {histologies: [ptc]}
                regimens: [{id: t, genotypes: [ras], drugs: [{name: trametinib, dose: 2 mg}]}]
                uptake_checks: [{day: 29, method: 124I_PET, scan_days_after_tracer: [1, 2, 4]}]
                uptake_rule: {kind: lesion_dose, threshold_Gy: 20}
                i131_days_after_check: 7
                activity_rule: {kind: fixed, fixed_MBq: 5550}
                """;
        mvc.perform(post("/api/v1/protocols/validate").contentType("application/yaml").content(yaml))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value("site-trametinib"));
        mvc.perform(post("/api/v1/protocols/validate").contentType("application/yaml")
                        .content(yaml.replace("fixed_MBq: 5550", "fixed_MBq: 55500")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].name").value("activity_rule.fixed_MBq"));
        mvc.perform(post("/protocols/check").param("format", "yaml").param("text",
                        yaml.replace("day: 29", "day: 0")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("uptake_checks[0].day")));
        mvc.perform(post("/protocols/check").param("format", "yaml").param("text", yaml))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"valid\"")));
    }

    @Test
    void aPatientsEligibilityIsShown() throws Exception {
        final String patient = PatientApiTest.example("PROT-1");
        mvc.perform(post("/api/v1/patients").contentType(MediaType.APPLICATION_JSON).content(patient))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/patients/PROT-1/eligibility")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.protocol == 'rothenberg2015-dabrafenib')].eligible").value(true))
                .andExpect(jsonPath("$[?(@.protocol == 'rothenberg2015-dabrafenib')].regimen.evidence[0]")
                        .value("P02"));
        mvc.perform(get("/patients/PROT-1")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"eligibility-table\""),
                        containsString("dabrafenib 150 mg twice daily"))));
    }

    /** A site's own definition stored from a file on the page and through the API, then offered beside the rest. */
    @Test
    void siteProtocolsAreStoredFromAFileOrTheApi() throws Exception {
        final String ho = mvc.perform(get("/api/v1/protocols/ho2013-selumetinib")).andReturn().getResponse()
                .getContentAsString();
        final String site = ho.replace("\"ho2013-selumetinib\"", "\"site-web-1\"");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/protocols/new")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "site.json",
                                "application/json", site.replace("\"version\":1", "\"version\":0").getBytes(
                                java.nio.charset.StandardCharsets.UTF_8))).param("format", "json"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("version")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/protocols/new")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "site.json",
                                "application/json", site.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("format", "json"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/protocols/site-web-1"));
        mvc.perform(get("/protocols")).andExpect(content().string(containsString("site, version 1")));
        mvc.perform(post("/api/v1/protocols").contentType(MediaType.APPLICATION_JSON)
                        .content(site.replace("\"version\":1", "\"version\":2")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(post("/api/v1/protocols").contentType(MediaType.APPLICATION_JSON).content(ho))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].name").value("id"));
        mvc.perform(get("/api/v1/protocols")).andExpect(jsonPath("$[*].id", hasItem("site-web-1")));
    }
}
