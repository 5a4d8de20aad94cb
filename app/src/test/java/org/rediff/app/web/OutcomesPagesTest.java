package org.rediff.app.web;

import org.rediff.service.outcomes.CohortSurvival;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rediff.app.web.Html.text;
import static org.hamcrest.Matchers.allOf;
import static org.assertj.core.api.Assertions.offset;
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

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.app.outcomes.OutcomesService;
import org.rediff.core.response.RecistEvaluator;
import org.rediff.core.response.RecistResult;
import org.rediff.core.survival.ConfidenceType;
import org.rediff.core.survival.CoxModel;
import org.rediff.io.outcomes.RecistInputJson;
import org.rediff.io.outcomes.SurvivalAnalysis;
import org.rediff.io.outcomes.SurvivalInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The outcomes pages, their downloads and {@code /api/outcomes/*} through MockMvc (shared web test context). */
class OutcomesPagesTest extends WebTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    OutcomesService service;

    /** The example cohort as the page posts it after "Load example", with some fields replaced (name, value …). */
    private MockHttpServletRequestBuilder example(String... replaced) {
        return exampleTo("/outcomes", replaced);
    }

    private MockHttpServletRequestBuilder exampleTo(String url, String... replaced) {
        final java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("cohort", service.exampleCohort());
        fields.put("time", "time");
        fields.put("event", "event");
        fields.put("group", "group");
        fields.put("times", "6, 12, 24");
        fields.put("conf_type", "log");
        fields.put("ties", "efron");
        fields.put("covariates", "");
        fields.put("unit", "months");
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        final MockHttpServletRequestBuilder request = post(url);
        fields.forEach(request::param);
        return request;
    }

    private SurvivalAnalysis expectedExample() {
        return CohortSurvival.run(SurvivalInput.read(new StringReader(service.exampleCohort()), "example", "time",
                "event", "group", List.of()), List.of(6.0, 12.0, 24.0), ConfidenceType.LOG, CoxModel.Ties.EFRON, 0.95);
    }

    private RecistResult expectedRecist(String json) {
        final RecistInputJson.Input in = RecistInputJson.read(json, "example");
        return RecistEvaluator.evaluate(in.lesions(), in.assessments(), in.settings());
    }

    @Test
    void theBundledExamplesAreCopiesOfTheProjectExamples() throws Exception {
        assertThat(service.exampleRecist())
                .isEqualTo(Files.readString(Path.of("../examples/recist-patient.json"), StandardCharsets.UTF_8));
        assertThat(service.aml()).isEqualTo(Files.readString(Path.of("../examples/aml.csv"), StandardCharsets.UTF_8));
        assertThat(Path.of("src/main/resources/outcomes/README.md")).content()
                .contains("Invented demonstration data", "best_change_pct", "ongoing");
        assertThat(service.exampleCohort()).startsWith("patient,group,age,best_change_pct,best_response,time,event,"
                + "ongoing\n").contains("DEMO-20");
    }

    @Test
    void theCohortPageRendersEmptyAndTheNavLinksIt() throws Exception {
        final String empty = mvc.perform(get("/outcomes")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"cohort-form\""), containsString("id=\"cohort\""),
                        containsString("id=\"load-example\""), containsString("id=\"cohort-file\""),
                        containsString("hx-post=\"/outcomes\""), containsString("invented demonstration data"),
                        containsString("id=\"cohort-format\""), containsString("data-set-group=\"group\""),
                        containsString("data-set-covariates=\"\""),
                        not(containsString("id=\"km-median\"")), not(containsString("id=\"outcomes-error\"")))))
                .andReturn().getResponse().getContentAsString();
        assertThat(textarea(empty, "cohort")).isEmpty();
        assertThat(value(empty, "time")).isEqualTo("time");
        assertThat(value(empty, "group")).isEmpty();
        final String filled = mvc.perform(get("/outcomes").param("example", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(textarea(filled, "cohort")).contains("DEMO-01,BRAF,54,-62.5,PR,28.4,0,true");
        assertThat(value(filled, "group")).isEqualTo("group");
        assertThat(value(filled, "times")).isEqualTo("6, 12, 24");
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/outcomes\""),
                        containsString("<h2>Outcomes</h2>"))));
        mvc.perform(get("/outcomes/example.csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("example-cohort.csv")))
                .andExpect(content().string(service.exampleCohort()));
    }

    @Test
    void theExampleCohortShowsThePlotsAndTheSurvivalTables() throws Exception {
        final SurvivalAnalysis expected = expectedExample();
        final String html = mvc.perform(example()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"waterfall\"", "id=\"swimmer\"", "id=\"km\"", "class=\"waterfall-plot\"",
                "class=\"swimmer-plot\"", "class=\"km-plot\"", "id=\"cox-table\"", "id=\"km-landmarks\"",
                "id=\"download-json\"", "formaction=\"/outcomes/waterfall.svg\"", "id=\"responses\"")
                .doesNotContain("NaN", "Infinity", "id=\"outcomes-error\"");

        // the waterfall: one bar per patient with a best change (DEMO-10 has none), largest increase first
        final String waterfall = between(html, "class=\"waterfall-plot\"", "</svg>");
        final List<Double> values = new ArrayList<>();
        final Matcher m = Pattern.compile("class=\"bar\" data-label=\"[^\"]+\" data-value=\"([^\"]+)\"")
                .matcher(waterfall);
        while (m.find()) {
            values.add(Double.parseDouble(m.group(1)));
        }
        assertThat(values).hasSize(19).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(values.get(0)).isEqualTo(31.8);
        assertThat(values.get(18)).isEqualTo(-100.0);
        assertThat(text(html, "not-drawn")).isEqualTo("DEMO-10");
        // the swimmer: every patient, 13 progressions, 6 still on study
        final String swimmer = between(html, "class=\"swimmer-plot\"", "</svg>");
        assertThat(count(swimmer, "class=\"bar\"")).isEqualTo(20);
        assertThat(count(swimmer, "class=\"event\"")).isEqualTo(13);
        assertThat(count(swimmer, "class=\"ongoing\"")).isEqualTo(5);
        // Kaplan-Meier: two groups with CI bands and the number at risk
        final String km = between(html, "class=\"km-plot\"", "</svg>");
        assertThat(count(km, "class=\"km-curve\"")).isEqualTo(2);
        assertThat(count(km, "class=\"ci-band\"")).isEqualTo(2);
        assertThat(km).contains("Number at risk", "time (months)");

        // the tables carry the analysis' numbers
        assertThat(text(html, "n-patients")).isEqualTo("20");
        assertThat(text(html, "n-events")).isEqualTo(String.valueOf(expected.overall().events()));
        assertThat(Double.parseDouble(text(html, "km-median"))).isEqualTo(expected.overall().median().estimate());
        assertThat(Double.parseDouble(text(html, "logrank-chisq")))
                .isCloseTo(expected.logRank().chiSquare(), org.assertj.core.data.Offset.offset(5e-5));
        assertThat(Double.parseDouble(text(html, "logrank-p")))
                .isCloseTo(expected.logRank().pValue(), org.assertj.core.data.Offset.offset(5e-4));
        assertThat(text(html, "logrank-df")).isEqualTo("1");
        final String landmarks = between(html, "id=\"km-landmarks\"", "</table>");
        assertThat(count(landmarks, "<tr>")).isEqualTo(4);
        assertThat(landmarks).contains(String.format(java.util.Locale.ROOT, "%.3f",
                expected.landmarks().get(1).survival()));
        // each arm at the landmarks (the per-arm numbers are checked against R in the cli's OutcomeCommandsTest)
        final String byGroup = between(html, "id=\"km-landmarks-groups\"", "</table>");
        assertThat(count(byGroup, "<tr>")).isEqualTo(1 + 2 * 3);
        final var ras = expected.groupLandmarks().get("RAS").get(2);
        assertThat(byGroup).contains(">RAS<", String.format(java.util.Locale.ROOT, "%.3f", ras.survival()));
        final String medians = between(html, "id=\"medians\"", "</table>");
        assertThat(medians).contains("id=\"group-BRAF\"", "id=\"group-RAS\"", "19.6", "10.5", "NR");
        final String cox = between(html, "id=\"cox-table\"", "</table>");
        assertThat(cox).contains("groupRAS", String.format(java.util.Locale.ROOT, "%.3f",
                expected.cox().terms().get(0).hazardRatio()));
        assertThat(html).contains("the group column &#39;group&#39; (reference: BRAF)");
        final String responses = between(html, "id=\"responses\"", "</table>");
        assertThat(responses).contains("<th>BRAF</th>", "<th>RAS</th>", "<th>All</th>", "id=\"response-orr\"",
                "7 (35%)", "non-CR/non-PD", "resp resp-PR");
    }

    @Test
    void theObjectiveResponseRateHasItsExactConfidenceInterval() throws Exception {
        // The example: 7 of 20 with CR or PR; R 4.3 binom.test(7, 20)$conf.int = 0.1539092 0.5921885.
        final String html = mvc.perform(example()).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(text(html, "orr")).isEqualTo("35.0");
        assertThat(text(html, "orr-ci")).isEqualTo("15.4–59.2%");
        final String ciRow = between(html, "id=\"response-orr-ci\"", "</tr>");
        assertThat(count(ciRow, "class=\"num\"")).isEqualTo(3);   // BRAF, RAS, All
        assertThat(ciRow).contains("Clopper-Pearson", ">15.4–59.2%<");

        // 3 responders of 10: R binom.test(3, 10)$conf.int = 0.06673951 0.65245285.
        final StringBuilder csv = new StringBuilder("patient,best_response,time,event\n");
        for (int i = 1; i <= 10; i++) {
            csv.append("P").append(i).append(i <= 3 ? ",PR," : ",SD,").append(i).append(",1\n");
        }
        final String ten = mvc.perform(post("/outcomes").param("cohort", csv.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text(ten, "orr")).isEqualTo("30.0");
        assertThat(text(ten, "orr-ci")).isEqualTo("6.7–65.2%");
        assertThat(between(ten, "id=\"response-orr-ci\"", "</tr>")).contains(">6.7–65.2%<");
    }

    @Test
    void theInventedDataNoteShowsOnlyWithTheExample() throws Exception {
        final String empty = mvc.perform(get("/outcomes")).andReturn().getResponse().getContentAsString();
        assertThat(tag(empty, "example-note")).contains("hidden");
        final String loaded = mvc.perform(get("/outcomes").param("example", "")).andReturn().getResponse()
                .getContentAsString();
        assertThat(tag(loaded, "example-note")).doesNotContain("hidden");
        // the example as a browser posts a text area (CRLF line ends): its results are marked invented
        final String analysed = mvc.perform(example("cohort", service.exampleCohort().replace("\n", "\r\n")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tag(analysed, "example-note")).doesNotContain("hidden");
        assertThat(analysed).contains("id=\"example-result-note\"");
        // the user's own cohort (here R's aml data, uploaded) is not
        final MockMultipartFile file = new MockMultipartFile("file", "aml.csv", "text/csv",
                service.aml().getBytes(StandardCharsets.UTF_8));
        final String own = mvc.perform(multipart("/outcomes").file(file).param("cohort", "").param("event", "status")
                        .param("group", "x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tag(own, "example-note")).contains("hidden");
        assertThat(own).doesNotContain("id=\"example-result-note\"");
        // nor is an edited example
        final String edited = mvc.perform(example("cohort", service.exampleCohort().replace("DEMO-01,", "P-01,")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edited).doesNotContain("id=\"example-result-note\"");
    }

    /** The opening tag of the element with this id. */
    private static String tag(String html, String id) {
        final int i = html.indexOf("id=\"" + id + "\"");
        assertThat(i).as(id).isNotNegative();
        return html.substring(html.lastIndexOf('<', i), html.indexOf('>', i) + 1);
    }

    @Test
    void covariatesAndOtherSettingsReachTheAnalysis() throws Exception {
        final String html = mvc.perform(example("covariates", "age", "conf_type", "log-log", "ties", "breslow",
                        "times", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        final String cox = between(html, "id=\"cox-table\"", "</table>");
        assertThat(cox).contains("<td>age</td>").doesNotContain("groupRAS");
        assertThat(html).contains("covariates age", "breslow", "95% CI, log-log");
        // without landmark times, every event time is a landmark
        final String landmarks = between(html, "id=\"km-landmarks\"", "</table>");
        assertThat(count(landmarks, "<tr>")).isGreaterThan(8);
        // the settings are shown again as entered
        assertThat(value(html, "covariates")).isEqualTo("age");
    }

    @Test
    void anUploadedFileWithOtherColumnNamesIsAnalysedToo() throws Exception {
        final MockMultipartFile file = new MockMultipartFile("file", "aml.csv", "text/csv",
                service.aml().getBytes(StandardCharsets.UTF_8));
        final String html = mvc.perform(multipart("/outcomes").file(file).param("cohort", "").param("time", "time")
                        .param("event", "status").param("group", "x").param("unit", "weeks"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text(html, "logrank-chisq")).isEqualTo("3.3964");
        assertThat(between(html, "id=\"group-Maintained\"", "</tr>")).contains(">31<");
        assertThat(between(html, "id=\"group-Nonmaintained\"", "</tr>")).contains(">23<");
        assertThat(html).contains("No patient has a best change",
                        "<code>best_change_pct</code> column, so there is nothing to draw", "time (weeks)",
                        "class=\"swimmer-plot\"")
                .doesNotContain("id=\"responses\"");
        assertThat(textarea(html, "cohort")).startsWith("time,status,x");

        final MockMultipartFile bad = new MockMultipartFile("file", "trial.csv", "text/csv",
                "patient,time,event\nA,3,1\nB,x,0\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/outcomes").file(bad)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("trial.csv row 2 (patient &#39;B&#39;), field time: must "
                        + "be a number &gt;= 0, got &#39;x&#39;")));
    }

    @Test
    void badCohortInputGives400WithTheMessageNamingTheRowAndField() throws Exception {
        final String badChange = service.exampleCohort().replace("DEMO-03,BRAF,47,-35.2", "DEMO-03,BRAF,47,-35.2x");
        assertThat(badChange).isNotEqualTo(service.exampleCohort());
        mvc.perform(example("cohort", badChange)).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"outcomes-error\""),
                        containsString("cohort CSV row 3 (patient &#39;DEMO-03&#39;), field best_change_pct: must be "
                                + "a percent change &gt;= -100"),
                        not(containsString("class=\"waterfall-plot\"")), not(containsString("Exception")))));
        final String badResponse = service.exampleCohort().replace("-8.3,SD", "-8.3,MR");
        mvc.perform(example("cohort", badResponse)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("row 7 (patient &#39;DEMO-07&#39;), field best_response: "
                        + "must be CR, PR, SD, PD, NE or NON_CR_NON_PD")));
        mvc.perform(example("group", "genotype")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cohort CSV: no column &#39;genotype&#39;")));
        mvc.perform(example("covariates", "age, stage")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("no column &#39;stage&#39;")));
        mvc.perform(example("times", "6, twelve")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("times: &#39;twelve&#39; is not a number")));
        mvc.perform(example("conf_type", "arcsine")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("conf_type must be log, log-log or plain, got "
                        + "&#39;arcsine&#39;")));
        mvc.perform(example("cohort", "  ")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cohort CSV: no cohort CSV; paste it")));
        mvc.perform(post("/outcomes")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("no cohort CSV")));
        // what was entered stays in the form
        final String html = mvc.perform(example("times", "6, twelve")).andReturn().getResponse()
                .getContentAsString();
        assertThat(value(html, "times")).isEqualTo("6, twelve");
        assertThat(textarea(html, "cohort")).contains("DEMO-20");
    }

    @Test
    void theDownloadsCarryTheSameAnalysis() throws Exception {
        final SurvivalAnalysis expected = expectedExample();
        mvc.perform(exampleTo("/outcomes/survival.json")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(header().string("Content-Disposition",
                        containsString("attachment; filename=\"survival.json\"")))
                .andExpect(jsonPath("$.n").value(20))
                .andExpect(jsonPath("$.km.times.length()").value(3))
                .andExpect(jsonPath("$.logrank.chisq").value(expected.logRank().chiSquare()))
                .andExpect(jsonPath("$.cox.terms[0]").value("groupRAS"));
        for (String chart : List.of("waterfall", "swimmer", "km")) {
            final String svg = mvc.perform(post("/outcomes/" + chart + ".svg").param("cohort", service.exampleCohort())
                            .param("group", "group"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", startsWith("image/svg+xml")))
                    .andExpect(header().string("Content-Disposition", containsString(chart + ".svg")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(svg).startsWith("<?xml").contains("class=\"" + (chart.equals("km") ? "km" : chart) + "-plot\"");
        }
        mvc.perform(post("/outcomes/km.svg").param("cohort", "patient,time\nA,1\n")).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("no column &#39;event&#39;"),
                        not(containsString("Exception")))));
        mvc.perform(post("/outcomes/survival.json").param("cohort", "")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("no cohort CSV")));
    }

    @Test
    void theRecistPageRendersEmptyAndFromTheExample() throws Exception {
        final String empty = mvc.perform(get("/outcomes/recist")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"recist-form\""),
                        containsString("hx-post=\"/outcomes/recist\""), containsString("id=\"load-example\""),
                        not(containsString("id=\"recist-bor\"")))))
                .andReturn().getResponse().getContentAsString();
        assertThat(textarea(empty, "recist")).isEmpty();
        final String filled = mvc.perform(get("/outcomes/recist").param("example", "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(textarea(filled, "recist")).contains("&quot;T1&quot;");
        mvc.perform(get("/outcomes/recist/example.json")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.lesions.length()").value(4));
        // the cohort page links the worksheet and back
        mvc.perform(get("/outcomes")).andExpect(content().string(containsString("href=\"/outcomes/recist\"")));
    }

    @Test
    void theRecistExampleGivesTheWorksheet() throws Exception {
        final RecistResult expected = expectedRecist(service.exampleRecist());
        final String html = mvc.perform(post("/outcomes/recist").param("recist", service.exampleRecist()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(expected.bestOverallResponse().name()).isEqualTo("PR");
        assertThat(text(html, "recist-bor")).isEqualTo("PR");
        assertThat(text(html, "recist-best-change")).isEqualTo("−50.0");
        final String sheet = between(html, "id=\"recist-worksheet\"", "</table>");
        final String body = between(sheet, "<tbody>", "</tbody>");
        assertThat(count(body, "<tr")).isEqualTo(4);
        // a column per lesion: three targets (one node) and one non-target
        assertThat(sheet).contains(">T1<", ">T2<", ">N1<", ">NT1<", "mediastinal node, short axis");
        // baseline 22 + 14 + 18 = 54; day 91 too small counts 5 mm: 13 + 5 + 9 = 27, −50% from baseline
        final String baseline = between(body, "id=\"tp-0\"", "</tr>");
        assertThat(baseline).contains(">2026-01-05<", ">54<", ">baseline<", ">present<");
        final String third = between(body, "id=\"tp-2\"", "</tr>");
        assertThat(third).contains(">too small (5)<", ">27<", ">−50.0<", ">PR<");
        final String last = between(body, "id=\"tp-3\"", "</tr>");
        assertThat(last).contains(">33<", ">−38.9<", ">+22.2<");
        assertThat(html).contains("id=\"recist-settings\"", "CR and PR need confirmation at least 28 days later",
                "Eisenhauer", "id=\"download-json\"");
        for (String note : expected.notes()) {
            assertThat(html).contains(note.replace("'", "&#39;"));
        }
        // Thyroglobulin 85 -> 24 -> 11.5 -> 19 ng/mL (suppressed): 100 (Tg - 85) / 85 by hand; structural disease on
        // imaging makes the ATA 2015 category structural incomplete (Haugen 2016).
        final String tg = between(html, "id=\"tg-table\"", "</table>");
        assertThat(count(between(tg, "<tbody>", "</tbody>"), "<tr")).isEqualTo(4);
        assertThat(tg).contains(">85<", ">baseline<", ">11.5<", ">−86.5<", ">−77.6<", ">suppressed<", ">negative<");
        assertThat(text(html, "tg-best-change")).isEqualTo("−86.5%");
        assertThat(text(html, "tg-ata")).isEqualTo("structural incomplete");
        assertThat(html).doesNotContain("id=\"tg-interference\"").contains("id=\"tg-method\"", "Haugen");
    }

    @Test
    void theRecistWorksheetSaysWhichTimePointIsUnconfirmedAndDrawsTheSpiderPlot() throws Exception {
        final String html = mvc.perform(post("/outcomes/recist").param("recist", service.exampleRecist()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The day-91 PR (follow-up 2) has only the day-182 PD after it, so it counts as SD (Eisenhauer 2009 Table
        // 3); the best response is still PR because the day-56 PR was confirmed by it, 35 >= 28 days later.
        final String notes = between(html, "id=\"recist-notes\"", "</ul>");
        assertThat(notes).contains("2026-04-06 (follow-up 2, day 91): PR not confirmed",
                "still PR, from the PR of 2026-03-02 (follow-up 1, day 56), confirmed on 2026-04-06 (follow-up 2, "
                        + "day 91)");
        final String body = between(between(html, "id=\"recist-worksheet\"", "</table>"), "<tbody>", "</tbody>");
        assertThat(between(body, "id=\"tp-2\"", "</tr>")).contains("class=\"unconfirmed small\"");
        assertThat(between(body, "id=\"tp-1\"", "</tr>")).doesNotContain("unconfirmed");
        // the spider plot: one marker per assessment, sums 54, 37, 27, 33 mm -> 0, -31.5, -50, -38.9 %
        final String spider = between(html, "class=\"spider-plot\"", "</svg>");
        final Matcher m = Pattern.compile("class=\"point\" data-day=\"(\\d+)\" data-value=\"([^\"]+)\"")
                .matcher(spider);
        final List<String> points = new ArrayList<>();
        while (m.find()) {
            points.add(m.group(1) + ":" + m.group(2));
        }
        assertThat(points).containsExactly("0:0", "56:-31.5", "91:-50", "182:-38.9");
        assertThat(spider).contains("data-value=\"20\"", "data-value=\"-30\"", "Weeks since baseline");
    }

    @Test
    void badRecistInputGives400NamingTheLesionOrField() throws Exception {
        final String small = service.exampleRecist().replace("\"T2\": 14,", "\"T2\": 8,");
        assertThat(small).isNotEqualTo(service.exampleRecist());
        mvc.perform(post("/outcomes/recist").param("recist", small)).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"recist-error\""),
                        containsString("RECIST JSON: target lesion &#39;T2&#39; is not measurable at baseline"),
                        not(containsString("id=\"recist-bor\"")), not(containsString("Exception")))));
        mvc.perform(post("/outcomes/recist").param("recist", service.exampleRecist().replace("\"role\": \"target\"",
                        "\"role\": \"index\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("lesions[0].role must be target or non_target")));
        mvc.perform(post("/outcomes/recist").param("recist", service.exampleRecist().replace("2026-03-02",
                        "2026-03-32")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("assessments[1].date must be an ISO date")));
        mvc.perform(post("/outcomes/recist").param("recist", "{\"lesions\": ")).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("RECIST JSON: not valid JSON"),
                        not(containsString("at tools.jackson")))));
        mvc.perform(post("/outcomes/recist")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("no RECIST JSON")));

        final MockMultipartFile file = new MockMultipartFile("file", "patient-7.json", "application/json",
                small.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/outcomes/recist").file(file)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("patient-7.json: target lesion &#39;T2&#39;")));
    }

    @Test
    void theRecistResultDownloads() throws Exception {
        mvc.perform(post("/outcomes/recist/result.json").param("recist", service.exampleRecist()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("recist-result.json")))
                .andExpect(jsonPath("$.best_overall_response").value("PR"))
                .andExpect(jsonPath("$.timepoints.length()").value(4));
        mvc.perform(post("/outcomes/recist/result.json").param("recist", "[]")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("the input must be a JSON object")));
    }

    @Test
    void theRecistApiReturnsTheReport() throws Exception {
        final RecistResult expected = expectedRecist(service.exampleRecist());
        mvc.perform(post("/api/outcomes/recist").contentType(MediaType.APPLICATION_JSON)
                        .content(service.exampleRecist()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.best_overall_response").value("PR"))
                .andExpect(jsonPath("$.best_change_pct").value(expected.bestChangePct()))
                .andExpect(jsonPath("$.timepoints.length()").value(4))
                .andExpect(jsonPath("$.timepoints[0].sum_mm").value(54.0))
                .andExpect(jsonPath("$.notes.length()").value(expected.notes().size()))
                .andExpect(jsonPath("$.thyroglobulin.ata_category").value("STRUCTURAL_INCOMPLETE"))
                .andExpect(jsonPath("$.thyroglobulin.samples.length()").value(4));
        mvc.perform(post("/api/outcomes/recist").contentType(MediaType.APPLICATION_JSON)
                        .content(service.exampleRecist().replace("\"N1\": 18", "\"N1\": 12")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("target lesion 'N1' is not measurable at "
                        + "baseline: short axis 12.0 mm, RECIST 1.1 needs >= 15 mm")));
        mvc.perform(post("/api/outcomes/recist").contentType(MediaType.APPLICATION_JSON)
                        .content(service.exampleRecist().replace("\"new_lesions\": false}\n  ]",
                                "\"new_lesions\": false, \"newlesions\": true}\n  ]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("unknown field 'assessments[3].newlesions'")));
        mvc.perform(post("/api/outcomes/recist").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("no RECIST JSON")));
    }

    @Test
    void theSurvivalApiReproducesRsAmlAnalysis() throws Exception {
        // R: survdiff(Surv(time, status) ~ x, data = aml) gives Chisq = 3.4 on 1 df (3.3964), p = 0.07;
        // survfit medians 31 (Maintained) and 23 (Nonmaintained)
        final String body = mvc.perform(post("/api/outcomes/survival").contentType("text/csv").content(service.aml())
                        .param("time", "time").param("event", "status").param("group", "x"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.n").value(23))
                .andExpect(jsonPath("$.logrank.df").value(1))
                .andExpect(jsonPath("$.groups[0].group").value("Maintained"))
                .andExpect(jsonPath("$.groups[0].median").value(31.0))
                .andExpect(jsonPath("$.groups[1].group").value("Nonmaintained"))
                .andExpect(jsonPath("$.groups[1].median").value(23.0))
                .andExpect(jsonPath("$.cox.terms[0]").value("groupNonmaintained"))
                .andReturn().getResponse().getContentAsString();
        final JsonNode report = JSON.readTree(body);
        assertThat(report.get("logrank").get("chisq").asDouble()).isCloseTo(3.3964, offset(5e-5));
        assertThat(report.get("logrank").get("p").asDouble()).isCloseTo(0.0653, offset(5e-5));

        final MockMultipartFile file = new MockMultipartFile("file", "aml.csv", "text/csv",
                service.aml().getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/outcomes/survival").file(file).param("time", "time").param("event", "status")
                        .param("group", "x").param("times", "12,24").param("ties", "breslow"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.logrank.df").value(1))
                .andExpect(jsonPath("$.km.times.length()").value(2))
                .andExpect(jsonPath("$.cox.ties").value("breslow"));
    }

    @Test
    void theSurvivalApiRejectsBadInputWith400() throws Exception {
        mvc.perform(post("/api/outcomes/survival").contentType("text/csv").content(service.aml())
                        .param("group", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("request body: no column 'event' (columns are "
                        + "[time, status, x])")));
        mvc.perform(post("/api/outcomes/survival").contentType("text/csv")
                        .content(service.aml().replace("13,0,Maintained", "13,2,Maintained"))
                        .param("event", "status"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("request body row 3, field status: must be 0 "
                        + "(censored) or 1 (event), got '2'")));
        mvc.perform(post("/api/outcomes/survival").contentType("text/csv").content(service.aml())
                        .param("event", "status").param("ties", "exact"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("ties must be efron or breslow, got 'exact'"));
        mvc.perform(post("/api/outcomes/survival").contentType("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("no CSV data")));
        mvc.perform(multipart("/api/outcomes/survival").param("event", "status"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("no CSV data")));
    }

    private static String value(String html, String id) {
        final Matcher m = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("input #" + id).isTrue();
        final Matcher v = Pattern.compile("value=\"([^\"]*)\"").matcher(m.group());
        return v.find() ? v.group(1) : "";
    }

    private static String textarea(String html, String id) {
        final Matcher m = Pattern.compile("<textarea[^>]*id=\"" + id + "\"[^>]*>([^<]*)</textarea>").matcher(html);
        assertThat(m.find()).as("textarea #" + id).isTrue();
        return m.group(1);
    }

    private static String between(String s, String from, String to) {
        final int i = s.indexOf(from);
        assertThat(i).as(from).isNotNegative();
        final int j = s.indexOf(to, i);
        assertThat(j).as(to + " after " + from).isPositive();
        return s.substring(i, j);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
