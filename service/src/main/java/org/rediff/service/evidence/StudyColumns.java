package org.rediff.service.evidence;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.StudyRecordCsv;

/**
 * A study record as its CSV cells (column → text, in {@link StudyRecordCsv#COLUMNS} order), and back. Going back
 * writes the cells as a CSV file and reads it with {@link StudyRecordCsv#read}, so a record from the database or
 * the web form passes exactly the validation an imported file does.
 */
public final class StudyColumns {
    private StudyColumns() {
    }

    /** The record's cells; blank cells are empty strings. */
    public static Map<String, String> of(StudyRecord record) {
        final List<String> cells = StudyRecordCsv.row(record);
        final Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < StudyRecordCsv.COLUMNS.size(); i++) {
            out.put(StudyRecordCsv.COLUMNS.get(i), cells.get(i));
        }
        return out;
    }

    /** One record from its cells (missing columns count as blank), validated as a one-row CSV named {@code source}. */
    public static StudyRecord toRecord(Map<String, String> cells, String source) {
        return toRecords(List.of(cells), source).get(0);
    }

    /** Records from rows of cells, validated together (all problems at once, duplicate ids included). */
    public static List<StudyRecord> toRecords(List<Map<String, String>> rows, String source) {
        return StudyRecordCsv.read(new StringReader(csv(rows)), source);
    }

    /** The rows as CSV text with the full header. */
    public static String csv(List<Map<String, String>> rows) {
        final StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(StudyRecordCsv.COLUMNS.toArray(String[]::new))
                .get().print(out)) {
            for (Map<String, String> row : rows) {
                final List<String> cells = new ArrayList<>();
                for (String column : StudyRecordCsv.COLUMNS) {
                    final String v = row.get(column);
                    cells.add(v == null ? "" : v);
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Columns whose text differs (null and blank are the same), in column order. */
    public static List<String> changedFields(Map<String, String> before, Map<String, String> after) {
        final List<String> changed = new ArrayList<>();
        for (String column : StudyRecordCsv.COLUMNS) {
            if (!blankToEmpty(before == null ? null : before.get(column)).equals(blankToEmpty(after.get(column)))) {
                changed.add(column);
            }
        }
        return changed;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
