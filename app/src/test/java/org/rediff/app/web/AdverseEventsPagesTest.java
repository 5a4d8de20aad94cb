package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rediff.app.web.Html.text;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.junit.jupiter.api.Test;
import org.rediff.app.outcomes.OutcomesService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The adverse-event page, its download and {@code POST /api/outcomes/adverse-events}. Expected counts for the
 * invented example listing are counted by hand (see OutcomeCommandsTest in the cli module): 17 of 20 patients with
 * events; worst grade 1: 5, 2: 7, 3: 4, 4: 1; grade ≥ 3 5 (25%); related only 15 with events, grade ≥ 3 4 (20%).
 */
class AdverseEventsPagesTest extends WebTestBase {
    @Autowired
    MockMvc mvc;
    @Autowired
    OutcomesService service;

    @Test
    void theExampleIsACopyOfTheProjectExample() throws Exception {
        assertThat(service.exampleAdverseEvents())
                .isEqualTo(Files.readString(Path.of("../examples/adverse-events.csv"), StandardCharsets.UTF_8));
        mvc.perform(get("/outcomes/adverse-events/example.csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("adverse-events.csv")))
                .andExpect(content().string(service.exampleAdverseEvents()));
        mvc.perform(get("/outcomes/adverse-events").param("example", "")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-set-treated=\"20\""),
                        containsString("DEMO-17,Creatine phosphokinase increased"), not(containsString("id=\"ae-table\"")))));
        mvc.perform(get("/outcomes")).andExpect(content().string(containsString("href=\"/outcomes/adverse-events\"")));
    }

    @Test
    void theExampleGivesTheWorstGradeSummary() throws Exception {
        final String html = mvc.perform(post("/outcomes/adverse-events")
                        .param("events", service.exampleAdverseEvents()).param("treated", "20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text(html, "ae-with-events")).isEqualTo("17");
        assertThat(text(html, "ae-grade3-pct")).isEqualTo("25.0");
        assertThat(row(html, "ae-grade-1")).contains(">5<", ">25.0<");
        assertThat(row(html, "ae-grade-2")).contains(">7<", ">35.0<");
        assertThat(row(html, "ae-grade-4")).contains(">1<", ">5.0<");
        assertThat(row(html, "ae-interrupted")).contains(">5<", ">25.0<");
        assertThat(row(html, "ae-withdrawn")).contains(">2<", ">10.0<");
        assertThat(html).contains(">Fatigue<").doesNotContain(">fatigue<").contains("Table 4");

        final String related = mvc.perform(post("/outcomes/adverse-events")
                        .param("events", service.exampleAdverseEvents()).param("treated", "20")
                        .param("related_only", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text(related, "ae-with-events")).isEqualTo("15");
        assertThat(text(related, "ae-grade3-pct")).isEqualTo("20.0");
        assertThat(related).contains("with drug-related events", "name=\"related_only\" value=\"true\"");
    }

    @Test
    void patientsWithoutEventsHaveTheirOwnRowAndBar() throws Exception {
        // 20 treated, 17 in the listing: 3 (15%) without events; with related events only 15, so 5 (25%) without.
        final String html = mvc.perform(post("/outcomes/adverse-events")
                        .param("events", service.exampleAdverseEvents()).param("treated", "20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row(html, "ae-no-event")).contains(">No event<", ">3<", ">15.0<");
        assertThat(text(html, "ae-without-events")).isEqualTo("3");
        final String chart = html.substring(html.indexOf("class=\"grade-chart\""), html.indexOf("</svg>",
                html.indexOf("class=\"grade-chart\"")));
        assertThat(chart).contains("data-grade=\"none\" data-patients=\"3\"", "data-grade=\"1\" data-patients=\"5\"",
                "data-grade=\"2\" data-patients=\"7\"", "data-grade=\"3\" data-patients=\"4\"",
                "data-grade=\"4\" data-patients=\"1\"", "data-grade=\"5\" data-patients=\"0\"");
        // the example has no near-duplicate terms ("fatigue" differs from "Fatigue" only in case: one term)
        assertThat(html).doesNotContain("id=\"ae-term-flags\"");

        final String related = mvc.perform(post("/outcomes/adverse-events")
                        .param("events", service.exampleAdverseEvents()).param("treated", "20")
                        .param("related_only", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row(related, "ae-no-event")).contains(">No drug-related event<", ">5<", ">25.0<");
    }

    @Test
    void aNearDuplicateTermIsFlaggedWithTheLikelyTermAndNotMerged() throws Exception {
        final String listing = service.exampleAdverseEvents() + "DEMO-20,Fatige,1,possible,2026-02-01,,none\n";
        final String html = mvc.perform(post("/outcomes/adverse-events").param("events", listing)
                        .param("treated", "20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        final int at = html.indexOf("id=\"ae-term-flags\"");
        assertThat(at).isNotNegative();
        final String flags = html.substring(at, html.indexOf("</div>", at));
        assertThat(flags).contains("data-term=\"Fatige\"", "data-likely=\"Fatigue\"",
                "CTCAE v5.0 term, 4 patients in this listing");
        // counted as its own term: 12 example terms + Fatige; Fatigue keeps its 4 patients
        final String terms = html.substring(html.indexOf("id=\"ae-terms\""), html.indexOf("</table>",
                html.indexOf("id=\"ae-terms\"")));
        assertThat(terms.split("<tr", -1).length - 2).isEqualTo(13);
        assertThat(terms).contains("class=\"flagged\"", ">Fatige<", "probably <span>Fatigue</span>?");
        assertThat(text(html, "ae-with-events")).isEqualTo("18");
    }

    @Test
    void theDownloadAndTheApiReturnTheCliReport() throws Exception {
        mvc.perform(post("/outcomes/adverse-events/result.json").param("events", service.exampleAdverseEvents())
                        .param("treated", "20"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("adverse-events.json")))
                .andExpect(jsonPath("$.grade3_or_worse").value(5))
                .andExpect(jsonPath("$.worst_grade[2].patients").value(4));
        mvc.perform(post("/api/outcomes/adverse-events").param("treated", "20").param("related_only", "true")
                        .contentType("text/csv").content(service.exampleAdverseEvents()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patients_with_events").value(15))
                .andExpect(jsonPath("$.grade3_or_worse_pct").value(20.0));
        mvc.perform(post("/api/outcomes/adverse-events").param("treated", "20").param("related_only", "maybe")
                        .contentType("text/csv").content(service.exampleAdverseEvents()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("related_only must be true or false, got 'maybe'"));
        mvc.perform(post("/api/outcomes/adverse-events").param("treated", "12")
                        .contentType("text/csv").content(service.exampleAdverseEvents()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("treated patients (12) must be at least the "
                        + "number of patients with events (17)")));
    }

    @Test
    void badInputGives400NamingTheFieldAndKeepsTheInput() throws Exception {
        final String bad = service.exampleAdverseEvents().replace("DEMO-02,Pyrexia,3,definite",
                "DEMO-02,Pyrexia,3,certain");
        mvc.perform(post("/outcomes/adverse-events").param("events", bad).param("treated", "20"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"ae-error\""),
                        containsString("adverse-event CSV row 3 (patient &#39;DEMO-02&#39;), field attribution: must "
                                + "be unrelated, unlikely, possible, probable or definite, got &#39;certain&#39;"),
                        containsString("DEMO-02,Pyrexia,3,certain"), not(containsString("id=\"ae-table\"")))));
        mvc.perform(post("/outcomes/adverse-events").param("events", service.exampleAdverseEvents()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("treated: give the number of patients treated")));
        mvc.perform(post("/outcomes/adverse-events").param("events", service.exampleAdverseEvents())
                        .param("treated", "2.5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("treated must be a whole number from 1 to 1000000, got "
                        + "&#39;2.5&#39;")));
        final MockMultipartFile file = new MockMultipartFile("file", "trial-7.csv", "text/csv",
                "patient,term,grade\nP1,Rash,2\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/outcomes/adverse-events").file(file).param("treated", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("trial-7.csv: no column &#39;attribution&#39;")));
        mvc.perform(post("/api/outcomes/adverse-events").param("treated", "5").contentType(MediaType.TEXT_PLAIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("no adverse-event CSV")));
    }

    private static String row(String html, String id) {
        final int i = html.indexOf("id=\"" + id + "\"");
        assertThat(i).as(id).isNotNegative();
        return html.substring(i, html.indexOf("</tr>", i));
    }
}
