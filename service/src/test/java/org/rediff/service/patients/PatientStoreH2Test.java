package org.rediff.service.patients;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.service.store.Database;

/** The registry store on a fresh H2 file database. */
class PatientStoreH2Test extends PatientStoreContract {
    @TempDir
    Path dir;

    @Override
    Database database() {
        return new Database(Database.h2File(dir)).migrate();
    }
}
