package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rediff.core.dosimetry.DosimetryPlanner;
import org.rediff.io.dosimetry.PlanInputJson;
import org.rediff.io.outcomes.RecistInputJson;
import org.rediff.service.outcomes.ResponseAssessment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A registry patient through NCT04554680's adaptive protocol over REST: enrolment, the week-1 check not restored
 * (continue), the week-4 check on 124I dosimetry (the planner's numbers for the same plan file), the 131I
 * prescription with its binding constraint, the calendar, and the follow-up with the RECIST engine's response for
 * the same input; every change needs the ETag it read.
 */
class EnrolmentApiTest extends WebTestBase {
    @Autowired
    MockMvc mvc;

    @Test
    void aPatientFromEnrolmentToResponse() throws Exception {
        mvc.perform(post("/api/v1/patients").contentType(MediaType.APPLICATION_JSON)
                .content(PatientApiTest.example("ENR-1"))).andExpect(status().isCreated());
        final String created = mvc.perform(post("/api/v1/patients/ENR-1/enrolments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"protocol\": \"nct04554680-adaptive\", \"day1\": \"2027-01-04\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("awaiting_check"))
                .andExpect(jsonPath("$.regimen").value("dabrafenib-trametinib"))
                .andReturn().getResponse().getContentAsString();
        final long id = JsonMapper.builder().build().readTree(created).get("id").asLong();
        final String at = "/api/v1/enrolments/" + id;
        mvc.perform(post("/api/v1/patients/ENR-1/enrolments").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"protocol\": \"nope\", \"day1\": \"2027-01-04\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].name").value("protocol"));

        final String week1 = "{\"check\": 0, \"date\": \"2027-01-14\", \"lesions\": [{\"lesion_id\": \"L1\", "
                + "\"uptake_seen\": true, \"predicted_dose_Gy\": 8.0}]}";
        mvc.perform(post(at + "/decisions").contentType(MediaType.APPLICATION_JSON).content(week1))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post(at + "/decisions").header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content(week1.replace("\"L1\"", "\"L1\", \"size\": 3")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].name",
                        containsString("lesions[0]")));
        mvc.perform(post(at + "/decisions").header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content(week1)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.decisions[0].extend").value(true))
                .andExpect(jsonPath("$.status").value("awaiting_check"));

        final String plan = Files.readString(Path.of("../examples/dosimetry-plan.json"));
        final var direct = DosimetryPlanner.plan(PlanInputJson.read(plan, "plan"));
        // NCT04554680 decides on 20 Gy to a lesion at the planned activity: the planner's doses decide here
        assertThat(direct.prescription().lesionDosesGy()).anySatisfy(d -> assertThat(d.doseGy())
                .isGreaterThanOrEqualTo(20.0));
        mvc.perform(post(at + "/decisions").header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"check\": 1, \"date\": \"2027-02-04\", \"dosimetry\": " + plan + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("to_receive_131I"))
                .andExpect(jsonPath("$.decisions[1].dosimetry.planned_activity_MBq")
                        .value(direct.prescription().activityGBq() * 1000))
                .andExpect(jsonPath("$.decisions[1].dosimetry.blood_mta_MBq").value(direct.blood().mtaGBq() * 1000))
                .andExpect(jsonPath("$.decisions[1].rule").value("predicted lesion dose ≥ 20.0 Gy in at least one lesion"));

        mvc.perform(post(at + "/prescription").header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2027-02-11\", \"activity_MBq\": 99999}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].name").value("activity_MBq"))
                .andExpect(jsonPath("$.errors[0].value").value("99999"));
        mvc.perform(post(at + "/prescription").header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2027-02-11\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("prescribed"))
                .andExpect(jsonPath("$.prescription.activity_MBq").value(direct.prescription().activityGBq() * 1000))
                .andExpect(jsonPath("$.prescription.limited_by").value(direct.prescription().limitedBy().code()));

        final String ics = mvc.perform(get(at + "/schedule.ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("131I").doesNotContain("if uptake is restored");

        final String recist = Files.readString(Path.of("../examples/recist-patient.json"));
        mvc.perform(put(at + "/follow-up").header("If-Match", "\"4\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recist\": " + recist + ", \"adverse_events\": [{\"term\": \"Pyrexia\", "
                                + "\"grade\": 9, \"attribution\": \"probable\", \"onset\": \"2027-01-20\"}]}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("grade")));
        final var expected = ResponseAssessment.evaluate(RecistInputJson.read(recist, "r"), "r");
        mvc.perform(put(at + "/follow-up").header("If-Match", "\"4\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recist\": " + recist + ", \"adverse_events\": [{\"term\": \"Pyrexia\", "
                                + "\"grade\": 3, \"attribution\": \"probable\", \"onset\": \"2027-01-20\"}]}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.outcome.best_overall_response")
                        .value(expected.recist().bestOverallResponse().code()))
                .andExpect(jsonPath("$.outcome.thyroglobulin_category")
                        .value(expected.thyroglobulin().ataCategory().code()))
                .andExpect(jsonPath("$.outcome.adverse_events.grade3_or_worse").value(1));
        mvc.perform(get("/api/v1/patients/ENR-1/enrolments")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/enrolments/99999")).andExpect(status().isNotFound());
    }
}
