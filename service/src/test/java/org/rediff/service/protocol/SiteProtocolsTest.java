package org.rediff.service.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.io.protocol.ProtocolJson;
import org.rediff.service.audit.AuditTrail;
import org.rediff.service.audit.Principal;
import org.rediff.service.patients.DemoPatients;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.store.Database;

/**
 * A site's own protocol: stored at version 1 beside the shipped ones, a change stored as version 2 while an
 * enrolment made under version 1 keeps its definition; shipped ids, skipped versions and invalid definitions are
 * refused with nothing stored.
 */
class SiteProtocolsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void siteProtocolsAreVersionedAndEnrolmentsKeepTheirs() {
        final Database db = new Database(Database.h2File(dir)).migrate();
        final ProtocolCatalog catalog = new ProtocolCatalog(db, CLOCK);
        final Principal phys = Principal.user("phys");
        final String ho = ProtocolJson.write(catalog.require("ho2013-selumetinib"));
        final ProtocolDefinition v1 = ProtocolJson.read(ho.replace("\"ho2013-selumetinib\"", "\"site-mek-4w\"")
                .replace("\"threshold_Gy\" : 20", "\"threshold_Gy\" : 25"), "site.json");
        assertThatThrownBy(() -> catalog.save(ProtocolJson.read(ho, "ho.json"), phys))
                .hasMessageContaining("is a shipped protocol");
        catalog.save(v1, phys);
        assertThat(catalog.list()).extracting(ProtocolDefinition::id).contains("ho2013-selumetinib", "site-mek-4w");
        assertThatThrownBy(() -> catalog.save(v1, phys)).hasMessageContaining("version")
                .hasMessageContaining("must be 2");

        final PatientStore patients = new PatientStore(db, CLOCK);
        DemoPatients.load(patients);
        final EnrolmentStore store = new EnrolmentStore(db, CLOCK, patients, catalog);
        final StoredEnrolment e = store.enrol("DEMO-006", "site-mek-4w", LocalDate.of(2027, 1, 4), phys);

        final String v2 = ProtocolJson.write(v1).replace("\"version\" : 1", "\"version\" : 2")
                .replace("\"threshold_Gy\" : 25", "\"threshold_Gy\" : 30");
        catalog.save(ProtocolJson.read(v2, "v2.json"), phys);
        assertThat(catalog.require("site-mek-4w").uptakeRule().thresholdGy()).isEqualTo(30.0);
        assertThat(store.protocolOf(store.require(e.id())).uptakeRule().thresholdGy()).isEqualTo(25.0);
        assertThat(new AuditTrail(db, CLOCK).history(ProtocolCatalog.ENTITY, "site-mek-4w"))
                .extracting(a -> a.action()).containsExactly("version", "create");
    }
}
