package org.rediff.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;
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
    void eachProblemHasItsColumnAsPathWhileTheMessageKeepsFileRowAndId() {
        final List<StudyRecord> base = ShippedEvidence.load();
        final List<String> cells = new ArrayList<>(StudyRecordCsv.row(base.get(1)));
        cells.set(StudyRecordCsv.COLUMNS.indexOf("n_restored"), "25");
        cells.set(StudyRecordCsv.COLUMNS.indexOf("n_enrolled"), "x");
        cells.set(StudyRecordCsv.COLUMNS.indexOf("label"), "");
        cells.set(StudyRecordCsv.COLUMNS.indexOf("tsh_stimulation"), "TSH");
        final String text = String.join(",", StudyRecordCsv.COLUMNS) + "\n" + toCsvLine(cells) + "\n";
        final InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> StudyRecordCsv.read(new StringReader(text), "fix.csv"));
        assertThat(e.getMessage()).isEqualTo("fix.csv row 1 (id P01b): tsh_stimulation must be one of [rhTSH, "
                + "withdrawal, rhTSH_or_withdrawal, not_reported], got 'TSH'; n_enrolled must be a whole number (or "
                + "blank when not reported), got 'x'; label is required");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("tsh_stimulation", "n_enrolled", "label");
        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "tsh_stimulation must be one of [rhTSH, withdrawal, rhTSH_or_withdrawal, not_reported], got 'TSH'",
                "n_enrolled must be a whole number (or blank when not reported), got 'x'", "label is required");
        // the front ends' names do not touch a file's message
        assertThat(e.message(n -> "--" + n)).isEqualTo(e.getMessage());

        // the record's own consistency rules: the column as path, the limit named, the text unchanged
        final List<String> original = StudyRecordCsv.row(base.get(1));
        for (String column : List.of("n_enrolled", "label", "tsh_stimulation")) {
            cells.set(StudyRecordCsv.COLUMNS.indexOf(column), original.get(StudyRecordCsv.COLUMNS.indexOf(column)));
        }
        // CR + PR above the response denominator (9): no single path, both counts and the denominator named
        cells.set(StudyRecordCsv.COLUMNS.indexOf("n_cr"), "9");
        final String counts = String.join(",", StudyRecordCsv.COLUMNS) + "\n" + toCsvLine(cells) + "\n";
        final InvalidInputException c = catchThrowableOfType(InvalidInputException.class,
                () -> StudyRecordCsv.read(new StringReader(counts), "fix.csv"));
        assertThat(c.getMessage()).startsWith("fix.csv row 1 (id P01b): study P01b: ")
                .contains("n_restored = 25 exceeds n_evaluable = 9");
        assertThat(c.problems()).filteredOn(p -> "n_restored".equals(p.path())).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("n_restored = 25 exceeds n_evaluable = 9");
            assertThat(p.names()).containsExactly("n_restored", "n_evaluable");
        });
        assertThat(c.problems()).anySatisfy(p -> {
            assertThat(p.path()).isNull();
            assertThat(p.message()).isEqualTo("n_cr + n_pr = 10 exceeds response_denominator = 9");
            assertThat(p.names()).containsExactly("n_cr", "n_pr", "response_denominator");
        });
        assertThat(c.getMessage().substring("fix.csv row 1 (id P01b): study P01b: ".length()))
                .isEqualTo(String.join("; ", c.problems().stream().map(Problem::message).toList()));
    }

    @Test
    void yearAndPmidAreCheckedAsFields() {
        final StudyRecord r = ShippedEvidence.load().get(0);
        final int next = java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1;
        for (String year : List.of("1899", String.valueOf(next + 1), "13")) {
            final InvalidInputException e = rowError(r, "year", year);
            assertThat(e.getMessage()).startsWith("y.csv row 1 (id P01a): year must be a year from 1900 to " + next
                    + " (or blank when not reported), got " + year);
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("year");
                assertThat(p.value()).isEqualTo(year);
            });
        }
        for (String pmid : List.of("PMID23406027", "1234567890", "12 34", "-1")) {
            final InvalidInputException e = rowError(r, "pmid", pmid);
            assertThat(e.getMessage()).isEqualTo("y.csv row 1 (id P01a): pmid must be the PubMed id, 1 to 9 digits "
                    + "(or blank when not reported), got '" + pmid + "'");
            assertThat(e.problems()).extracting(Problem::path).containsExactly("pmid");
        }
        for (String[] ok : List.of(new String[] {"year", "1900"}, new String[] {"year", String.valueOf(next)},
                new String[] {"year", ""}, new String[] {"pmid", "1"}, new String[] {"pmid", "123456789"},
                new String[] {"pmid", ""})) {
            final List<String> cells = new ArrayList<>(StudyRecordCsv.row(r));
            cells.set(StudyRecordCsv.COLUMNS.indexOf(ok[0]), ok[1]);
            if (ok[0].equals("year") && ok[1].isEmpty()) {
                cells.set(StudyRecordCsv.COLUMNS.indexOf("provenance"), cells.get(StudyRecordCsv.COLUMNS
                        .indexOf("provenance")).replaceFirst("^year=[^|]*\\| ", ""));
            }
            final String text = String.join(",", StudyRecordCsv.COLUMNS) + "\n" + toCsvLine(cells) + "\n";
            assertThat(StudyRecordCsv.read(new StringReader(text), "ok.csv")).as(ok[0] + "=" + ok[1]).hasSize(1);
        }
    }

    @Test
    void malformedProvenanceAndAlternativesAreProblemsOfTheirColumns() {
        final StudyRecord r = ShippedEvidence.load().get(0);
        final String provenance = StudyRecordCsv.row(r).get(StudyRecordCsv.COLUMNS.indexOf("provenance"));
        final InvalidInputException e = rowError(r, "provenance", provenance + " | n_cr=x [sure] | oops");
        assertThat(e.getMessage()).contains("provenance n_cr: confidence must be one of high, medium, low, got 'sure'",
                "provenance: entry 'oops' is not 'field=source [high|medium|low]'");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("provenance", "provenance");
        final InvalidInputException a = rowError(r, "alternatives", "n_restored=1.2.3 (somewhere)");
        assertThat(a.getMessage()).contains("alternatives: entry 'n_restored=1.2.3 (somewhere)' is not "
                + "'field=number (source; reason)'");
        assertThat(a.problems()).extracting(Problem::path).containsExactly("alternatives");
    }

    @Test
    void aDuplicateIdIsAProblemOfTheIdColumn() {
        final StudyRecord r = ShippedEvidence.load().get(0);
        final String line = toCsvLine(StudyRecordCsv.row(r));
        final String text = String.join(",", StudyRecordCsv.COLUMNS) + "\n" + line + "\n" + line + "\n";
        final InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> StudyRecordCsv.read(new StringReader(text), "dup.csv"));
        assertThat(e.getMessage()).isEqualTo("dup.csv: duplicate id P01a");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("id");
            assertThat(p.value()).isEqualTo("P01a");
        });
    }

    private static InvalidInputException rowError(StudyRecord r, String column, String value) {
        final List<String> cells = new ArrayList<>(StudyRecordCsv.row(r));
        cells.set(StudyRecordCsv.COLUMNS.indexOf(column), value);
        final String text = String.join(",", StudyRecordCsv.COLUMNS) + "\n" + toCsvLine(cells) + "\n";
        return catchThrowableOfType(InvalidInputException.class,
                () -> StudyRecordCsv.read(new StringReader(text), "y.csv"));
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> StudyRecordCsv.read(new StringReader("id,label\nX,Y\n"), "short.csv"))
                .hasMessageContaining("short.csv: missing column(s)").hasMessageContaining("n_restored");
    }

    /** A label and notes that a spreadsheet would run as formulas are exported guarded and read back unchanged. */
    @Test
    void formulaLikeTextIsGuardedInTheExportAndReadBackAsItWas() {
        final List<String> cells = new ArrayList<>(StudyRecordCsv.row(ShippedEvidence.load().get(0)));
        cells.set(StudyRecordCsv.COLUMNS.indexOf("label"), "=HYPERLINK(\"http://evil\",\"Ho 2013\")");
        cells.set(StudyRecordCsv.COLUMNS.indexOf("notes"), "-- see table 2");
        final String text = String.join(",", StudyRecordCsv.COLUMNS) + "\n" + toCsvLine(cells) + "\n";
        final List<StudyRecord> records = StudyRecordCsv.read(new StringReader(text), "hostile.csv");

        final String export = csvOf(records);
        assertThat(export).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"Ho 2013\"\")\"", "\"'-- see table 2\"")
                .doesNotContain(",=HYPERLINK", ",-- see");
        assertThat(StudyRecordCsv.read(new StringReader(export), "export")).isEqualTo(records);
        assertThat(records.get(0).label()).startsWith("=HYPERLINK");
    }

    private static String toCsvLine(List<String> cells) {
        return String.join(",", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList());
    }
}
