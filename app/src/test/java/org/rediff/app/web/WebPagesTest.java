package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.service.evidence.StudyColumns;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.StudyRecordCsv;
import org.rediff.io.evidence.StudyRecordJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pages, exports, edit form and REST API through MockMvc. */
class WebPagesTest extends WebTestBase {
    @Autowired
    MockMvc mvc;
    @Autowired
    EvidenceStore store;

    @Test
    void homeLinksThePagesAndHtmxIsServed() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/evidence\""),
                        containsString("href=\"/synthesis\""), containsString("/webjars/htmx.org/"))));
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/css/rediff.css")).andExpect(status().isOk());
    }

    @Test
    void evidenceTableFilters() throws Exception {
        mvc.perform(get("/evidence")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"study-P01a\""),
                        containsString("https://pubmed.ncbi.nlm.nih.gov/23406027/"),
                        containsString("https://doi.org/10.1056/NEJMoa1209288"), containsString("class=\"flag\""))));
        mvc.perform(get("/evidence").param("genotype", "RAS")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"study-P01c\""),
                        not(containsString("id=\"study-P01b\"")),
                        containsString("/evidence/export.csv?genotype=RAS"))));
        mvc.perform(get("/evidence").param("type", "case_report").param("drug", "larotrectinib"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"study-P01a\""))));
        mvc.perform(get("/evidence").param("uptake", "124I_PET")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"study-P01a\"")));
        mvc.perform(get("/evidence").param("genotype", "KRAS_G12C")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("genotype must be one of")));
    }

    @Test
    void exportsHaveTheirContentTypesAndTheFilteredRows() throws Exception {
        final String csv = mvc.perform(get("/evidence/export.csv").param("genotype", "RAS"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        final List<StudyRecord> rows = StudyRecordCsv.read(new StringReader(csv), "export");
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.regimen().genotype())
                .isEqualTo(StudyRecord.Genotype.RAS));

        mvc.perform(get("/evidence/export.json")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$[0].id").value("P01a"))
                .andExpect(jsonPath("$[0].citation.pmid").value("23406027"))
                .andExpect(jsonPath("$[0].uptake.evaluable").value(20))
                .andExpect(jsonPath("$[0].record_type").value("prospective_trial"))
                .andExpect(jsonPath("$[0].citation.first_author").value("Ho AL"))
                .andExpect(jsonPath("$[0].regimen.tsh_stimulation").value("rhTSH"))
                .andExpect(jsonPath("$[0].uptake.method").value("124I_PET"))
                .andExpect(jsonPath("$[0].uptake.treated_131i").value(8))
                .andExpect(jsonPath("$[0].provenance.n_restored.confidence").value("high"))
                .andExpect(jsonPath("$[0].alternatives[0].field").value("n_restored"));
    }

    @Test
    void detailShowsProvenanceAlternativesAndHistory() throws Exception {
        mvc.perform(get("/evidence/P01a")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"field-n_restored\""),
                        containsString("Ho 2013 abstract, 12 of 20 with any 124I uptake increase"),
                        containsString("id=\"alternatives-flag\""), containsString("id=\"history\""),
                        containsString("shipped base evidence-"))));
        mvc.perform(get("/evidence/NOPE")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("no study with id")));
    }

    @Test
    void theEditFormRejectsRestoredAboveEvaluableAndSavesNothing() throws Exception {
        final int before = store.history("P01b").size();
        final Map<String, String> cells = StudyColumns.of(store.find("P01b").orElseThrow());
        final String version = String.valueOf(store.findStored("P01b").orElseThrow().version());
        mvc.perform(form(post("/evidence/P01b/edit"), cells, "n_restored", "10").param("row_version", version))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"errors\""),
                        containsString("n_restored = 10 exceeds n_evaluable = 9"))));
        assertThat(store.find("P01b").orElseThrow().uptake().restored()).isEqualTo(4);
        assertThat(store.history("P01b")).hasSize(before);

        assertThat(store.history("P01b")).hasSize(before);
    }

    @Test
    void aValidEditIsSavedAndRecordedInTheHistory() throws Exception {
        final Map<String, String> cells = StudyColumns.of(store.find("P02").orElseThrow());
        final String version = String.valueOf(store.findStored("P02").orElseThrow().version());
        mvc.perform(form(post("/evidence/P02/edit"), cells, "notes", "Checked against the full text.")
                        .param("reason", "full-text check").param("row_version", version))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/evidence/P02"));
        // a second editor who opened the same version is refused, with who and when, and nothing is undone
        mvc.perform(form(post("/evidence/P02/edit"), cells, "notes", "An older view of the record.")
                        .param("row_version", version).with(user("late").roles("CLINICIAN")))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("was changed by tester (user) at "),
                        containsString("An older view of the record."))));
        assertThat(store.find("P02").orElseThrow().notes()).isEqualTo("Checked against the full text.");
        assertThat(store.history("P02").get(0)).satisfies(a -> {
            assertThat(a.action()).isEqualTo("update");
            assertThat(a.actor()).isEqualTo("tester (user)");
            assertThat(a.source()).isEqualTo("web form");
            assertThat(a.reason()).isEqualTo("full-text check");
            assertThat(a.changedFields()).containsExactly("notes");
        });
        mvc.perform(get("/evidence/P02")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("tester (user)"), containsString("full-text check"))));
        mvc.perform(get("/evidence/P02/edit")).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("name=\"actor\"")),
                        containsString("Checked against the full text."))));
    }

    @Test
    void aNewRecordCanBeAdded() throws Exception {
        final Map<String, String> cells = new java.util.LinkedHashMap<>(StudyColumns.of(store.find("C01").orElseThrow()));
        cells.put("id", "C99");
        cells.put("label", "A new case");
        // The new-study form starts every controlled field at "not reported", never at a silent first choice.
        final String blank = mvc.perform(get("/evidence/new")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (String select : List.of("uptake_method", "uptake_criterion", "i131_activity_rule")) {
            final int at = blank.indexOf("id=\"f-" + select + "\"");
            assertThat(blank.substring(at, blank.indexOf("</select>", at))).as(select)
                    .contains("<option value=\"not_reported\" selected=\"selected\">");
        }
        mvc.perform(form(post("/evidence/new"), cells, "notes", "added in a test").param("actor", "ignored"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/evidence/C99"));
        assertThat(store.history("C99")).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo("insert"));
        mvc.perform(form(post("/evidence/new"), cells, "notes", "again").param("actor", "ignored"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("exists already")));
    }

    @Test
    void restApiListsRecordsAndReportsErrorsAsJson() throws Exception {
        mvc.perform(get("/api/evidence").param("genotype", "BRAF_V600E")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].regimen.genotype").value("BRAF_V600E"));
        mvc.perform(get("/api/evidence/P01a")).andExpect(status().isOk()).andExpect(jsonPath("$.label").exists());
        mvc.perform(get("/api/evidence/NOPE")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("NOPE")));
        mvc.perform(get("/api/evidence").param("type", "meta_analysis")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("type must be one of")));
        // by the kind of uptake definition: Dunn 2019 (P03) counts only the dosimetry threshold
        mvc.perform(get("/api/evidence").param("criterion", "dosimetry_threshold")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.hasItems("P01d", "P03", "P05")))
                .andExpect(jsonPath("$[*].uptake.criterion").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("dosimetry_threshold"))));
        mvc.perform(get("/evidence").param("criterion", "any_increase")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ho 2013 – BRAF cohort"),
                        not(containsString("Dunn 2019")))));
        mvc.perform(get("/api/evidence").param("criterion", "some")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("criterion must be one of")));
    }

    /** The API, the JSON export and the CLI give the records in the one form of {@link StudyRecordJson}. */
    @Test
    void theApiAndTheJsonExportGiveTheRecordsInTheOneJsonForm() throws Exception {
        final JsonMapper mapper = JsonMapper.builder().build();
        final Object expected = mapper.readValue(StudyRecordJson.write(store.list()), List.class);
        final String api = mvc.perform(get("/api/evidence")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(mapper.readValue(api, List.class)).isEqualTo(expected);
        final String export = mvc.perform(get("/evidence/export.json")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(mapper.readValue(export, List.class)).isEqualTo(expected);
        final String one = mvc.perform(get("/api/evidence/P01d")).andExpect(status().isOk())
                .andExpect(jsonPath("$.record_type").value("trial_cohort"))
                .andExpect(jsonPath("$.parent_id").value("P01a"))
                .andExpect(jsonPath("$.regimen.genotype").value("RET_fusion"))
                .andExpect(jsonPath("$.uptake.criterion").value("dosimetry_threshold"))
                .andReturn().getResponse().getContentAsString();
        assertThat(mapper.readValue(one, Map.class))
                .isEqualTo(mapper.readValue(mapper.writeValueAsString(StudyRecordJson.toMap(
                        store.find("P01d").orElseThrow())), Map.class));
        assertThat(api).doesNotContain("\"recordType\"", "\"DOSIMETRY_THRESHOLD\"", "\"RHTSH\"", "\"I124_PET\"",
                "\"HIGH\"", "\"BRAF_OTHER\"");
    }

    @Test
    void apiSynthesisReturnsNumbers() throws Exception {
        mvc.perform(get("/api/synthesis").param("outcome", "uptake").param("measure", "PLO").param("method", "REML")
                        .param("by", "genotype"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measure").value("PLO"))
                .andExpect(jsonPath("$.k").value(greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.estimate").value(allOf(greaterThan(0.0), lessThan(1.0))))
                .andExpect(jsonPath("$.ci_lower").isNumber())
                .andExpect(jsonPath("$.tau2").isNumber())
                .andExpect(jsonPath("$.subgroups[0].group").exists())
                .andExpect(jsonPath("$.provenance.data_version").value(startsWith("db-")));
        mvc.perform(get("/api/synthesis").param("outcome", "response").param("measure", "GLMM"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.method").value("ML"));
        mvc.perform(get("/api/synthesis").param("outcome", "uptake").param("mods", "year"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.coefficients[1].name").value("year"));
    }

    @Test
    void badSynthesisParametersGive400WithAMessage() throws Exception {
        mvc.perform(get("/api/synthesis").param("measure", "XYZ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("measure must be one of")));
        mvc.perform(get("/api/synthesis").param("level", "150")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("level")));
        mvc.perform(get("/synthesis").param("outcome", "uptake").param("measure", "GLMM").param("knha", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"synthesis-error\""),
                        containsString("not available with measure GLMM"), not(containsString("Exception")))));
        mvc.perform(get("/synthesis/forest.svg").param("outcome", "nonsense")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("outcome must be one of")));
    }

    @Test
    void synthesisPageShowsThePlotNumbersAndDownloads() throws Exception {
        mvc.perform(get("/synthesis")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"synthesis-form\""),
                        not(containsString("id=\"pooled-estimate\"")))));
        mvc.perform(get("/synthesis").param("outcome", "uptake").param("measure", "PLO").param("method", "REML")
                        .param("by", "genotype").param("types", "prospective_trial", "trial_cohort"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"forest-plot\""),
                        containsString("id=\"pooled-estimate\""), containsString("id=\"pooled-ci\""),
                        containsString("id=\"tau2\""), containsString("id=\"i2\""), containsString("id=\"q-between\""),
                        containsString("/synthesis/forest.svg?outcome=uptake&amp;measure=PLO"),
                        containsString("Viechtbauer"))));
        final String query = "?outcome=uptake&measure=PLO&method=REML&by=genotype";
        mvc.perform(get("/synthesis/forest.svg" + query)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("image/svg+xml")))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/synthesis/studies.csv" + query)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(startsWith("id,study,events,total,proportion,ci_lower,ci_upper,weight_percent")));
        mvc.perform(get("/synthesis/report.json" + query)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.subgroups").isArray());
    }

    /** Leave-one-out on the page, in its links and in the API (the numbers: MetaforOracleTest, metafor leave1out). */
    @Test
    void leaveOneOutIsShownAndKeptInTheDownloads() throws Exception {
        final String json = mvc.perform(get("/api/synthesis").param("outcome", "uptake").param("loo", "true"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.leave_one_out").isArray())
                .andReturn().getResponse().getContentAsString();
        final JsonNode report = JsonMapper.builder().build()
                .readTree(json);
        final int k = report.get("k").asInt();
        assertThat(report.get("leave_one_out").size()).isEqualTo(k);
        final JsonNode first = report.get("leave_one_out").get(0);
        final String html = mvc.perform(get("/synthesis").param("outcome", "uptake").param("loo", "on"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        final int table = html.indexOf("id=\"leave-one-out\"");
        assertThat(table).isPositive();
        final String body = html.substring(table, html.indexOf("</table>", table));
        assertThat(body.split("<tr>", -1).length - 2).as("rows").isEqualTo(k);
        assertThat(body).contains(">" + first.get("omitted").asString() + "<",
                ">" + String.format(Locale.ROOT, "%.3f", first.get("estimate").asDouble()) + "<");
        assertThat(html).contains("/synthesis/report.json?outcome=uptake", "&amp;loo=true");
        mvc.perform(get("/synthesis")).andExpect(content().string(not(containsString("id=\"leave-one-out\""))));
        mvc.perform(get("/api/synthesis").param("loo", "perhaps")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("loo must be true or false, got 'perhaps'"));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> cells,
                                                      String column, String value) {
        cells.forEach((k, v) -> request.param(k, k.equals(column) ? value : v));
        return request;
    }
}
