package org.rediff.service.evidence;

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
import org.rediff.service.audit.Principal;
import org.rediff.service.store.StaleEditException;

/** The store on a fresh H2 file database in a temporary directory, without Spring. */
class EvidenceStoreTest {
    static final Principal TESTER = Principal.localAccount("Tester");
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
        store.importRecords(List.of(StudyColumns.toRecord(edited, "edit")), Principal.localAccount("A. Physicist"), "corrections.csv");

        // P04c corrected, the last record inserted, P01c (edited by a user) kept.
        assertThat(store.seed(shipped, "v-new")).isEqualTo(2);
        assertThat(StudyColumns.of(store.find("P04c").orElseThrow()))
                .isEqualTo(StudyColumns.of(shipped.stream().filter(r -> r.id().equals("P04c")).findFirst()
                        .orElseThrow()));
        assertThat(store.find("P01c").orElseThrow().notes()).isEqualTo("checked against the paper by a physicist");
        assertThat(store.history("P04c").get(0)).satisfies(a -> {
            assertThat(a.action()).isEqualTo("update");
            assertThat(a.principal()).isEqualTo(Principal.system());
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

        final ImportResult result = store.importRecords(batch, TESTER, "batch.csv", "checking");
        assertThat(result).isEqualTo(new ImportResult(1, 1, 1));
        assertThat(store.find("P01a").orElseThrow().uptake().restored()).isEqualTo(11);
        assertThat(store.find("X01")).isPresent();
        assertThat(store.list()).hasSize(shipped.size() + 1);
        assertThat(store.list().get(shipped.size()).id()).isEqualTo("X01");

        final AuditEntry update = store.history("P01a").get(0);
        assertThat(update.action()).isEqualTo("update");
        assertThat(update.principal()).isEqualTo(TESTER);
        assertThat(update.actor()).isEqualTo("Tester (local)");
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

        assertThat(store.importRecords(batch, TESTER, "batch.csv")).isEqualTo(new ImportResult(0, 0, 3));
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
        // a pmid too long for its column is a field error of the CSV validation, before anything is written
        final Map<String, String> tooLong = new LinkedHashMap<>(good);
        tooLong.put("id", "X03");
        tooLong.put("pmid", "1".repeat(30));
        assertThatThrownBy(() -> StudyColumns.toRecord(tooLong, "bad.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pmid must be the PubMed id, 1 to 9 digits")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(org.rediff.core.common.Problem::path).contains("pmid"));
        assertNothingWritten(audits);

        // duplicate ids: rejected by the CSV validation before any write
        final List<StudyRecord> duplicates = List.of(StudyColumns.toRecord(good, "t"), StudyColumns.toRecord(good, "t"));
        assertThatThrownBy(() -> store.importRecords(duplicates, TESTER, "dup.csv"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("duplicate id X02");
        assertNothingWritten(audits);

        assertThatThrownBy(() -> store.importRecords(List.of(StudyColumns.toRecord(good, "t")),
                Principal.localAccount(" "), "x.csv"))
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

    /** Two editors open the same version; the second save is refused with who saved first, nothing undone. */
    @Test
    void aStaleEditIsRefusedNamingWhoChangedItAndWhen() {
        store.seedIfEmpty();
        final StoredStudy opened = store.findStored("P01a").orElseThrow();
        final Map<String, String> first = new LinkedHashMap<>(StudyColumns.of(opened.record()));
        first.put("notes", "first editor");
        final Map<String, String> second = new LinkedHashMap<>(StudyColumns.of(opened.record()));
        second.put("notes", "second editor");
        final Principal alice = Principal.webEditor("Alice");
        final Principal bob = Principal.webEditor("Bob");

        assertThat(store.save(StudyColumns.toRecord(first, "t"), opened.version(), alice, EvidenceStore.WEB_FORM,
                null)).isEqualTo(new ImportResult(0, 1, 0));
        assertThat(store.findStored("P01a").orElseThrow().version()).isEqualTo(opened.version() + 1);
        final int audits = store.history("P01a").size();
        assertThatThrownBy(() -> store.save(StudyColumns.toRecord(second, "t"), opened.version(), bob,
                EvidenceStore.WEB_FORM, null))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("changed by Alice (web) at ")
                .satisfies(e -> assertThat(((StaleEditException) e).changedBy()).isEqualTo(alice));
        assertThat(store.find("P01a").orElseThrow().notes()).isEqualTo("first editor");
        assertThat(store.history("P01a")).hasSize(audits);
        // each audit row's before is the previous row's after: no save undid another unseen
        final List<AuditEntry> history = store.history("P01a");
        for (int i = 0; i + 1 < history.size(); i++) {
            assertThat(history.get(i).before()).isEqualTo(history.get(i + 1).after());
        }
    }

    @Test
    void hostileIdsAndBlankLabelsAreFieldErrors() {
        final Map<String, String> cells = new LinkedHashMap<>(StudyColumns.of(shipped.get(0)));
        for (String bad : List.of("../../x", ".hidden", "a b", "x".repeat(65), "<script>")) {
            cells.put("id", bad);
            assertThatThrownBy(() -> StudyColumns.toRecord(cells, "web form"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("id '" + bad + "' must be 1 to 64 letters, digits");
        }
        cells.put("id", "X9");
        cells.put("label", " ");
        assertThatThrownBy(() -> StudyColumns.toRecord(cells, "web form"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("label is required");
    }

    @Test
    void listParsesOncePerChange() {
        store.seedIfEmpty();
        final List<StudyRecord> a = store.list();
        assertThat(store.list()).isSameAs(a);
        final Map<String, String> cells = new LinkedHashMap<>(StudyColumns.of(a.get(0)));
        cells.put("notes", "changed");
        store.importRecords(List.of(StudyColumns.toRecord(cells, "t")), TESTER, "t.csv");
        final List<StudyRecord> b = store.list();
        assertThat(b).isNotSameAs(a);
        assertThat(b.get(0).notes()).isEqualTo("changed");
    }

    private void assertNothingWritten(int audits) {
        assertThat(store.find("X02")).isEmpty();
        assertThat(store.find("P03").orElseThrow().notes()).isNotEqualTo("should not be saved");
        assertThat(store.recentChanges(10_000)).hasSize(audits);
        assertThat(store.list()).hasSize(shipped.size());
    }
}
