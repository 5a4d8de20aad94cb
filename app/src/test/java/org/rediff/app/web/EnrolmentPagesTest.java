package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rediff.core.dosimetry.DosimetryPlanner;
import org.rediff.io.dosimetry.PlanInputJson;
import org.rediff.service.protocol.EnrolmentStore;
import org.rediff.service.protocol.StoredEnrolment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
                .andExpect(content().string(not(containsString("id=\"prescription-form\""))))
                .andExpect(content().string(containsString("Published <span>BRAF V600E</span> cohorts")))
                .andExpect(content().string(containsString("id=\"evidence-uptake\"")));
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

    /** Serial 124I measurements: 6 time points, whole body (%), blood (%/ml) and two lesions (%). */
    private static final double[] HOURS = {2, 24, 48, 72, 96, 144};
    private static final double[] WB = {95.1, 52.0, 27.5, 15.8, 9.6, 4.1};
    private static final double[] BLOOD = {0.0029, 0.0011, 0.00052, 0.00028, 0.00016, 0.00006};
    private static final double[][] LESION = {{0.11, 0.17, 0.155, 0.128, 0.102, 0.061},
        {0.09, 0.16, 0.16, 0.14, 0.12, 0.08}};

    /** The same measurements written by hand as the plan file of rediff dosimetry plan. */
    private static String planFile(double targetGy) {
        final StringBuilder wb = new StringBuilder();
        final StringBuilder blood = new StringBuilder();
        final StringBuilder[] l = {new StringBuilder(), new StringBuilder()};
        for (int r = 0; r < HOURS.length; r++) {
            final String sep = r == 0 ? "" : ", ";
            wb.append(sep).append("{\"hours\": ").append(HOURS[r]).append(", \"percent_administered\": ")
                    .append(WB[r]).append('}');
            blood.append(sep).append("{\"hours\": ").append(HOURS[r])
                    .append(", \"percent_administered_per_ml\": ").append(BLOOD[r]).append('}');
            for (int n = 0; n < 2; n++) {
                l[n].append(sep).append("{\"hours\": ").append(HOURS[r]).append(", \"percent_administered\": ")
                        .append(LESION[n][r]).append('}');
            }
        }
        return "{\"patient\": {\"weight_kg\": 70, \"lung_metastases\": \"none\"}, \"tracer\": {\"nuclide\": "
                + "\"I-124\", \"administered_MBq\": 74}, \"whole_body\": [" + wb + "], \"blood\": [" + blood
                + "], \"lesions\": [{\"id\": \"L1\", \"volume_ml\": 2.0, \"recovery_coefficient\": 0.85, "
                + "\"measurements\": [" + l[0] + "]}, {\"id\": \"L3\", \"volume_ml\": 6.5, \"measurements\": ["
                + l[1] + "]}]" + (targetGy > 0 ? ", \"target_dose_Gy\": " + targetGy : "") + "}";
    }

    private static MockHttpServletRequestBuilder grid(MockHttpServletRequestBuilder b) {
        return grid(b, "", "");
    }

    /** The grid with the cell {@code key} replaced by {@code value}. */
    private static MockHttpServletRequestBuilder grid(MockHttpServletRequestBuilder b, String key, String value) {
        final Map<String, String> cells = new LinkedHashMap<>(Map.of("dm_weight_kg", "70", "dm_tracer_MBq", "74",
                "dm_lung_metastases", "none", "dm_lesion_id_0", "L1", "dm_volume_ml_0", "2.0", "dm_rc_0", "0.85",
                "dm_lesion_id_1", "L3", "dm_volume_ml_1", "6.5"));
        for (int r = 0; r < HOURS.length; r++) {
            cells.put("dm_hours_" + r, String.valueOf(HOURS[r]));
            cells.put("dm_wb_" + r, String.valueOf(WB[r]));
            cells.put("dm_blood_" + r, String.valueOf(BLOOD[r]));
            cells.put("dm_l0_" + r, String.valueOf(LESION[0][r]));
            cells.put("dm_l1_" + r, String.valueOf(LESION[1][r]));
        }
        if (!key.isEmpty()) {
            cells.put(key, value);
        }
        cells.forEach(b::param);
        return b;
    }

    /**
     * Ho 2013 decides on 124I dosimetry for a 20 Gy lesion dose (Ho 2013, NEJM 368:623): the measurement grid and the
     * equivalent plan file give the dosimetry planner's activity for a 20 Gy target, to the MBq; a bad cell names its
     * place in the plan, and the grid with a plan file is refused.
     */
    @Test
    void theMeasurementGridDecidesLikeThePlanFile() throws Exception {
        final double expectedMBq = DosimetryPlanner.plan(PlanInputJson.read(planFile(20), "plan")).prescription()
                .activityGBq() * 1000;
        final long[] ids = new long[2];
        for (int k = 0; k < 2; k++) {
            final String pid = "PGE-G" + k;
            mvc.perform(post("/api/v1/patients").contentType(MediaType.APPLICATION_JSON)
                    .content(PatientApiTest.example(pid))).andExpect(status().isCreated());
            mvc.perform(post("/patients/" + pid + "/enrolments").param("protocol", "ho2013-selumetinib")
                    .param("day1", "2027-01-04")).andExpect(status().is3xxRedirection());
            ids[k] = store.ofPatient(pid).get(0).id();
        }
        final String at = "/enrolments/" + ids[0];
        mvc.perform(get(at)).andExpect(content().string(containsString("id=\"dm-grid\"")))
                .andExpect(content().string(containsString("id=\"dm-l2-5\"")));
        mvc.perform(grid(post(at + "/decisions"), "dm_blood_2", "0,5%").param("row_version", "1")
                        .param("check", "0").param("date", "2027-02-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("dosimetry.blood[2].percent_administered_per_ml")))
                .andExpect(content().string(containsString("value=\"0,5%\"")));
        mvc.perform(grid(post(at + "/decisions"), "dm_l2_3", "0.2").param("row_version", "1")
                        .param("check", "0").param("date", "2027-02-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("dosimetry.lesions[2].id")));
        mvc.perform(grid(post(at + "/decisions")).param("row_version", "1").param("check", "0")
                        .param("date", "2027-02-01").param("dosimetry", planFile(0)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("not both")));
        mvc.perform(grid(post(at + "/decisions")).param("row_version", "1").param("check", "0")
                .param("date", "2027-02-01")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/enrolments/" + ids[1] + "/decisions").param("row_version", "1").param("check", "0")
                .param("date", "2027-02-01").param("dosimetry", planFile(0))).andExpect(status().is3xxRedirection());
        for (long id : ids) {
            final var d = store.require(id).enrolment().decisions().get(0).dosimetry();
            assertThat(d.targetDoseGy()).isEqualTo(20.0);
            assertThat(d.plannedActivityMBq()).isEqualTo(expectedMBq);
        }
    }
}
