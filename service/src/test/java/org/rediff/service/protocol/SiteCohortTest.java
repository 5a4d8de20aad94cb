package org.rediff.service.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.protocol.Enrolment;
import org.rediff.core.response.Response;
import org.rediff.core.survival.ConfidenceType;
import org.rediff.core.survival.CoxModel;
import org.rediff.io.outcomes.RecistInputJson;
import org.rediff.io.outcomes.SurvivalInput;
import org.rediff.service.outcomes.CohortSurvival;
import org.rediff.service.outcomes.ResponseAssessment;
import org.rediff.service.patients.DemoPatients;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.store.Database;

/**
 * The demo cohort (every shipped protocol, each at its stage) analysed as the trials report it, and fed the other
 * way too: each best response is the RECIST engine's on that patient's follow-up, the exact intervals are R's
 * {@code binom.test} (Clopper-Pearson), and the progression-free Kaplan-Meier curve is the outcomes page's for the
 * cohort CSV of the same patients.
 */
class SiteCohortTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    /** Four-decimal interval limits from R 4.x binom.test. */
    private static final double CI = 1e-4;

    @TempDir
    Path dir;

    @Test
    void theDemoCohortAgreesWithTheEngines() {
        final Database db = new Database(Database.h2File(dir)).migrate();
        final PatientStore patients = new PatientStore(db, CLOCK);
        DemoPatients.load(patients);
        final EnrolmentStore store = new EnrolmentStore(db, CLOCK, patients, new ProtocolCatalog());
        assertThat(DemoEnrolments.load(store)).isEqualTo(5);
        assertThat(DemoEnrolments.load(store)).isZero();

        assertThat(store.ofPatient("DEMO-002").get(0).enrolment().status()).isEqualTo(Enrolment.Status.AWAITING_CHECK);
        assertThat(store.ofPatient("DEMO-002").get(0).enrolment().decisions().get(0).decision().extend()).isTrue();
        assertThat(store.ofPatient("DEMO-003").get(0).enrolment().status())
                .isEqualTo(Enrolment.Status.ENDED_WITHOUT_131I);
        assertThat(store.ofPatient("DEMO-004").get(0).enrolment().prescription().rule()).startsWith("dosimetric");
        assertThat(store.ofPatient("DEMO-007").get(0).enrolment().prescription().activityMBq()).isEqualTo(5500.0);

        final SiteCohort c = SiteCohort.of(store, UnaryOperator.identity());
        // decided: DEMO-001 and -004 restored; -003 not; -007 not restored but treated regardless (MERAIODE)
        assertThat(c.uptakeDecided()).isEqualTo(4);
        assertThat(c.uptakeRestored()).isEqualTo(2);
        // binom.test(2, 4)$conf.int = 0.06758599 0.93241401
        assertThat(c.uptakeCi().lower()).isCloseTo(0.06758599, within(CI));
        assertThat(c.uptakeCi().upper()).isCloseTo(0.93241401, within(CI));

        for (SiteCohort.Row r : c.rows()) {
            final StoredEnrolment e = store.require(r.enrolmentId());
            final var f = store.outcome(e).followUp();
            if (!f.evaluable()) {
                assertThat(r.best()).isNull();
                continue;
            }
            final String recist = org.rediff.io.json.JsonFields.parse(e.followUp(), "f").get("recist").toString();
            assertThat(r.best()).isEqualTo(ResponseAssessment.evaluate(RecistInputJson.read(recist, "r"), "r")
                    .recist().bestOverallResponse());
        }
        assertThat(c.bestResponses()).containsEntry(Response.PR, 1).containsEntry(Response.PD, 1)
                .containsEntry(Response.SD, 2);
        assertThat(c.responders()).isEqualTo(1);
        // binom.test(1, 4)$conf.int = 0.006309463 0.805879550
        assertThat(c.responseCi().lower()).isCloseTo(0.006309463, within(CI));
        assertThat(c.responseCi().upper()).isCloseTo(0.805879550, within(CI));

        final SurvivalInput viaCsv = SurvivalInput.read(new StringReader(c.csv()), "cohort.csv", "time", "event",
                null, List.of());
        final var analysed = CohortSurvival.run(viaCsv, List.of(), ConfidenceType.LOG_LOG, CoxModel.Ties.EFRON,
                SiteCohort.LEVEL);
        assertThat(analysed.overall().steps()).hasSameSizeAs(c.pfs().steps());
        for (int i = 0; i < c.pfs().steps().size(); i++) {
            assertThat(c.pfs().steps().get(i).survival()).isCloseTo(analysed.overall().steps().get(i).survival(),
                    within(1e-9));
            assertThat(c.pfs().steps().get(i).time()).isCloseTo(analysed.overall().steps().get(i).time(),
                    within(1e-5));
        }
        // two progressions (DEMO-003, DEMO-004) among four evaluable
        assertThat(c.rows().stream().filter(SiteCohort.Row::progressed).count()).isEqualTo(2);
        assertThat(c.adverseEvents().worstGradeCounts()).containsExactly(1, 1, 1, 0, 0);
        assertThat(c.adverseEvents().treated()).isEqualTo(5);

        // the site's row joins the published cohorts on the forest plot, with its own counts
        final var records = org.rediff.io.evidence.ShippedEvidence.load();
        final var published = c.besideEvidence(records, false);
        final var withSite = c.besideEvidence(records, true);
        assertThat(withSite.k()).isEqualTo(published.k() + 1);
        assertThat(withSite.studies()).filteredOn(s -> s.label().equals(SiteCohort.SITE_LABEL)).singleElement()
                .satisfies(s -> assertThat(s.events() + "/" + s.total()).isEqualTo("2/4"));
    }
}
