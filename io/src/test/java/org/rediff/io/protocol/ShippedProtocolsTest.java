package org.rediff.io.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;
import org.rediff.core.protocol.GenotypeClass;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.core.protocol.ProtocolSchedule;
import org.rediff.core.protocol.ScheduledEvent;

/**
 * The shipped trial protocols and their schedules, against the published designs (docs/background/protocols.md
 * §2: Rothenberg 2015 registry and ASCO Post summary; MERAIODE ESMO 2021 abstract 1743MO; NCT04554680 registry),
 * and the file format's checks.
 */
class ShippedProtocolsTest {
    private static final LocalDate DAY1 = LocalDate.of(2025, 3, 3);

    static ProtocolDefinition shipped(String id) {
        return ShippedProtocols.load().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<ScheduledEvent.Kind, List<ScheduledEvent>> byKind(List<ScheduledEvent> events) {
        return events.stream().collect(Collectors.groupingBy(ScheduledEvent::kind));
    }

    @Test
    void fiveProtocolsShipAndRoundTrip() {
        final List<ProtocolDefinition> all = ShippedProtocols.load();
        assertThat(all).extracting(ProtocolDefinition::id).containsExactly("ho2013-selumetinib",
                "rothenberg2015-dabrafenib", "weber2022-genotype-guided", "meraiode-treat-regardless",
                "nct04554680-adaptive");
        for (ProtocolDefinition p : all) {
            assertThat(ProtocolJson.read(ProtocolJson.write(p), p.id() + ".json")).isEqualTo(p);
            assertThat(p.unverified()).as(p.id() + " says what it assumes").isNotEmpty();
        }
        // Weber 2022 is genotype-guided: D+T for BRAF V600E, trametinib alone for BRAF wild-type (incl. RAS)
        final ProtocolDefinition weber = shipped("weber2022-genotype-guided");
        assertThat(weber.regimenFor(GenotypeClass.BRAF_V600E).orElseThrow().drugs()).hasSize(2);
        assertThat(weber.regimenFor(GenotypeClass.RAS).orElseThrow().id()).isEqualTo("trametinib");
        assertThat(weber.regimenFor(GenotypeClass.RET_FUSION)).isEmpty();
    }

    /** Rothenberg 2015: diet from day 15, WBS decides on day 28, 131I 5.5 GBq 17 days after the day-25 scan. */
    @Test
    void rothenbergScheduleFollowsTheRegistryTimeline() {
        final var events = byKind(ProtocolSchedule.plan(shipped("rothenberg2015-dabrafenib"), DAY1));
        assertThat(events.get(ScheduledEvent.Kind.LOW_IODINE_DIET).get(0).studyDay()).isEqualTo(15);
        assertThat(events.get(ScheduledEvent.Kind.LOW_IODINE_DIET).get(0).date()).isEqualTo(DAY1.plusDays(14));
        assertThat(events.get(ScheduledEvent.Kind.RHTSH)).extracting(ScheduledEvent::studyDay).containsExactly(23, 24);
        assertThat(events.get(ScheduledEvent.Kind.DECISION)).singleElement()
                .satisfies(e -> assertThat(e.studyDay()).isEqualTo(28));
        final ScheduledEvent i131 = events.get(ScheduledEvent.Kind.I131).get(0);
        assertThat(i131.studyDay()).isEqualTo(42);
        assertThat(i131.label()).contains("5550 MBq");
        assertThat(i131.branch()).isEqualTo("if uptake is restored at day 25");
        // the drug runs to day 42 (registry: days 29-42), and ends at the decision if uptake is not restored
        assertThat(events.get(ScheduledEvent.Kind.DRUG_STOP)).extracting(ScheduledEvent::studyDay)
                .containsExactlyInAnyOrder(28, 42);
    }

    /** MERAIODE: 131I on day 35 whatever the day-28 scan shows, trametinib to day 42, the 6-month RECIST visit. */
    @Test
    void meraiodeTreatsRegardless() {
        final var events = byKind(ProtocolSchedule.plan(shipped("meraiode-treat-regardless"), DAY1));
        final ScheduledEvent i131 = events.get(ScheduledEvent.Kind.I131).get(0);
        assertThat(i131.studyDay()).isEqualTo(35);
        assertThat(i131.branch()).isEmpty();
        assertThat(events.get(ScheduledEvent.Kind.DECISION).get(0).studyDay()).isEqualTo(28);
        assertThat(events.get(ScheduledEvent.Kind.DRUG_STOP)).singleElement()
                .satisfies(e -> assertThat(e.studyDay()).isEqualTo(42));
        assertThat(events.get(ScheduledEvent.Kind.FOLLOW_UP)).singleElement()
                .satisfies(e -> assertThat(e.studyDay()).isEqualTo(35 + 182));
    }

    /** NCT04554680: 124I PET after one week; if insufficient, after four weeks; 131I after either. */
    @Test
    void nct04554680BranchesAfterTheFirstWeek() {
        final var events = byKind(ProtocolSchedule.plan(shipped("nct04554680-adaptive"), DAY1));
        assertThat(events.get(ScheduledEvent.Kind.TRACER)).extracting(ScheduledEvent::studyDay)
                .containsExactly(8, 29);
        assertThat(events.get(ScheduledEvent.Kind.TRACER).get(1).branch())
                .isEqualTo("if uptake is not restored at day 8");
        assertThat(events.get(ScheduledEvent.Kind.I131)).extracting(ScheduledEvent::branch).containsExactly(
                "if uptake is restored at day 8",
                "if uptake is not restored at day 8, then if uptake is restored at day 29");
        assertThat(events.get(ScheduledEvent.Kind.DRUG_STOP)).extracting(ScheduledEvent::branch)
                .contains("if uptake is not restored at day 8, then if uptake is not restored at day 29");
    }

    /** Once decided, the branch taken stays and loses its condition; the others go. */
    @Test
    void decidedChecksKeepOnlyTheBranchTaken() {
        final ProtocolDefinition nct = shipped("nct04554680-adaptive");
        final var notThenYes = byKind(ProtocolSchedule.plan(nct, DAY1, List.of(false, true)));
        assertThat(notThenYes.get(ScheduledEvent.Kind.I131)).singleElement().satisfies(e -> {
            assertThat(e.studyDay()).isEqualTo(29 + 7);
            assertThat(e.branch()).isEmpty();
        });
        assertThat(notThenYes.get(ScheduledEvent.Kind.TRACER)).extracting(ScheduledEvent::branch)
                .containsOnly("");
        final var firstPending = byKind(ProtocolSchedule.plan(nct, DAY1, List.of(false)));
        assertThat(firstPending.get(ScheduledEvent.Kind.I131)).extracting(ScheduledEvent::branch)
                .containsExactly("if uptake is restored at day 29");
        final var ended = byKind(ProtocolSchedule.plan(shipped("ho2013-selumetinib"), DAY1, List.of(false)));
        assertThat(ended.get(ScheduledEvent.Kind.I131)).isNull();
        assertThat(ended.get(ScheduledEvent.Kind.DRUG_STOP)).singleElement()
                .satisfies(e -> assertThat(e.studyDay()).isEqualTo(33));
    }

    @Test
    void definitionsWithErrorsAreRefusedWithEveryPath() {
        final String good = ProtocolJson.write(shipped("nct04554680-adaptive"));
        final String bad = good.replace("\"day\" : 29", "\"day\" : 10").replace("\"fixed_MBq\" : null",
                "\"fixed_MBq\" : null").replace("\"target_lesion_Gy\" : 20.0", "\"target_lesion_Gy\" : -1");
        assertThatThrownBy(() -> ProtocolJson.read(bad, "mine.json")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .contains("uptake_checks[1].day", "activity_rule.target_lesion_Gy"));
        assertThatThrownBy(() -> ProtocolJson.read(good.replace("\"124I_PET\"", "\"PET\""), "mine.json"))
                .hasMessageContaining("uptake_checks[0].method").hasMessageContaining("124I_PET");
        assertThatThrownBy(() -> ProtocolJson.read(good.replace("\"version\"", "\"versoin\""), "mine.json"))
                .hasMessageContaining("versoin");
        final String yaml = """
                id: my-site-protocol
                title: Our trametinib protocol
                citation: site SOP 2026-01
                eligibility: {histologies: [ptc, ftc]}
                regimens:
                  - {id: t, genotypes: [ras], drugs: [{name: trametinib, dose: 2 mg once daily}]}
                uptake_checks:
                  - {day: 29, method: 124I_PET, scan_days_after_tracer: [1, 2, 4]}
                uptake_rule: {kind: lesion_dose, threshold_Gy: 20}
                i131_days_after_check: 7
                activity_rule: {kind: range, min_MBq: 3700, max_MBq: 7400}
                follow_up_days: [91, 182]
                """;
        assertThat(ProtocolJson.read(yaml, "mine.yaml").activityRule().describe()).isEqualTo("3700 to 7400 MBq");
        assertThatThrownBy(() -> ProtocolJson.read(yaml.replace("max_MBq: 7400", "max_MBq: 74000"), "mine.yml"))
                .hasMessageContaining("activity_rule.min_MBq");
    }

    @Test
    void theScheduleExportsAsICalendar() {
        final List<ScheduledEvent> plan = ProtocolSchedule.plan(shipped("rothenberg2015-dabrafenib"), DAY1);
        final String ics = ScheduleCalendar.write("Rothenberg 2015, DEMO-001", "enrol-7", plan,
                Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(plan.size() + 1);
        assertThat(ics).contains("X-WR-CALNAME:Rothenberg 2015\\, DEMO-001")
                .contains("DTSTART;VALUE=DATE:" + DAY1.plusDays(41).toString().replace("-", ""));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }
}
