package org.rediff.cli.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.service.store.DataDirectory;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.ShippedEvidence;
import picocli.CommandLine.Option;

/** Where evidence commands read the base from: the shipped file or the workbench database. */
public final class EvidenceSource {
    /** Which base to read. */
    public enum Kind { shipped, database }

    @Option(names = "--source", defaultValue = "shipped",
            description = "shipped (the base in this release, default) or database (the workbench database under "
                    + "--data, with imported and web corrections).")
    Kind kind;

    @Option(names = "--data", defaultValue = "${env:REDIFF_DATA:-./data}",
            description = "Data directory of the workbench database (default ${DEFAULT-VALUE}).")
    Path data;

    List<StudyRecord> load() {
        if (kind == Kind.shipped) {
            return ShippedEvidence.load();
        }
        if (!Files.exists(data.resolve("rediff.mv.db"))) {
            throw new InvalidInputException("--source database: no database in " + data.toAbsolutePath()
                    + " (run 'rediff serve' or 'rediff evidence import' first, or use --source shipped)");
        }
        // One door: a running server serves its data; otherwise take the lock for the time of the read.
        final var lock = DataDirectory.tryLock(data);
        if (lock.isEmpty()) {
            return new ServerClient(DataDirectory.serverUrl(data).orElseThrow(() -> new InvalidInputException(
                    "data directory " + data.toAbsolutePath().normalize() + " is in use by another rediff command; "
                            + "try again when it has finished"))).list();
        }
        try (DataDirectory.Lock held = lock.get()) {
            return EvidenceStore.openFile(held.directory()).list();
        }
    }

    String describe() {
        return kind == Kind.shipped ? "shipped evidence base " + ShippedEvidence.dataVersion()
                : "workbench database " + data.toAbsolutePath();
    }
}
