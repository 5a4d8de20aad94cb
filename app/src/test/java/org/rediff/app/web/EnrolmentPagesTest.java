package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.rediff.service.protocol.EnrolmentStore;
import org.rediff.service.protocol.StoredEnrolment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rothenberg 2015 in the browser's forms: enrol from the patient's page, decide the 124I scan (new uptake), the
 * fixed 150 mCi = 5550 MBq prescription (Rothenberg 2015), follow-up lesions and assessments giving the
 * RECIST engine's response (a 32 % fall of the target sum from 50 to 34 mm is PR, Eisenhauer 2009: at least 30 %),
 * an adverse event; invalid entries answered in place and stale forms refused.
 */
class EnrolmentPagesTest extends WebTestBase {
    @Autowired
    MockMvc mvc;

    @Autowired
    EnrolmentStore store;

    private long version(long id) {
        return store.require(id).version();
    }

    @Test
    void aPatientThroughRothenbergInThePages() throws Exception {
        mvc.perform(post("/api/v1/patients").contentType(MediaType.APPLICATION_JSON)
                .content(PatientApiTest.example("PGE-1"))).andExpect(status().isCreated());
        mvc.perform(get("/patients/PGE-1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Not enrolled on any protocol")))
                .andExpect(content().string(containsString("id=\"enrol-form\"")));
        mvc.perform(post("/patients/PGE-1/enrolments").param("protocol", "rothenberg2015-dabrafenib")
                .param("day1", "2027-01-04")).andExpect(status().is3xxRedirection());
        final StoredEnrolment e = store.ofPatient("PGE-1").get(0);
        final long id = e.id();
        final String at = "/enrolments/" + id;
        mvc.perform(get(at)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"decision-form\"")))
                .andExpect(content().string(containsString("if uptake is restored")))
                .andExpect(content().string(not(containsString("id=\"prescription-form\""))));
        mvc.perform(get(at + "/schedule.ics")).andExpect(status().isOk())
                .andExpect(content().string(containsString("BEGIN:VCALENDAR")));

        mvc.perform(post(at + "/decisions").param("row_version", "1").param("check", "0")
                        .param("date", "2027-02-01").param("lesion_id", "L1").param("uptake", "yes")
                        .param("dose_Gy", "a lot"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("lesions[0].predicted_dose_Gy")))
                .andExpect(content().string(containsString("a lot")));
        mvc.perform(post(at + "/decisions").param("row_version", "1").param("check", "0")
                .param("date", "2027-02-01").param("lesion_id", "L1").param("uptake", "yes")
                .param("lesion_id", "L2").param("uptake", "no")).andExpect(status().is3xxRedirection());
        mvc.perform(get(at)).andExpect(content().string(containsString("131I follows")))
                .andExpect(content().string(containsString("L1: uptake seen")))
                .andExpect(content().string(containsString("id=\"prescription-form\"")))
                .andExpect(content().string(containsString("5550 MBq")));
        mvc.perform(post(at + "/prescription").param("row_version", "1").param("date", "2027-02-08"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("changed by")));
        mvc.perform(post(at + "/prescription").param("row_version", "2").param("date", "2027-02-08"))
                .andExpect(status().is3xxRedirection());
        assertThat(store.require(id).enrolment().prescription().activityMBq()).isEqualTo(5550.0);
        mvc.perform(get(at)).andExpect(content().string(containsString("id=\"rx-activity\">5550 MBq")))
                .andExpect(content().string(containsString("the protocol&#39;s fixed activity")));

        for (String[] l : new String[][] {{"T1", "lung"}, {"T2", "lung"}}) {
            mvc.perform(post(at + "/follow-up/lesions").param("row_version", String.valueOf(version(id)))
                    .param("id", l[0]).param("organ", l[1]).param("nodal", "no").param("role", "target"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post(at + "/follow-up/assessments").param("row_version", String.valueOf(version(id)))
                        .param("date", "2027-01-03").param("measurements", "T1=30, T2=20"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(at + "/follow-up/assessments").param("row_version", String.valueOf(version(id)))
                        .param("date", "2027-05-03").param("measurements", "T1=20 T3=14"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("T3")));
        mvc.perform(post(at + "/follow-up/assessments").param("row_version", String.valueOf(version(id)))
                        .param("date", "2027-05-03").param("measurements", "T1=20, T2=14"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(at + "/follow-up/assessments").param("row_version", String.valueOf(version(id)))
                        .param("date", "2027-06-07").param("measurements", "T1=20, T2=14"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(at + "/follow-up/adverse_events").param("row_version", String.valueOf(version(id)))
                        .param("term", "Pyrexia").param("grade", "2").param("attribution", "probable")
                        .param("onset", "2027-01-10"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(at)).andExpect(content().string(containsString("id=\"best-response\">PR")))
                .andExpect(content().string(containsString("id=\"best-change\">-32.0 %")))
                .andExpect(content().string(containsString("id=\"ae-worst\">2")));
        mvc.perform(post(at + "/follow-up/adverse_events/0/remove").param("row_version",
                String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
        mvc.perform(get(at)).andExpect(content().string(containsString("No adverse event recorded")));
        mvc.perform(get("/patients/PGE-1")).andExpect(content().string(containsString("prescribed")));
    }
}
