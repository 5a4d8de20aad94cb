package org.rediff.service.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.dosimetry.DosimetryPlanner;
import org.rediff.core.protocol.Enrolment;
import org.rediff.core.protocol.LesionUptake;
import org.rediff.core.protocol.ScheduledEvent;
import org.rediff.io.dosimetry.PlanInputJson;
import org.rediff.io.outcomes.RecistInputJson;
import org.rediff.service.audit.AuditTrail;
import org.rediff.service.audit.Principal;
import org.rediff.service.patients.DemoPatients;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.store.Database;
import org.rediff.service.store.StaleEditException;

/**
 * A demo patient walked through NCT04554680's adaptive design: enrolled, insufficient at one week (extend), 20 Gy
 * reached at four weeks (131I), each decision audited with its numbers; stale and out-of-order decisions refused.
 */
class EnrolmentStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anAdaptiveEnrolmentFromEnrolmentTo131I() {
        final Database db = new Database(Database.h2File(dir)).migrate();
        final PatientStore patients = new PatientStore(db, CLOCK);
        DemoPatients.load(patients);
        final EnrolmentStore store = new EnrolmentStore(db, CLOCK, patients, new ProtocolCatalog());
        final Principal dr = Principal.user("clin");
        final LocalDate day1 = LocalDate.of(2026, 12, 14);
        final StoredEnrolment e = store.enrol("DEMO-001", "nct04554680-adaptive", day1, dr);
        assertThat(e.enrolment().regimenId()).isEqualTo("dabrafenib-trametinib");
        assertThat(e.enrolment().status()).isEqualTo(Enrolment.Status.AWAITING_CHECK);

        final StoredEnrolment week1 = store.decide(e.id(), 1, 0, day1.plusDays(11),
                List.of(new LesionUptake("L1", true, 8.5), new LesionUptake("L2", false, 0.0)), null, dr);
        assertThat(week1.enrolment().decisions().get(0).decision().extend()).isTrue();
        assertThat(week1.enrolment().status()).isEqualTo(Enrolment.Status.AWAITING_CHECK);
        assertThatThrownBy(() -> store.decide(e.id(), 1, 1, day1.plusDays(32), List.of(new LesionUptake("L1",
                true, 30.0)), null, Principal.user("late"))).isInstanceOf(StaleEditException.class)
                .hasMessageContaining("clin");
        assertThatThrownBy(() -> store.decide(e.id(), 2, 0, day1.plusDays(32), List.of(new LesionUptake("L1",
                true, 30.0)), null, dr)).hasMessageContaining("must be 1, the check that is due");

        final StoredEnrolment week4 = store.decide(e.id(), 2, 1, day1.plusDays(32),
                List.of(new LesionUptake("L1", true, 24.0)), null, dr);
        assertThat(week4.enrolment().status()).isEqualTo(Enrolment.Status.TO_RECEIVE_131I);
        final var schedule = week4.enrolment().schedule(new ProtocolCatalog().require("nct04554680-adaptive"));
        assertThat(schedule).filteredOn(s -> s.kind() == ScheduledEvent.Kind.I131).singleElement()
                .satisfies(s -> assertThat(s.date()).isEqualTo(day1.plusDays(29 + 7 - 1)));
        assertThat(store.find(e.id()).orElseThrow().enrolment()).isEqualTo(week4.enrolment());
        assertThat(new AuditTrail(db, CLOCK).history(EnrolmentStore.ENTITY, String.valueOf(e.id())))
                .extracting(a -> a.action()).containsExactly("decision", "decision", "create");
        assertThat(store.ofPatient("DEMO-001")).hasSize(1);
    }

    @Test
    void ineligiblePatientsAreRefusedWithTheCriterion() {
        final Database db = new Database(Database.h2File(dir)).migrate();
        final PatientStore patients = new PatientStore(db, CLOCK);
        DemoPatients.load(patients);
        final EnrolmentStore store = new EnrolmentStore(db, CLOCK, patients, new ProtocolCatalog());
        assertThatThrownBy(() -> store.enrol("DEMO-002", "rothenberg2015-dabrafenib", LocalDate.of(2027, 1, 4),
                Principal.user("clin"))).hasMessageContaining("eligibility.genotype")
                .hasMessageContaining("eligibility.histology");
        assertThatThrownBy(() -> store.enrol("NOBODY", "rothenberg2015-dabrafenib", LocalDate.of(2027, 1, 4),
                Principal.user("clin"))).hasMessageContaining("patient");
    }

    /**
     * Ho 2013 on 124I dosimetry: the decision and the prescription carry the dosimetry planner's own numbers for
     * the same measurements at the protocol's 20 Gy (one dosimetry implementation), and the follow-up's responses
     * are the RECIST and thyroglobulin engines' for the same input.
     */
    @Test
    void dosimetricDecisionPrescriptionAndFollowUpAgreeWithTheEngines() throws Exception {
        final Database db = new Database(Database.h2File(dir)).migrate();
        final PatientStore patients = new PatientStore(db, CLOCK);
        DemoPatients.load(patients);
        final ProtocolCatalog catalog = new ProtocolCatalog();
        final EnrolmentStore store = new EnrolmentStore(db, CLOCK, patients, catalog);
        final Principal dr = Principal.user("phys");
        final String patient = catalog.eligibility(patients.find("DEMO-001").orElseThrow().record(),
                LocalDate.now(CLOCK)).stream().anyMatch(x -> x.protocol().id().equals("ho2013-selumetinib")
                && x.check().eligible()) ? "DEMO-001" : "DEMO-002";
        final LocalDate day1 = LocalDate.of(2027, 1, 4);
        final StoredEnrolment e = store.enrol(patient, "ho2013-selumetinib", day1, dr);
        final String plan = Files.readString(Path.of("../examples/dosimetry-plan.json"));

        final StoredEnrolment decided = store.decide(e.id(), 1, 0, day1.plusDays(31), List.of(), plan, dr);
        final var direct = DosimetryPlanner.plan(PlanInputJson.read(plan, "plan"));
        final var estimate = decided.enrolment().decisions().get(0).dosimetry();
        assertThat(estimate.targetDoseGy()).isEqualTo(20.0);
        assertThat(estimate.plannedActivityMBq()).isEqualTo(direct.prescription().activityGBq() * 1000);
        assertThat(estimate.bloodMtaMBq()).isEqualTo(direct.blood().mtaGBq() * 1000);
        assertThat(estimate.lesions()).extracting(l -> l.doseGyPerGBq())
                .containsExactlyElementsOf(direct.lesions().stream().map(l -> l.dosePerGBqGy()).toList());
        final double planned = direct.prescription().activityGBq();
        assertThat(decided.enrolment().decisions().get(0).lesions()).extracting(LesionUptake::predictedDoseGy)
                .containsExactlyElementsOf(direct.lesions().stream().map(l -> l.dosePerGBqGy() * planned).toList());
        assertThat(decided.enrolment().status()).isEqualTo(direct.prescription().proceed()
                ? Enrolment.Status.TO_RECEIVE_131I : Enrolment.Status.ENDED_WITHOUT_131I);
        assertThat(decided.enrolment().status()).isEqualTo(Enrolment.Status.TO_RECEIVE_131I);

        final StoredEnrolment rx = store.prescribe(e.id(), 2, day1.plusDays(38), null, dr);
        assertThat(rx.enrolment().prescription().activityMBq()).isEqualTo(planned * 1000);
        assertThat(rx.enrolment().prescription().limitedBy().code())
                .isEqualTo(direct.prescription().limitedBy().code());
        assertThat(rx.enrolment().prescription().basis()).anySatisfy(b -> assertThat(b)
                .startsWith("cumulative 131I with this activity"));
        assertThatThrownBy(() -> store.prescribe(e.id(), 3, day1.plusDays(38), null, dr))
                .hasMessageContaining("no 131I is due");

        final String recist = Files.readString(Path.of("../examples/recist-patient.json"));
        assertThatThrownBy(() -> store.followUp(e.id(), 3, "{\"recist\": {\"lesions\": [], \"assessments\": []},"
                + " \"adverse_events\": [{\"term\": \"Fatigue\", \"grade\": 7, \"attribution\": \"possible\","
                + " \"onset\": \"2027-01-10\"}]}", dr)).hasMessageContaining("grade");
        assertThat(store.require(e.id()).version()).isEqualTo(3);
        final StoredEnrolment followed = store.followUp(e.id(), 3, "{\"recist\": " + recist + ", \"adverse_events\": "
                + "[{\"term\": \"Fatigue\", \"grade\": 2, \"attribution\": \"possible\", \"onset\": \"2027-01-10\"}]}",
                dr);
        final EnrolmentOutcome outcome = store.outcome(followed);
        final var expected = org.rediff.service.outcomes.ResponseAssessment.evaluate(RecistInputJson.read(recist,
                "recist"), "recist");
        assertThat(outcome.recist()).isEqualTo(expected.recist());
        assertThat(outcome.thyroglobulin().ataCategory()).isEqualTo(expected.thyroglobulin().ataCategory());
        assertThat(outcome.adverseEvents().worstGradeCounts()[1]).isEqualTo(1);
    }
}
