package org.rediff.cli.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rediff.core.common.InvalidInputException;
import org.rediff.io.evidence.StudyRecordCsv;
import org.rediff.service.audit.Principal;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.service.evidence.ImportResult;
import org.rediff.service.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Adds or corrects studies in the workbench database from a CSV file. One door to the data: when a server holds
 * the data directory the file goes to its REST API, otherwise this process takes the directory's lock and writes
 * through the service layer.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add or correct study records in the workbench database from a CSV file in the evidence "
                + "format (the columns of 'rediff evidence list' / the shipped studies.csv).",
                "Every row is validated first (e.g. restored <= evaluable <= enrolled, a source for every number); "
                        + "one bad row rejects the whole file and nothing is written. Each change is kept in the "
                        + "audit history with its before and after values and your login name.",
                "If 'rediff serve' is running on the data directory, the file is sent to it, signed in as the rediff "
                        + "user REDIFF_USER with REDIFF_PASSWORD (a role that may edit evidence: admin, clinician or "
                        + "physicist); the change is then recorded under that user."})
public final class EvidenceImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "CSV file to import.")
    Path file;

    @Option(names = "--reason", description = "Why the change is made (kept in the audit history).")
    String reason;

    @Option(names = "--data", defaultValue = "${env:REDIFF_DATA:-./data}",
            description = "Data directory of the workbench database (default ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws IOException {
        final String csv;
        try {
            csv = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage());
        }
        final String source = file.getFileName().toString();
        // Validate before choosing the door, so that a bad file never creates a data directory.
        final var records = StudyRecordCsv.read(new java.io.StringReader(csv), source);
        final Principal me = Principal.localAccount(System.getProperty("user.name", "unknown"));
        final ImportResult result;
        final String where;
        final Optional<DataDirectory.Lock> lock = DataDirectory.tryLock(data);
        if (lock.isPresent()) {
            try (DataDirectory.Lock held = lock.get()) {
                final EvidenceStore store = EvidenceStore.openFile(held.directory());
                store.seedIfEmpty();
                result = store.importRecords(records, me, source, reason);
                where = "database " + held.directory();
            }
        } else {
            final var server = DataDirectory.serverUrl(data).orElseThrow(() -> new InvalidInputException(
                    "data directory " + data.toAbsolutePath().normalize() + " is in use by another rediff command; "
                            + "try again when it has finished"));
            result = new ServerClient(server).importCsv(csv, source, reason);
            where = "server " + server;
        }
        spec.commandLine().getOut().printf("imported %s: %d inserted, %d updated, %d unchanged (%s; every change is "
                + "in the audit history)%n", file, result.inserted(), result.updated(), result.unchanged(), where);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
