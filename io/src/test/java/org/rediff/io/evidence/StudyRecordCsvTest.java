package org.rediff.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord;

class StudyRecordCsvTest {

    private static String csvOf(List<StudyRecord> records) {
        final StringWriter w = new StringWriter();
        StudyRecordCsv.write(records, w);
        return w.toString();
    }

    @Test
    void theShippedBaseLoadsAndEveryNumberHasItsProvenance() {
        final List<StudyRecord> base = ShippedEvidence.load();
        assertThat(base).hasSizeGreaterThanOrEqualTo(33);
        assertThat(base).extracting(StudyRecord::id).doesNotHaveDuplicates();
        assertThat(ShippedEvidence.dataVersion()).matches("evidence-[0-9a-f]{12}");
        // Parent links point at records of the base.
        final List<String> ids = base.stream().map(StudyRecord::id).toList();
        base.stream().filter(r -> r.parentId() != null).forEach(r -> assertThat(ids).contains(r.parentId()));
    }

    @Test
    void writingAndReadingBackGivesTheSameRecords() {
        final List<StudyRecord> base = ShippedEvidence.load();
        final List<StudyRecord> again = StudyRecordCsv.read(new StringReader(csvOf(base)), "round-trip");
        assertThat(again).isEqualTo(base);
    }

    @Test
    void restoredAboveEvaluableIsRejectedNamingFileRowIdAndField() {
        final List<StudyRecord> base = ShippedEvidence.load();
        final List<String> lines = new ArrayList<>(List.of(csvOf(base.subList(0, 3)).split("\r\n")));
        final List<String> cells = new ArrayList<>(StudyRecordCsv.row(base.get(1)));
        final int restored = StudyRecordCsv.COLUMNS.indexOf("n_restored");
        final int evaluable = StudyRecordCsv.COLUMNS.indexOf("n_evaluable");
        cells.set(restored, String.valueOf(Integer.parseInt(cells.get(evaluable)) + 1));
        final StringWriter w = new StringWriter();
        StudyRecordCsv.write(List.of(), w);
        final String header = w.toString().trim();
        final String bad = header + "\r\n" + lines.get(1) + "\r\n" + toCsvLine(cells) + "\r\n";
        assertThatThrownBy(() -> StudyRecordCsv.read(new StringReader(bad), "fix.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fix.csv row 2 (id " + base.get(1).id() + ")")
                .hasMessageContaining("n_restored")
                .hasMessageContaining("exceeds n_evaluable");
    }

    @Test
    void aNumberWithoutProvenanceOrAnUnknownCodeIsRejected() {
        final StudyRecord r = ShippedEvidence.load().get(0);
        final List<String> cells = new ArrayList<>(StudyRecordCsv.row(r));
        cells.set(StudyRecordCsv.COLUMNS.indexOf("provenance"), "");
        cells.set(StudyRecordCsv.COLUMNS.indexOf("genotype"), "KRAS_G12C");
        final String text = String.join(",", StudyRecordCsv.COLUMNS) + "\n" + toCsvLine(cells) + "\n";
        assertThatThrownBy(() -> StudyRecordCsv.read(new StringReader(text), "new.csv"))
                .hasMessageContaining("new.csv row 1")
                .hasMessageContaining("genotype must be one of")
                .hasMessageContaining("KRAS_G12C");
        cells.set(StudyRecordCsv.COLUMNS.indexOf("genotype"), "RAS");
        final String noProvenance = String.join(",", StudyRecordCsv.COLUMNS) + "\n" + toCsvLine(cells) + "\n";
        assertThatThrownBy(() -> StudyRecordCsv.read(new StringReader(noProvenance), "new.csv"))
                .hasMessageContaining("has no provenance entry");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> StudyRecordCsv.read(new StringReader("id,label\nX,Y\n"), "short.csv"))
                .hasMessageContaining("short.csv: missing column(s)").hasMessageContaining("n_restored");
    }

    private static String toCsvLine(List<String> cells) {
        return String.join(",", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList());
    }
}
