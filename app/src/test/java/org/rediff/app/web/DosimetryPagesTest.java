package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rediff.app.web.Html.text;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.app.dosimetry.DosimetryService;
import org.rediff.core.dosimetry.DosimetryPlanner;
import org.rediff.core.dosimetry.PlanResult;
import org.rediff.io.dosimetry.PlanInputJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dosimetry page, its downloads and {@code /api/dosimetry/plan} through MockMvc (shared web test context). */
class DosimetryPagesTest extends WebTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    DosimetryService service;

    private String example() {
        return service.example();
    }

    /** The example without patient.weight_kg. */
    private String withoutWeight() {
        final String json = example().replace("\"weight_kg\": 70, ", "");
        assertThat(json).isNotEqualTo(example());
        return json;
    }

    /** The example with the third whole-body measurement before the second. */
    private String unsortedTime() {
        final String json = example().replace("{\"hours\": 48, \"percent_administered\": 27.5}",
                "{\"hours\": 12, \"percent_administered\": 27.5}");
        assertThat(json).isNotEqualTo(example());
        return json;
    }

    @Test
    void theShippedExampleIsACopyOfTheProjectExample() throws Exception {
        final Path project = Path.of("../examples/dosimetry-plan.json");
        assertThat(project).exists();
        assertThat(example()).isEqualTo(Files.readString(project, StandardCharsets.UTF_8));
    }

    @Test
    void thePageRendersEmptyAndTheNavLinksIt() throws Exception {
        mvc.perform(get("/dosimetry")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"dosimetry-form\""),
                        containsString("id=\"plan\""), containsString("id=\"load-example\""),
                        containsString("id=\"plan-file\""), containsString("enctype=\"multipart/form-data\""),
                        containsString("hx-post=\"/dosimetry\""), containsString("data-example=\""),
                        not(containsString("id=\"rx-activity\"")), not(containsString("id=\"dosimetry-error\"")))));
        // the text area itself starts empty; ?example fills it (the Load example link without JS)
        final String empty = mvc.perform(get("/dosimetry")).andReturn().getResponse().getContentAsString();
        assertThat(textarea(empty)).isEmpty();
        final String filled = mvc.perform(get("/dosimetry").param("example", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(textarea(filled)).contains("&quot;weight_kg&quot;: 70");
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/dosimetry\"")));
        mvc.perform(get("/dosimetry/example.json")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.lesions.length()").value(3));
    }

    @Test
    void postingTheExampleShowsThePrescriptionLesionTableAndCurves() throws Exception {
        final PlanResult expected = DosimetryPlanner.plan(PlanInputJson.read(example(), "example"));
        final String html = mvc.perform(post("/dosimetry").param("plan", example())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertResult(html, expected);
        assertThat(html).contains("id=\"download-report\"", "id=\"download-json\"", "action=\"/dosimetry/report\"",
                "action=\"/dosimetry/result.json\"", "name=\"plan\" value=\"{");
    }

    @Test
    void aPlanThatShouldNotProceedSaysSoAndRendersUndefinedNumbersAsDashes() throws Exception {
        final String none = example().replaceAll("\"percent_administered\": 0\\.[0-9]+", "\"percent_administered\": 0")
                .replace("\"fit\": \"auto\"", "\"fit\": \"trapezoid\"");
        final String html = mvc.perform(post("/dosimetry").param("plan", none)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(text(html, "rx-proceed")).isEqualTo("no");
        assertThat(text(html, "rx-limited-by")).isEqualTo("cap");
        assertThat(text(html, "rx-activity")).isEqualTo("11.10");
        assertThat(html).contains("rx-stop", "by Ho 2013&#39;s rule 131I would not be given",
                        "<td class=\"num\">–</td>")
                .doesNotContain("NaN", "Infinity");
    }

    @Test
    void anUploadedFileIsPlannedToo() throws Exception {
        final PlanResult expected = DosimetryPlanner.plan(PlanInputJson.read(example(), "example"));
        final MockMultipartFile file = new MockMultipartFile("file", "patient-17.json", "application/json",
                example().getBytes(StandardCharsets.UTF_8));
        final String html = mvc.perform(multipart("/dosimetry").file(file).param("plan", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertResult(html, expected);
        assertThat(textarea(html)).contains("weight_kg");

        final MockMultipartFile bad = new MockMultipartFile("file", "bad.json", "application/json",
                withoutWeight().getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/dosimetry").file(bad)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("bad.json: patient.weight_kg is required")));
    }

    @Test
    void badInputGives400WithTheMessageNamingTheField() throws Exception {
        mvc.perform(post("/dosimetry").param("plan", withoutWeight())).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"dosimetry-error\""),
                        containsString("plan: patient.weight_kg is required"), not(containsString("Exception")),
                        not(containsString("id=\"rx-activity\"")), not(containsString("class=\"tac-plot\"")))));
        mvc.perform(post("/dosimetry").param("plan", unsortedTime())).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"dosimetry-error\""),
                        containsString("whole_body[2].hours must be later than the measurement before it"),
                        not(containsString("id=\"rx-activity\"")))));
        mvc.perform(post("/dosimetry").param("plan", "{\"patient\": ")).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("plan: not valid JSON"),
                        not(containsString("at tools.jackson")))));
        mvc.perform(post("/dosimetry").param("plan", example().replace("\"rule\"", "\"rules\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("unknown field &#39;rules&#39;")));
        mvc.perform(post("/dosimetry").param("plan", "  ")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("plan: no plan JSON")));
        mvc.perform(post("/dosimetry")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("plan: no plan JSON")));
    }

    @Test
    void theApiReturnsThePlannersPrescription() throws Exception {
        final PlanResult expected = DosimetryPlanner.plan(PlanInputJson.read(example(), "example"));
        final String body = mvc.perform(post("/api/dosimetry/plan").contentType(MediaType.APPLICATION_JSON)
                        .content(example()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andReturn().getResponse().getContentAsString();
        final JsonNode report = JSON.readTree(body);
        final JsonNode rx = report.get("prescription");
        assertThat(rx.get("activity_GBq").asDouble()).isEqualTo(expected.prescription().activityGBq());
        assertThat(rx.get("activity_mCi").asDouble()).isEqualTo(expected.prescription().activityMCi());
        assertThat(rx.get("limited_by").asString()).isEqualTo(expected.prescription().limitedBy().code());
        assertThat(rx.get("proceed").asBoolean()).isEqualTo(expected.prescription().proceed());
        assertThat(report.get("blood").get("mta_GBq").asDouble()).isEqualTo(expected.blood().mtaGBq());
        assertThat(report.get("lesions")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            final JsonNode l = report.get("lesions").get(i);
            assertThat(l.get("dose_per_GBq_Gy").asDouble()).isEqualTo(expected.lesions().get(i).dosePerGBqGy());
            assertThat(l.get("dose_per_GBq_ci").get(0).asDouble())
                    .isEqualTo(expected.lesions().get(i).dosePerGBqCi()[0]);
        }
        assertThat(report.get("method").get("monte_carlo_seed").asLong()).isEqualTo(expected.method().seed());
        assertThat(report.get("warnings")).hasSize(expected.warningGroups().size());
        assertThat(report.get("warning_groups").get(0).get("severity").asString()).isEqualTo("safety");

        mvc.perform(post("/api/dosimetry/plan").contentType(MediaType.APPLICATION_JSON).content(withoutWeight()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("patient.weight_kg is required")));
        mvc.perform(post("/api/dosimetry/plan").contentType(MediaType.APPLICATION_JSON).content(unsortedTime()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("whole_body[2].hours")));
        mvc.perform(post("/api/dosimetry/plan").contentType(MediaType.APPLICATION_JSON).content("[1, 2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
        mvc.perform(post("/api/dosimetry/plan").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("no plan JSON")));
    }

    /** Issue 17: the whole-body panel names the fit of the 48-h retention as the warning does. */
    @Test
    void theWholeBodyPanelNamesTheFitTheRetentionComesFrom() throws Exception {
        final String html = mvc.perform(post("/dosimetry").param("plan", example())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(text(html, "wb-retention-48h")).isEqualTo("34.8");
        assertThat(text(html, "wb-retention-fit")).isEqualTo("mono");
        assertThat(text(html, "wb-fit")).isEqualTo("bi");
        assertThat(html).contains("the 48-h retention is taken from the mono fit, 34.8%");
        // the blood residence time per ml carries its unit
        assertThat(html).containsPattern("id=\"blood-residence\"[^>]*>0\\.0009888</span> <span class=\"unit\">h/ml<");
    }

    /** Issue 17: whole body and blood list their candidate models like the lesions, the fit used flagged. */
    @Test
    void theCandidateTableListsEveryRegionsModels() throws Exception {
        final String html = mvc.perform(post("/dosimetry").param("plan", example())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        final String table = html.substring(html.indexOf("id=\"candidates\""));
        final String body = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        // 3 models for each of whole body, blood and three lesions
        assertThat(count(body, "<tr")).isEqualTo(15);
        final Matcher rows = Pattern.compile("<tr[^>]*>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>(.*?)</tr>",
                Pattern.DOTALL).matcher(body);
        final java.util.List<String> used = new java.util.ArrayList<>();
        while (rows.find()) {
            final Matcher badge = Pattern.compile("class=\"badge\">([^<]*)<").matcher(rows.group(3));
            if (badge.find()) {
                used.add(rows.group(1) + " " + rows.group(2) + ": " + badge.group(1));
            }
        }
        assertThat(used).containsExactly("Whole body mono: 48-h retention", "Whole body bi: residence time",
                "Blood (per ml) bi: used", "Lesion L1 uptake_washout: used", "Lesion L2 uptake_washout: used",
                "Lesion L3 uptake_washout: used");
        assertThat(body).contains("lambda_per_h = ", "h/ml", "+8.0");
    }

    /** Issue 17: the printable report is a clinical document: patient, scan times, who computed, who approves. */
    @Test
    void theReportIdentifiesThePatientTheScansAndWhoComputedAndApproves() throws Exception {
        final String bare = mvc.perform(post("/dosimetry/report").param("plan", example())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(text(bare, "report-patient-id")).isEqualTo("not given");
        assertThat(text(bare, "report-administered-at")).isEqualTo("not given");
        assertThat(text(bare, "report-computed-by")).isEqualTo("tester");
        assertThat(bare).contains("id=\"report-scans\"", "Approved by", "id=\"report-approved-by\"",
                "class=\"signature-line\"");
        assertThat(count(bare, "class=\"signature-line\"")).isEqualTo(4);
        assertThat(count(bare.substring(bare.indexOf("id=\"report-scans\"")), "<td class=\"scan-time\">not given"))
                .isEqualTo(7);

        final String plan = example()
                .replace("\"patient\": {\"weight_kg\": 70", "\"patient\": {\"id\": \"MRN-0042\", \"weight_kg\": 70")
                .replace("\"administered_MBq\": 74}", "\"administered_MBq\": 74, \"administered_at\": "
                        + "\"2026-03-02T09:30\"}");
        final String report = mvc.perform(post("/dosimetry/report").param("plan", plan)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(text(report, "report-patient-id")).isEqualTo("MRN-0042");
        assertThat(text(report, "report-administered-at")).isEqualTo("2026-03-02 09:30");
        assertThat(report).contains("2026-03-08 09:30 (from administration + 144 h)", "<title>131I plan 2.17 GBq · "
                + "patient MRN-0042");
        // the page shows the identifier too, and the numbers are those of the plan without it
        final String page = mvc.perform(post("/dosimetry").param("plan", plan)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<dt>Patient id</dt>", "<dd>MRN-0042</dd>");
        assertThat(text(page, "rx-activity")).isEqualTo("2.17");
    }

    @Test
    void theReportAndTheResultJsonDownloadTheSamePlan() throws Exception {
        final PlanResult expected = DosimetryPlanner.plan(PlanInputJson.read(example(), "example"));
        final String report = mvc.perform(post("/dosimetry/report").param("plan", example()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/html")))
                .andReturn().getResponse().getContentAsString();
        assertResult(report, expected);
        assertThat(report).contains("Dosimetry report", "@media print", "id=\"plan-json\"", "src=\"/js/print.js\"",
                "ICRP 107", "Benua").doesNotContain("<header class=\"site\"", "id=\"dosimetry-form\"",
                "<link rel=\"stylesheet\"");

        mvc.perform(post("/dosimetry/result.json").param("plan", example())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(jsonPath("$.prescription.activity_GBq").value(expected.prescription().activityGBq()))
                .andExpect(jsonPath("$.prescription.limited_by").value(expected.prescription().limitedBy().code()))
                .andExpect(jsonPath("$.lesions.length()").value(3))
                .andExpect(jsonPath("$.method.references").isArray());

        mvc.perform(post("/dosimetry/report").param("plan", withoutWeight())).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("patient.weight_kg is required"),
                        not(containsString("Exception")))));
        mvc.perform(post("/dosimetry/result.json").param("plan", unsortedTime())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("whole_body[2].hours")));
    }

    /** The result panel of the example: prescription ids, the 3-row lesion table and 5 curves. */
    private static void assertResult(String html, PlanResult expected) {
        assertThat(html).contains("id=\"rx-activity\"", "id=\"rx-limited-by\"", "id=\"rx-proceed\"",
                "id=\"blood-mta\"", "id=\"lesion-table\"", "id=\"warnings\"", "id=\"constraints\"",
                "id=\"method-summary\"", "id=\"nuclear-data\"", "id=\"mc-seed\"", "Lanconelli");
        assertThat(text(html, "rx-activity"))
                .isEqualTo(String.format(Locale.ROOT, "%.2f", expected.prescription().activityGBq()));
        assertThat(text(html, "rx-limited-by")).isEqualTo(expected.prescription().limitedBy().code());
        assertThat(text(html, "rx-proceed")).isEqualTo(expected.prescription().proceed() ? "yes" : "no");
        assertThat(text(html, "blood-mta")).isEqualTo(String.format(Locale.ROOT, "%.2f", expected.blood().mtaGBq()));
        assertThat(text(html, "mc-seed")).isEqualTo(String.valueOf(expected.method().seed()));
        final String table = html.substring(html.indexOf("id=\"lesion-table\""));
        final String body = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        assertThat(count(body, "<tr")).isEqualTo(3);
        assertThat(body).contains("id=\"lesion-L1\"", "id=\"lesion-L2\"", "id=\"lesion-L3\"", "uptake_washout");
        assertThat(count(html, "class=\"tac-plot\" data-scale=\"linear\"")).isEqualTo(5);
        assertThat(count(html, "class=\"tac-plot\" data-scale=\"log\"")).isEqualTo(5);
        assertThat(count(html, "class=\"fit\"")).isGreaterThanOrEqualTo(5);
        assertThat(html).contains("id=\"constraint-" + expected.prescription().limitedBy().code()
                + "\" class=\"binding\"");
        for (org.rediff.core.dosimetry.DosimetryWarning.Group g : expected.warningGroups()) {
            assertThat(html).contains(escape(g.summary()), escape(g.advice()));
        }
    }

    private static String textarea(String html) {
        final Matcher m = Pattern.compile("<textarea[^>]*id=\"plan\"[^>]*>([^<]*)</textarea>").matcher(html);
        assertThat(m.find()).as("textarea #plan").isTrue();
        return m.group(1);
    }

    /** Thymeleaf's HTML text escaping. */
    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
