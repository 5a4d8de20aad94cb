package org.rediff.service.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.patient.PatientRecord;
import org.rediff.service.store.Database;

/** The demonstration patients: all synthetic, all valid, covering the genotypes, loaded once. */
class DemoPatientsTest {
    @TempDir
    Path dir;

    @Test
    void theDemoLoadsOnceAndCoversTheRegimenGenotypes() {
        final PatientStore store = new PatientStore(new Database(Database.h2File(dir)).migrate(), Clock.systemUTC());
        assertThat(DemoPatients.load(store)).isEqualTo(7);
        assertThat(DemoPatients.load(store)).isZero();
        final List<PatientSummary> rows = store.list(PatientFilter.all());
        assertThat(rows).hasSize(7).allSatisfy(r -> assertThat(r.synthetic()).isTrue());
        assertThat(rows).extracting(PatientSummary::genotype).anySatisfy(g -> assertThat(g).contains("BRAF"))
                .anySatisfy(g -> assertThat(g).contains("NRAS")).anySatisfy(g -> assertThat(g).contains("HRAS"))
                .anySatisfy(g -> assertThat(g).contains("CCDC6::RET"))
                .anySatisfy(g -> assertThat(g).contains("ETV6::NTRK3")).anySatisfy(g -> assertThat(g).contains("KRAS"));
        // one is over the 22.2 GBq ledger warning, as a warning only
        assertThat(DemoPatients.records()).extracting(PatientRecord::ledger)
                .anySatisfy(l -> assertThat(l.warning()).isNotNull());
        assertThat(rows).allSatisfy(r -> assertThat(r.rairStatus()).isEqualTo("refractory"));
    }
}
