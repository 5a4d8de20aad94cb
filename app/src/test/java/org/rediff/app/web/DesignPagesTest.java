package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.core.design.DesignRequirements;
import org.rediff.core.design.SimonTwoStage;
import org.rediff.core.design.SingleStageExact;
import org.rediff.core.design.SurvivalSampleSize;
import org.rediff.core.design.TwoProportions;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.design.DesignReport;
import org.rediff.service.design.EvidencePlanning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The design page, its downloads and {@code /api/design/*} through MockMvc (shared web test context). */
class DesignPagesTest extends WebTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Simon 1989, table 1: p0 = 0.1, p1 = 0.3, α = 0.05, β = 0.2. */
    private static final String SIMON_1989 = "/design?type=simon&source=given&p0=0.1&p1=0.3&alpha=0.05&beta=0.2";

    @Autowired
    MockMvc mvc;
    @Autowired
    EvidenceStore store;

    private String page(String url, int status) throws Exception {
        return mvc.perform(get(url)).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The text of the table row with this id, tags removed and blanks collapsed. */
    private static String row(String html, String id) {
        final Matcher m = Pattern.compile("<tr id=\"" + id + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row " + id).isTrue();
        return m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    private static String byId(String html, String id) {
        final Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("element " + id).isTrue();
        return m.group(1).strip();
    }

    @Test
    void simonShowsTheOptimalAndMinimaxDesignsOfSimon1989WithThePlot() throws Exception {
        final String html = page(SIMON_1989, 200);
        assertThat(row(html, "simon-optimal")).startsWith("Optimal").contains(" 1/10 5/29 15.01 0.7361 ")
                .contains("0.0471 0.8051").endsWith("0.00 – 0.29");
        assertThat(row(html, "simon-minimax")).startsWith("Minimax").contains(" 1/15 5/25 19.51 0.5490 ")
                .contains("0.0328 0.8017").endsWith("0.73 – 1.00");
        // the admissible designs between them (Jung 2004): 1/12, 5/26 and 1/11, 5/27
        assertThat(html).contains("<td class=\"num strong\">1/12</td>", "<td class=\"num strong\">5/27</td>");
        assertThat(Pattern.compile("<tr class=\"admissible\"").matcher(html).results().count()).isEqualTo(4);
        assertThat(html).contains("id=\"oc-plot\"", "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"oc-plot\"",
                "data-design=\"optimal\"", "data-design=\"minimax\"", "data-name=\"p0\" data-p=\"0.1\"",
                "data-name=\"p1\" data-p=\"0.3\"",
                "href=\"/design/report.json?type=simon&amp;source=given&amp;p0=0.1&amp;p1=0.3&amp;alpha=0.05",
                "href=\"/design/oc.svg?type=simon", "Optimal: enrol 10; stop for futility if 1 or fewer of them "
                        + "respond. Otherwise enrol 19 more (29 in all) and declare the treatment promising if more "
                        + "than 5 of the 29 respond.", "Simon R. Optimal two-stage designs")
                .doesNotContain("id=\"design-warnings\"", "id=\"planning-source\"", "id=\"design-error\"");
        // the nav and the home page link the page
        assertThat(html).contains("href=\"/design\" class=\"active\"");
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("<a class=\"card\" href=\"/design\">"), containsString("href=\"/design\""))));
    }

    @Test
    void theEmptyPageHasTheFormOfEachTypeAndTheEvidenceGenotypes() throws Exception {
        final String simon = page("/design", 200);
        assertThat(simon).contains("id=\"design-form\"", "id=\"source-evidence\"", "id=\"p0-from\"",
                        "<option value=\"RAS\">RAS</option>", "<option value=\"GLMM\" selected=\"selected\">GLMM",
                        "id=\"tab-simon\" aria-current=\"page\" class=\"active\"", "href=\"/design?type=single\"")
                .doesNotContain("id=\"simon-table\"", "id=\"design-error\"", "id=\"arm1\"");
        final List<String> inBase = store.list().stream().map(r -> r.regimen().genotype())
                .distinct().map(org.rediff.io.evidence.StudyRecordCsv::code).toList();
        for (String g : inBase) {
            assertThat(simon).contains("<option value=\"" + g + "\"");
        }
        assertThat(page("/design?type=two-arm", 200)).contains("id=\"arm1\"", "id=\"arm2\"", "id=\"ratio\"",
                "id=\"tab-two-arm\" aria-current=\"page\" class=\"active\"")
                .doesNotContain("id=\"p0\"", "id=\"two-arm-table\"");
        assertThat(page("/design?type=survival", 200)).contains("id=\"hr\"", "id=\"median-control\"",
                "name=\"follow_up\"").doesNotContain("id=\"survival-events\"");
        assertThat(page("/design?type=cluster", 400)).contains("id=\"design-error\"",
                "type must be one of [simon, single, two-arm, survival], got &#39;cluster&#39;");
    }

    @Test
    void planningFromTheEvidenceForRasUptakeNamesItsSource() throws Exception {
        final List<StudyRecord> records = store.list();
        final EvidencePlanning.Values expected = EvidencePlanning.plan(records, EvidenceStore.dataVersionOf(records),
                EvidenceSelection.Outcome.UPTAKE, StudyRecord.Genotype.RAS, PoolingModel.GLMM,
                EvidencePlanning.From.LOWER, EvidencePlanning.From.ESTIMATE);
        final String html = page("/design?type=simon&source=evidence&outcome=uptake&genotype=RAS&measure=GLMM"
                + "&p0_from=lower&p1_from=estimate&alpha=0.05&beta=0.2", 200);
        final String source = byId(html, "planning-source");
        assertThat(source).isEqualTo(expected.description()).contains("RAS", "GLMM", "uptake restoration",
                store.dataVersion());
        assertThat(byId(html, "planning-p0")).isEqualTo(String.format(Locale.ROOT, "%.4f", expected.p0())
                .replaceAll("0+$", ""));
        assertThat(byId(html, "planning-estimate")).isEqualTo(String.format(Locale.ROOT, "%.3f",
                expected.pooled().estimate()));
        for (String id : expected.studyIds()) {
            assertThat(html).contains("href=\"/evidence/" + id + "\"");
        }
        final SimonTwoStage.Result r = SimonTwoStage.search(new DesignRequirements(expected.p0(), expected.p1(),
                0.05, 0.2), 150);
        assertThat(row(html, "simon-optimal")).contains(" " + r.optimal().r1() + "/" + r.optimal().n1() + " "
                + r.optimal().r() + "/" + r.optimal().n() + " ");
        assertThat(row(html, "simon-minimax")).contains(" " + r.minimax().r1() + "/" + r.minimax().n1() + " "
                + r.minimax().r() + "/" + r.minimax().n() + " ");
        assertThat(html).contains("class=\"oc-plot\"").doesNotContain("id=\"design-warnings\"");

        // an override replaces one value, keeps the other, and says so
        final String overridden = page("/design?type=simon&source=evidence&outcome=uptake&genotype=RAS&p0=0.5",
                200);
        assertThat(byId(overridden, "planning-p0")).isEqualTo("0.5");
        assertThat(overridden).contains("entered, overriding the lower 95% CI bound",
                "p0 = 0.5 was entered instead of the evidence", "id=\"design-warnings\"");
        // a genotype with too few cohorts, and one that does not exist
        assertThat(page("/design?type=simon&source=evidence&outcome=uptake&genotype=KRAS", 400))
                .contains("genotype must be one of [all, ", "(the genotypes in the evidence base)");
    }

    @Test
    void p1NotAboveP0Gives400NamingBothWithoutCommandLineOptions() throws Exception {
        final String html = page("/design?type=simon&source=given&p0=0.3&p1=0.1", 400);
        assertThat(byId(html, "design-error")).contains("The design cannot be computed");
        assertThat(html).contains("p1 must be greater than p0 (0.3), got 0.1").doesNotContain("--p",
                "Exception", "id=\"simon-table\"");
        mvc.perform(get("/api/design/simon").param("p0", "0.3").param("p1", "0.1"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("p1 must be greater than p0 (0.3), got 0.1"))
                .andExpect(jsonPath("$.errors[0].name").value("p1"))
                .andExpect(jsonPath("$.errors[0].value").value("0.1"))
                .andExpect(jsonPath("$.errors[0].reason").value("must be greater than p0 (0.3)"));
        mvc.perform(get("/api/design/simon").param("p0", "abc").param("p1", "0.3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("p0 must be a number, got 'abc'"));
        mvc.perform(get("/api/design/simon").param("p0", "0.1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("give p0 and p1")));
        mvc.perform(get("/api/design/simon").param("p0", "0.1").param("p1", "0.3").param("beta", "0.2")
                        .param("power", "0.8")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("beta cannot be given with power; give one of them, got 0.2"));
        mvc.perform(get("/api/design/simon").param("p0", "0.1").param("p1", "0.3").param("nmax", "600"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("nmax must be at most 250 on the web page and the API")));
        mvc.perform(get("/api/design/simon").param("p0", "0.1").param("p1", "0.3").param("alpha", "0.7"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("alpha must be in (0, 0.5], got 0.7"));
        mvc.perform(get("/design/report.json").param("p0", "0.3").param("p1", "0.1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("p1 must be greater than p0"),
                        not(containsString("Exception")))));
    }

    @Test
    void theApiReturnsTheSameDesignsAsTheCoreAndThePage() throws Exception {
        final String body = mvc.perform(get("/api/design/simon").param("p0", "0.1").param("p1", "0.3")
                        .param("alpha", "0.05").param("beta", "0.2").param("nmax", "150"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.optimal.r1").value(1)).andExpect(jsonPath("$.optimal.n1").value(10))
                .andExpect(jsonPath("$.optimal.r").value(5)).andExpect(jsonPath("$.optimal.n").value(29))
                .andExpect(jsonPath("$.minimax.r1").value(1)).andExpect(jsonPath("$.minimax.n1").value(15))
                .andExpect(jsonPath("$.minimax.r").value(5)).andExpect(jsonPath("$.minimax.n").value(25))
                .andExpect(jsonPath("$.assumptions.p0").value(0.1))
                .andExpect(jsonPath("$.assumptions.beta").value(0.2))
                .andExpect(jsonPath("$.assumptions.source").value("entered on the web page"))
                .andReturn().getResponse().getContentAsString();
        final Map<String, Object> assumptions = new LinkedHashMap<>();
        assumptions.put("source", "entered on the web page");
        assumptions.put("p0", 0.1);
        assumptions.put("p1", 0.3);
        assumptions.put("alpha", 0.05);
        assumptions.put("beta", 0.2);
        final String expected = DesignReport.json(DesignReport.simon(SimonTwoStage.search(
                new DesignRequirements(0.1, 0.3, 0.05, 0.2), 150), assumptions));
        assertThat(JSON.readTree(body)).isEqualTo(JSON.readTree(expected));
        // the page's download is the same report
        final String download = mvc.perform(get("/design/report.json?type=simon&source=given&p0=0.1&p1=0.3"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"design-simon.json\""))
                .andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(download)).isEqualTo(JSON.readTree(expected));

        // from the evidence: the same parameters as the page
        final JsonNode planned = JSON.readTree(mvc.perform(get("/api/design/simon").param("outcome", "uptake")
                .param("genotype", "RAS")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(planned.get("assumptions").get("source").asString()).contains("RAS", "GLMM");
        assertThat(planned.get("assumptions").get("evidence").get("measure").asString()).isEqualTo("GLMM");
        assertThat(planned.get("assumptions").get("evidence").get("data_version").asString()).startsWith("db-");
        assertThat(planned.get("assumptions").get("p0_overridden").asBoolean()).isFalse();
        assertThat(planned.get("optimal").get("n").asInt()).isPositive();
    }

    @Test
    void aDesignNearTheSearchLimitIsWarnedAbout() throws Exception {
        final String html = page(SIMON_1989 + "&nmax=30", 200);
        assertThat(byId(html, "design-warnings")).contains("Check before use");
        assertThat(html).contains("the optimal design (n = 29) is at or near nmax = 30: a better design may lie "
                + "beyond it; raise nmax").doesNotContain("--nmax");
        assertThat(page(SIMON_1989 + "&nmax=20", 400)).contains("no two-stage design with n &lt;= 20",
                "raise nmax or relax the error rates");
    }

    @Test
    void theSvgDownloadIsTheOperatingCharacteristicsPlot() throws Exception {
        mvc.perform(get("/design/oc.svg" + SIMON_1989.substring("/design".length())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("image/svg+xml")))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"oc-simon.svg\""))
                .andExpect(content().string(allOf(startsWith("<?xml"), containsString("class=\"oc-plot\""),
                        containsString("Optimal 1/10, 5/29"), containsString("Minimax 1/15, 5/25"))));
        mvc.perform(get("/design/oc.svg?type=two-arm&arm1=0.3&arm2=0.5")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("drawn for the single-arm designs")));
    }

    @Test
    void singleStageShowsTheDesignTheStableSizeAndTheFailingSizes() throws Exception {
        final SingleStageExact.Result r = SingleStageExact.search(new DesignRequirements(0.2, 0.4, 0.05, 0.2), 500);
        final String html = page("/design?type=single&source=given&p0=0.2&p1=0.4", 200);
        assertThat(row(html, "single-smallest")).startsWith("Smallest n " + r.smallest().n() + " " + r.smallest().r()
                + " " + String.format(Locale.ROOT, "%.4f %.4f", r.smallest().alpha(), r.smallest().power()));
        assertThat(row(html, "single-stable")).startsWith("Every n from " + r.stable().n() + " " + r.stable().r());
        assertThat(byId(html, "single-failing")).isEqualTo(r.failingAbove().isEmpty() ? "none"
                : String.join(", ", r.failingAbove().stream().map(String::valueOf).toList()));
        assertThat(html).contains("class=\"oc-plot\"", "data-design=\"smallest\"").doesNotContain("class=\"oc-en\"");
        if (!r.failingAbove().isEmpty()) {
            assertThat(html).contains("id=\"design-warnings\"", "power is not monotone in n");
        }
        // switching to Simon keeps the values entered
        assertThat(html).contains("href=\"/design?type=simon&amp;source=given&amp;p0=0.2&amp;p1=0.4\"");
        mvc.perform(get("/api/design/single").param("p0", "0.2").param("p1", "0.4")).andExpect(status().isOk())
                .andExpect(jsonPath("$.n").value(r.smallest().n()))
                .andExpect(jsonPath("$.every_n_from.n").value(r.stable().n()));
    }

    @Test
    void twoArmShowsEveryMethod() throws Exception {
        final String html = page("/design?type=two-arm&arm1=0.3&arm2=0.5&alpha=0.05&power=0.8&ratio=1", 200);
        for (TwoProportions.Method m : TwoProportions.Method.values()) {
            final TwoProportions.Result r = TwoProportions.sampleSize(0.3, 0.5, 0.05, 0.8, 1, m);
            final String id = "two-arm-" + switch (m) {
                case NORMAL -> "normal";
                case CONTINUITY_CORRECTED -> "cc";
                case EXACT -> "exact";
            };
            assertThat(row(html, id)).contains(" " + r.n1() + " " + r.n2() + " " + r.total() + " ")
                    .endsWith(String.format(Locale.ROOT, "%.4f", r.power()));
        }
        assertThat(row(html, "two-arm-normal")).contains(" 93 93 186 ");
        assertThat(row(html, "two-arm-exact")).contains(" 102 102 204 ");
        assertThat(html).doesNotContain("class=\"oc-plot\"", "id=\"download-svg\"");
        mvc.perform(get("/api/design/two-arm").param("arm1", "0.3").param("arm2", "0.5")).andExpect(status().isOk())
                .andExpect(jsonPath("$.normal.n1").value(93)).andExpect(jsonPath("$.exact.n_total").value(204))
                .andExpect(jsonPath("$.assumptions.p2").value(0.5));
        // a large trial skips the exact search, and says so
        assertThat(page("/design?type=two-arm&arm1=0.45&arm2=0.5", 200)).contains("id=\"design-warnings\"",
                "not computed: the normal approximation needs");
        mvc.perform(get("/api/design/two-arm").param("arm1", "0.3").param("arm2", "0.3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("arm2 must differ from arm1, got 0.3"));
        mvc.perform(get("/api/design/two-arm").param("arm1", "0.3")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("arm2: a value is required"));
    }

    @Test
    void survivalGivesEventsAndWithAccrualPatients() throws Exception {
        final SurvivalSampleSize.Result r = SurvivalSampleSize.compute(0.6, 0.05, 0.8, 0.5, 12.0, 24.0, 12.0);
        final String html = page("/design?type=survival&hr=0.6&median_control=12&accrual=24&follow_up=12", 200);
        assertThat(byId(html, "survival-events")).isEqualTo(String.valueOf(r.events()));
        assertThat(byId(html, "survival-patients")).isEqualTo(String.valueOf(r.patients()));
        assertThat(html).contains("Schoenfeld");
        final String eventsOnly = page("/design?type=survival&hr=0.6", 200);
        assertThat(eventsOnly).contains("id=\"survival-events\"").doesNotContain("id=\"survival-patients\"");
        mvc.perform(get("/api/design/survival").param("hr", "0.6").param("median_control", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("median_control is needed with accrual and follow_up to compute patients: give all three or none"));
        mvc.perform(get("/api/design/survival").param("hr", "0.6").param("median_control", "12")
                        .param("accrual", "24").param("follow_up", "12")).andExpect(status().isOk())
                .andExpect(jsonPath("$.events").value(r.events())).andExpect(jsonPath("$.patients").value(r.patients()))
                .andExpect(jsonPath("$.assumptions.accrual").value(24.0));
        mvc.perform(get("/api/design/survival").param("hr", "1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("hr must be a positive number other than 1, got 1.0"));
    }
}
