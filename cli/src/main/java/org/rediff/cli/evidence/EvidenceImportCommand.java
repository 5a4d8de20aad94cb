package org.rediff.cli.evidence;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rediff.app.evidence.EvidenceStore;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.StudyRecordCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Adds or corrects studies in the workbench database from a CSV file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add or correct study records in the workbench database from a CSV file in the evidence "
                + "format (the columns of 'rediff evidence list' / the shipped studies.csv).",
                "Every row is validated first (e.g. restored <= evaluable <= enrolled, a source for every number); "
                        + "one bad row rejects the whole file and nothing is written. Each change is kept in the "
                        + "audit history with its before and after values."})
public final class EvidenceImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "CSV file to import.")
    Path file;

    @Option(names = "--actor", defaultValue = "${sys:user.name}", description = "Who makes the change (default: "
            + "the login name).")
    String actor;

    @Option(names = "--data", defaultValue = "${env:REDIFF_DATA:-./data}",
            description = "Data directory of the workbench database (default ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        final List<StudyRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = StudyRecordCsv.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage());
        }
        final EvidenceStore store = EvidenceStore.openFile(data);
        store.seedIfEmpty();
        final var result = store.importRecords(records, actor, file.getFileName().toString());
        spec.commandLine().getOut().printf("imported %s: %d inserted, %d updated, %d unchanged (database %s; "
                + "every change is in the audit history)%n", file, result.inserted(), result.updated(),
                result.unchanged(), data.toAbsolutePath().normalize());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
