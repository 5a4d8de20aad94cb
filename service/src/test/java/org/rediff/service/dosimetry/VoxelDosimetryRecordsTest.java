package org.rediff.service.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.common.InvalidInputException;
import org.rediff.service.audit.AuditTrail;
import org.rediff.service.audit.Principal;
import org.rediff.service.patients.DemoPatients;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.store.Database;

/**
 * A voxel summary attached to a patient is stored with its audit event, read back after the database is closed
 * and opened again, and listed per patient; an unknown patient is refused with nothing stored.
 */
class VoxelDosimetryRecordsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void attachedSummariesAreDurableAuditedAndPerPatient() {
        final Database db = new Database(Database.h2File(dir)).migrate();
        final PatientStore patients = new PatientStore(db, CLOCK);
        DemoPatients.load(patients);
        final VoxelDosimetryRecords records = new VoxelDosimetryRecords(db, CLOCK, patients);
        final String summary = "{\"labels\":[{\"label\":1,\"mean_dose_per_GBq_Gy\":5.0}],\"kernel\":{\"detail\":\"4 mm\"}}";
        final StoredVoxelDosimetry s = records.attach("DEMO-004", summary, Principal.user("phys"));
        assertThatThrownBy(() -> records.attach("NOBODY", summary, Principal.user("phys")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("patient").hasMessageContaining("NOBODY");
        assertThat(new AuditTrail(db, CLOCK).history(VoxelDosimetryRecords.ENTITY, String.valueOf(s.id())))
                .singleElement().satisfies(a -> assertThat(a.toString()).contains("phys"));
        final Database reopened = new Database(Database.h2File(dir)).migrate();
        final VoxelDosimetryRecords again = new VoxelDosimetryRecords(reopened, CLOCK, new PatientStore(reopened,
                CLOCK));
        assertThat(again.ofPatient("DEMO-004")).singleElement().satisfies(r -> {
            assertThat(r.document()).isEqualTo(summary);
            assertThat(r.createdBy()).isEqualTo("phys");
            assertThat(r.createdAt().toInstant()).isEqualTo(Instant.parse("2026-12-08T09:00:00Z"));
        });
        assertThat(again.ofPatient("DEMO-001")).isEmpty();
    }
}
