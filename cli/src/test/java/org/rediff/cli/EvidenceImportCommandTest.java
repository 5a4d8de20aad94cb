package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.ShippedEvidence;
import org.rediff.io.evidence.StudyRecordCsv;

/** {@code rediff evidence import}: validated, all-or-nothing, audited, and visible to {@code --source database}. */
class EvidenceImportCommandTest {
    @TempDir
    Path dir;

    private Path csvWith(String id, String column, String value) throws Exception {
        final StudyRecord r = ShippedEvidence.load().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        final List<String> cells = new ArrayList<>(StudyRecordCsv.row(r));
        cells.set(StudyRecordCsv.COLUMNS.indexOf(column), value);
        final StringWriter w = new StringWriter();
        StudyRecordCsv.write(List.of(), w);
        final String line = String.join(",", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList());
        final Path file = dir.resolve("fix-" + column + ".csv");
        Files.writeString(file, w.toString() + line + "\r\n");
        return file;
    }

    @Test
    void aBadRowIsRejectedWithItsRowAndFieldAndNothingIsWritten() throws Exception {
        final Path data = dir.resolve("data");
        final Path bad = csvWith("P02", "n_restored", "11");
        final MetaCommandTest.Run r = MetaCommandTest.run("evidence", "import", bad.toString(), "--data",
                data.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("row 1 (id P02)").contains("n_restored = 11 exceeds n_evaluable = 10");
        assertThat(data).doesNotExist();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCorrectionIsImportedAuditedAndPooledFromTheDatabase() throws Exception {
        final Path data = dir.resolve("data");
        final Path fix = csvWith("P02", "notes", "Checked against the full text by the test.");
        final MetaCommandTest.Run r = MetaCommandTest.run("evidence", "import", fix.toString(), "--data",
                data.toString(), "--reason", "checked");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("0 inserted, 1 updated, 0 unchanged");
        final MetaCommandTest.Run again = MetaCommandTest.run("evidence", "import", fix.toString(), "--data",
                data.toString(), "--reason", "checked");
        assertThat(again.out()).contains("0 inserted, 0 updated, 1 unchanged");
        final MetaCommandTest.Run list = MetaCommandTest.run("evidence", "list", "--source", "database", "--data",
                data.toString(), "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("Checked against the full text by the test.");
        final List<StudyRecord> stored = StudyRecordCsv.read(new StringReader(exportOf(data)), "db");
        assertThat(stored).hasSize(ShippedEvidence.load().size());
        final MetaCommandTest.Run pool = MetaCommandTest.run("evidence", "pool", "--outcome", "uptake", "--source",
                "database", "--data", data.toString(), "--format", "json");
        assertThat(pool.code()).as(pool.err()).isZero();
        assertThat(((Map<String, Object>) MetaCommandTest.json(pool.out()).get("provenance")).get("input").toString())
                .contains("workbench database");
    }

    private static String exportOf(Path data) {
        final StringWriter w = new StringWriter();
        StudyRecordCsv.write(org.rediff.service.evidence.EvidenceStore.openFile(data).list(), w);
        return w.toString();
    }
}
