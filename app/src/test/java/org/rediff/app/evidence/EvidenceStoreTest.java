package org.rediff.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.ShippedEvidence;

/** The store on a fresh H2 file database in a temporary directory, without Spring. */
class EvidenceStoreTest {
    @TempDir
    Path dir;
    EvidenceStore store;
    List<StudyRecord> shipped;

    @BeforeEach
    void open() {
        store = EvidenceStore.openFile(dir.resolve("data"));
        shipped = ShippedEvidence.load();
    }

    @Test
    void seedingIsIdempotentAndKeepsEveryCell() {
        assertThat(store.seedIfEmpty()).isEqualTo(shipped.size());
        assertThat(store.seedIfEmpty()).isZero();
        // a second process (the CLI) opening the same file sees the same base and seeds nothing
        final EvidenceStore again = EvidenceStore.openFile(dir.resolve("data"));
        assertThat(again.seedIfEmpty()).isZero();

        final List<StudyRecord> stored = store.list();
        assertThat(stored).hasSize(shipped.size());
        for (int i = 0; i < shipped.size(); i++) {
            assertThat(StudyColumns.of(stored.get(i))).isEqualTo(StudyColumns.of(shipped.get(i)));
        }
        assertThat(store.recentChanges(1000)).hasSize(shipped.size())
                .allSatisfy(a -> {
                    assertThat(a.action()).isEqualTo("seed");
                    assertThat(a.source()).isEqualTo("shipped base " + ShippedEvidence.dataVersion());
                    assertThat(a.before()).isNull();
                });
        assertThat(store.seededVersion()).contains(ShippedEvidence.dataVersion());
        final String id = shipped.get(0).id();
        assertThat(store.history(id)).singleElement().satisfies(a -> assertThat(a.after().get("id")).isEqualTo(id));
    }

    /**
     * A database seeded from an older shipped base gets the new base's corrections, audited, on records that still
     * hold shipped content; records a user edited keep the user's content.
     */
    @Test
    void aNewShippedVersionCorrectsShippedRecordsButNotUserEdits() {
        final List<StudyRecord> older = new java.util.ArrayList<>();
        for (StudyRecord r : shipped) {
            final Map<String, String> row = new LinkedHashMap<>(StudyColumns.of(r));
            if (r.id().equals("P04c") || r.id().equals("P01c")) {
                row.put("notes", "as shipped before");
            }
            older.add(StudyColumns.toRecord(row, "older base"));
        }
        assertThat(store.seed(older.subList(0, older.size() - 1), "v-old")).isEqualTo(older.size() - 1);
        final Map<String, String> edited = new LinkedHashMap<>(StudyColumns.of(store.find("P01c").orElseThrow()));
        edited.put("notes", "checked against the paper by a physicist");
        store.importRecords(List.of(StudyColumns.toRecord(edited, "edit")), "A. Physicist", "corrections.csv");

        // P04c corrected, the last record inserted, P01c (edited by a user) kept.
        assertThat(store.seed(shipped, "v-new")).isEqualTo(2);
        assertThat(StudyColumns.of(store.find("P04c").orElseThrow()))
                .isEqualTo(StudyColumns.of(shipped.stream().filter(r -> r.id().equals("P04c")).findFirst()
                        .orElseThrow()));
        assertThat(store.find("P01c").orElseThrow().notes()).isEqualTo("checked against the paper by a physicist");
        assertThat(store.history("P04c").get(0)).satisfies(a -> {
            assertThat(a.action()).isEqualTo("update");
            assertThat(a.actor()).isEqualTo(EvidenceStore.SEED_ACTOR);
            assertThat(a.source()).isEqualTo("shipped base v-new");
            assertThat(a.before().get("notes")).isEqualTo("as shipped before");
            assertThat(a.changedFields()).containsExactly("notes");
        });
        assertThat(store.list()).hasSize(shipped.size());
        assertThat(store.seed(shipped, "v-new")).isZero();
    }

    @Test
    void importInsertsAndUpdatesWithAuditRows() {
        store.seedIfEmpty();
        final StudyRecord original = store.find("P01a").orElseThrow();
        final Map<String, String> changed = new LinkedHashMap<>(StudyColumns.of(original));
        changed.put("n_restored", "11");
        changed.put("notes", "corrected in a test");
        final Map<String, String> fresh = new LinkedHashMap<>(StudyColumns.of(store.find("P01b").orElseThrow()));
        fresh.put("id", "X01");
        fresh.put("label", "A new cohort");
        final List<StudyRecord> batch = List.of(StudyColumns.toRecord(changed, "test"),
                StudyColumns.toRecord(fresh, "test"), store.find("P02").orElseThrow());

        final ImportResult result = store.importRecords(batch, "Tester", "batch.csv", "checking");
        assertThat(result).isEqualTo(new ImportResult(1, 1, 1));
        assertThat(store.find("P01a").orElseThrow().uptake().restored()).isEqualTo(11);
        assertThat(store.find("X01")).isPresent();
        assertThat(store.list()).hasSize(shipped.size() + 1);
        assertThat(store.list().get(shipped.size()).id()).isEqualTo("X01");

        final AuditEntry update = store.history("P01a").get(0);
        assertThat(update.action()).isEqualTo("update");
        assertThat(update.actor()).isEqualTo("Tester");
        assertThat(update.source()).isEqualTo("batch.csv");
        assertThat(update.reason()).isEqualTo("checking");
        assertThat(update.changedFields()).containsExactly("n_restored", "notes");
        assertThat(update.beforeValue("n_restored")).isEqualTo("12");
        assertThat(update.afterValue("n_restored")).isEqualTo("11");
        assertThat(store.history("P01a")).hasSize(2);
        assertThat(store.history("P02")).hasSize(1);

        final AuditEntry insert = store.history("X01").get(0);
        assertThat(insert.action()).isEqualTo("insert");
        assertThat(insert.before()).isNull();
        assertThat(insert.changedFields()).contains("id", "label", "n_restored");

        assertThat(store.importRecords(batch, "Tester", "batch.csv")).isEqualTo(new ImportResult(0, 0, 3));
        assertThat(store.recentChanges(2)).extracting(AuditEntry::studyId).containsExactlyInAnyOrder("P01a", "X01");
    }

    @Test
    void aBadListIsRejectedAsAWhole() {
        store.seedIfEmpty();
        final int audits = store.recentChanges(10_000).size();
        final Map<String, String> good = new LinkedHashMap<>(StudyColumns.of(store.find("P02").orElseThrow()));
        good.put("id", "X02");
        final Map<String, String> changed = new LinkedHashMap<>(StudyColumns.of(store.find("P03").orElseThrow()));
        changed.put("notes", "should not be saved");
        // too long for the id column: fails in the database after the first two rows were written
        final Map<String, String> tooLong = new LinkedHashMap<>(good);
        tooLong.put("id", "X".repeat(100));
        final List<StudyRecord> batch = List.of(StudyColumns.toRecord(good, "t"), StudyColumns.toRecord(changed, "t"),
                StudyColumns.toRecord(tooLong, "t"));
        assertThatThrownBy(() -> store.importRecords(batch, "Tester", "bad.csv")).isInstanceOf(RuntimeException.class);
        assertNothingWritten(audits);

        // duplicate ids: rejected by the CSV validation before any write
        final List<StudyRecord> duplicates = List.of(StudyColumns.toRecord(good, "t"), StudyColumns.toRecord(good, "t"));
        assertThatThrownBy(() -> store.importRecords(duplicates, "Tester", "dup.csv"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("duplicate id X02");
        assertNothingWritten(audits);

        assertThatThrownBy(() -> store.importRecords(List.of(StudyColumns.toRecord(good, "t")), " ", "x.csv"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("actor");
        assertNothingWritten(audits);
    }

    @Test
    void invalidCellsAreRejectedWithTheFieldNamed() {
        final Map<String, String> cells = new LinkedHashMap<>(StudyColumns.of(ShippedEvidence.load().get(0)));
        cells.put("n_restored", "25");
        assertThatThrownBy(() -> StudyColumns.toRecord(cells, "web form"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("n_restored = 25 exceeds n_evaluable = 20");
    }

    private void assertNothingWritten(int audits) {
        assertThat(store.find("X02")).isEmpty();
        assertThat(store.find("P03").orElseThrow().notes()).isNotEqualTo("should not be saved");
        assertThat(store.recentChanges(10_000)).hasSize(audits);
        assertThat(store.list()).hasSize(shipped.size());
    }
}
