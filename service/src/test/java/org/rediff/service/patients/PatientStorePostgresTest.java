package org.rediff.service.patients;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.rediff.service.store.Database;

/** The registry store on a real PostgreSQL 17 (embedded, no Docker), emptied before each test. */
class PatientStorePostgresTest extends PatientStoreContract {
    static EmbeddedPostgres pg;
    static Database db;

    @BeforeAll
    static void start() throws IOException {
        pg = EmbeddedPostgres.start();
        db = new Database(pg.getPostgresDatabase()).migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        pg.close();
    }

    @BeforeEach
    void empty() {
        db.sql().sql("delete from patient").update();
        db.sql().sql("delete from audit_event where entity = 'patient'").update();
    }

    @Override
    Database database() {
        return db;
    }
}
