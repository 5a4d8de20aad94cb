package org.rediff.service.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.patient.PatientRecord;
import org.rediff.service.store.Database;

/** The researchers' view: a second pseudonym, dates shifted together, free text dropped, one key per database. */
class PseudonymsTest {
    @TempDir
    Path dir;

    @Test
    void theResearchViewKeepsIntervalsAndDropsFreeText() throws Exception {
        final PatientRecord site = PatientStoreContract.example("SITE-7");
        final Pseudonyms p = Pseudonyms.withKey(new byte[32]);
        final PatientRecord research = p.pseudonymise(site);
        assertThat(research.id()).matches("R-[0-9a-f]{10}").isEqualTo(p.researchId("SITE-7"));
        assertThat(research.birthYear()).isEqualTo(site.birthYear());
        final int shift = p.shiftDays("SITE-7");
        assertThat(shift).isNotZero().isBetween(-182, 182);
        assertThat(ChronoUnit.DAYS.between(site.diagnosis().date(), research.diagnosis().date())).isEqualTo(shift);
        for (int i = 0; i < site.labs().size(); i++) {
            assertThat(ChronoUnit.DAYS.between(site.labs().get(i).date(), research.labs().get(i).date()))
                    .isEqualTo(shift);
            assertThat(research.labs().get(i).value()).isEqualTo(site.labs().get(i).value());
        }
        assertThat(research.therapies()).allSatisfy(t -> assertThat(t.description()).isNull());
        assertThat(research.assessments()).allSatisfy(a -> {
            assertThat(a.assessor()).isNull();
            assertThat(a.note()).isNull();
            assertThat(a.evidence()).isEmpty();
        });
        assertThat(research.ledger().total()).isEqualTo(site.ledger().total());
        assertThat(research.toString()).doesNotContain("SITE-7");
    }

    @Test
    void idsAndShiftsSpreadAndDifferByKey() {
        final Pseudonyms a = Pseudonyms.withKey(new byte[32]);
        final byte[] other = new byte[32];
        other[0] = 1;
        final Pseudonyms b = Pseudonyms.withKey(other);
        final Set<String> ids = new HashSet<>();
        final Set<Integer> shifts = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            ids.add(a.researchId("P" + i));
            shifts.add(a.shiftDays("P" + i));
        }
        assertThat(ids).hasSize(500);
        assertThat(shifts).hasSizeGreaterThan(200).doesNotContain(0);
        assertThat(a.researchId("P1")).isNotEqualTo(b.researchId("P1"));
    }

    @Test
    void theKeyIsCreatedOnceAndSharedThroughTheDatabase() {
        final Database db = new Database(Database.h2File(dir)).migrate();
        final String first = Pseudonyms.of(db).researchId("P1");
        assertThat(Pseudonyms.of(db).researchId("P1")).isEqualTo(first);
        assertThat(db.sql().sql("select count(*) from registry_setting").query(Integer.class).single()).isEqualTo(1);
    }
}
