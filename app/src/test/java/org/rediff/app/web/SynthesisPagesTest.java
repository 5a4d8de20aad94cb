package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The synthesis page's labels of estimator, weights and moderator test (issue 17), through MockMvc. */
class SynthesisPagesTest extends WebTestBase {
    @Autowired
    MockMvc mvc;

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String tag(String html, String id) {
        final Matcher m = Pattern.compile("<[a-z]+ [^>]*id=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("#" + id).isTrue();
        return m.group();
    }

    private static String result(String html) {
        return html.substring(html.indexOf("id=\"result\""));
    }

    @Test
    void glmmStatesMaximumLikelihoodAndTheFormDisablesTheMethodAndKnappHartung() throws Exception {
        final String html = page("/synthesis?outcome=uptake&measure=GLMM&method=REML");
        assertThat(Html.text(html, "tau2-method")).startsWith("ML — the GLMM is fitted by maximum likelihood")
                .endsWith("(REML was asked for and not used)");
        // no claim of REML anywhere in the result: not in the title, the downloads or the estimator
        assertThat(result(html).replace("(REML was asked for and not used)", "")).doesNotContain("REML")
                .contains("method=ML");
        assertThat(tag(html, "method")).contains("disabled");
        assertThat(tag(html, "knha")).contains("disabled").doesNotContain("checked");
        assertThat(html).containsPattern("<option value=\"ML\" selected=\"selected\">ML</option>");
        assertThat(tag(html, "glmm-note")).doesNotContain("hidden");
        assertThat(html).contains("Wald z tests: the τ² method and Knapp-Hartung do not apply to it.");
        mvc.perform(get("/api/synthesis").param("measure", "GLMM").param("method", "DL"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.method").value("ML"));

        final String plo = page("/synthesis?outcome=uptake&measure=PLO&method=DL");
        assertThat(Html.text(plo, "tau2-method")).isEqualTo("DL (DerSimonian-Laird)");
        assertThat(tag(plo, "method")).doesNotContain("disabled");
        assertThat(tag(plo, "glmm-note")).contains("hidden");
    }

    @Test
    void theModeratorTestIsFUnderKnappHartungAndQmOtherwise() throws Exception {
        final String f = page("/synthesis?outcome=uptake&mods=year&knha=true");
        assertThat(Html.text(f, "qm")).matches("F\\(1, \\d+\\) = \\d+\\.\\d\\d, p = .+");
        final String chi = page("/synthesis?outcome=uptake&mods=year");
        assertThat(Html.text(chi, "qm")).matches("QM \\(χ², df = 1\\) = \\d+\\.\\d\\d, p = .+");
        mvc.perform(get("/api/synthesis").param("mods", "year").param("knha", "true"))
                .andExpect(jsonPath("$.qm_test").value("F")).andExpect(jsonPath("$.qm_df").value(1))
                .andExpect(jsonPath("$.qm_df2").isNumber());
        mvc.perform(get("/api/synthesis").param("mods", "year"))
                .andExpect(jsonPath("$.qm_test").value("chi-square"));
    }

    /** Weights the plot draws (within each subgroup's model) are the table's subgroup column, both labelled. */
    @Test
    void tableAndPlotWeightsAreLabelledByTheirModelAndTheSubgroupColumnIsThePlots() throws Exception {
        final String plain = page("/synthesis?outcome=uptake");
        assertThat(Html.text(plain, "weight-overall")).isEqualTo("Weight (random-effects model (τ² REML), %)");
        assertThat(plain).doesNotContain("id=\"weight-subgroup\"");
        final String html = page("/synthesis?outcome=uptake&by=genotype");
        assertThat(Html.text(html, "weight-overall")).isEqualTo("Weight, overall (random-effects model (τ² REML), %)");
        assertThat(Html.text(html, "weight-subgroup")).isEqualTo("Weight in subgroup (%)");
        assertThat(Html.text(html, "weight-note")).contains("within-subgroup weights");
        final String table = html.substring(html.indexOf("id=\"studies\""), html.indexOf("id=\"weight-note\""));
        final List<String> tableWeights = new ArrayList<>();
        final Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            final List<String> cells = new ArrayList<>();
            final Matcher td = Pattern.compile("<td>([^<]*)</td>").matcher(row.group(1));
            while (td.find()) {
                cells.add(td.group(1));
            }
            if (!cells.isEmpty()) {
                tableWeights.add(cells.get(cells.size() - 1).replace("%", ""));
            }
        }
        final List<String> plotWeights = new ArrayList<>();
        final Matcher w = Pattern.compile("<text class=\"weight\"[^>]*>([^<]*)</text>").matcher(html);
        while (w.find()) {
            plotWeights.add(w.group(1));
        }
        assertThat(tableWeights).hasSizeGreaterThan(3).containsExactlyInAnyOrderElementsOf(plotWeights);
    }
}
