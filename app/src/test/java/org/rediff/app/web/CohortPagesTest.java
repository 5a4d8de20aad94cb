package org.rediff.app.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.rediff.service.patients.DemoPatients;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.protocol.DemoEnrolments;
import org.rediff.service.protocol.EnrolmentStore;
import org.rediff.service.protocol.SiteCohort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cohort page and API over the demo enrolments (and whatever other tests enrolled): the numbers are the
 * service's {@link SiteCohort} (tested against the engines in SiteCohortTest), the charts render, and a researcher
 * sees research ids, never a site id.
 */
class CohortPagesTest extends WebTestBase {
    @Autowired
    MockMvc mvc;

    @Autowired
    PatientStore patients;

    @Autowired
    EnrolmentStore store;

    @Test
    void theCohortPageShowsTheSitesAnalyses() throws Exception {
        DemoPatients.load(patients);
        DemoEnrolments.load(store);
        final SiteCohort c = SiteCohort.of(store, UnaryOperator.identity());
        mvc.perform(get("/cohort")).andExpect(status().isOk())
                .andExpect(content().string(containsString(c.uptakeRestored() + " / " + c.uptakeDecided())))
                .andExpect(content().string(containsString(c.responders() + " / " + c.evaluable())))
                .andExpect(content().string(containsString("DEMO-001")))
                .andExpect(content().string(containsString("Exact 95% CI")));
        mvc.perform(get("/api/v1/cohort")).andExpect(status().isOk())
                .andExpect(jsonPath("$.uptake.events").value(c.uptakeRestored()))
                .andExpect(jsonPath("$.uptake.total").value(c.uptakeDecided()))
                .andExpect(jsonPath("$.uptake.ci_lower").value(c.uptakeCi().lower()))
                .andExpect(jsonPath("$.objective_response.events").value(c.responders()));
        for (String chart : new String[] {"waterfall", "pfs", "forest"}) {
            mvc.perform(get("/cohort/" + chart + ".svg")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<svg")));
        }
        mvc.perform(get("/cohort/forest.svg")).andExpect(content().string(containsString(SiteCohort.SITE_LABEL)));
        mvc.perform(get("/cohort/cohort.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("patient,protocol,best_change_pct")));
        mvc.perform(get("/cohort").with(user("res").roles("RESEARCHER"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("DEMO-0"))))
                .andExpect(content().string(containsString("R-")));
        mvc.perform(get("/api/v1/cohort").with(user("res").roles("RESEARCHER")))
                .andExpect(content().string(not(containsString("DEMO-0"))));
    }
}
