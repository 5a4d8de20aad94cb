package org.rediff.service.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;
import org.rediff.core.patient.PatientRecord;
import org.rediff.io.patient.PatientJson;
import org.rediff.service.audit.AuditRecord;
import org.rediff.service.audit.Principal;
import org.rediff.service.store.Database;
import org.rediff.service.store.StaleEditException;

/** The registry store's contract, run on H2 and on a real PostgreSQL by the subclasses. */
abstract class PatientStoreContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    static final Principal ALICE = Principal.webEditor("Alice");
    static final Principal BOB = Principal.webEditor("Bob");

    abstract Database database();

    PatientStore store() {
        return new PatientStore(database(), CLOCK);
    }

    static PatientRecord example(String id) throws Exception {
        return PatientJson.read(Files.readString(Path.of("../examples/patient-synthetic.json"))
                .replace("\"DEMO-001\"", "\"" + id + "\""), "example");
    }

    @Test
    void createFindListUpdateDeleteWithAudit() throws Exception {
        final PatientStore store = store();
        final PatientRecord a = example("P-A");
        store.create(a, ALICE);
        store.create(example("P-B").withGenomics(List.of()), ALICE);
        assertThat(store.find("P-A")).hasValueSatisfying(s -> {
            assertThat(s.record()).isEqualTo(a);
            assertThat(s.version()).isEqualTo(1);
        });
        assertThat(store.list(PatientFilter.all())).extracting(PatientSummary::id).containsExactly("P-A", "P-B");
        assertThat(store.list(new PatientFilter(null, "braf", null, null))).extracting(PatientSummary::id)
                .containsExactly("P-A");
        assertThat(store.list(new PatientFilter(null, null, null, "refractory"))).hasSize(2);
        assertThat(store.list(new PatientFilter("b", null, "ptc", null))).extracting(PatientSummary::id)
                .containsExactly("P-B");
        assertThat(store.list(new PatientFilter("_", null, null, null))).isEmpty(); // LIKE wildcards are literal

        final PatientRecord older = a.withEcog(2);
        store.update(older, 1, ALICE);
        // Bob saves on the version he read before Alice's change: refused, naming her
        assertThatThrownBy(() -> store.update(a.withEcog(3), 1, BOB)).isInstanceOf(StaleEditException.class)
                .hasMessageContaining("changed by Alice (web) at 2026-12-07T09:00Z");
        assertThat(store.find("P-A").orElseThrow().record().ecog()).isEqualTo(2);
        assertThatThrownBy(() -> store.delete("P-A", 1, BOB)).isInstanceOf(StaleEditException.class);
        store.delete("P-A", 2, BOB);
        assertThat(store.find("P-A")).isEmpty();

        final List<AuditRecord> history = store.history("P-A");
        assertThat(history).extracting(AuditRecord::action).containsExactly("delete", "update", "create");
        assertThat(history.get(0).principal()).isEqualTo(BOB);
        assertThat(history.get(0).afterJson()).isNull();
        assertThat(history.get(0).beforeJson()).isEqualTo(history.get(1).afterJson());
        assertThat(history.get(1).beforeJson()).isEqualTo(history.get(2).afterJson());
        assertThat(PatientJson.read(history.get(2).afterJson(), "audit")).isEqualTo(a);
    }

    @Test
    void invalidOrDuplicateRecordsAreRefusedAndNothingIsWritten() throws Exception {
        final PatientStore store = store();
        store.create(example("P-C"), ALICE);
        assertThatThrownBy(() -> store.create(example("P-C"), BOB)).isInstanceOf(InvalidInputException.class)
                .hasMessage("id is taken by another patient; choose another pseudonym, got 'P-C'");
        final PatientRecord noPrior131I = example("P-D").withTherapies(List.of());
        assertThatThrownBy(() -> store.create(noPrior131I, BOB)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::path)
                        .containsExactly("rair[0].refractory"));
        assertThat(store.find("P-D")).isEmpty();
        assertThat(store.history("P-D")).isEmpty();
        assertThat(store.history("P-C")).hasSize(1);
        assertThatThrownBy(() -> store.update(example("P-E"), 1, BOB)).hasMessage("id is not a patient in the "
                + "registry, got 'P-E'");
    }
}
