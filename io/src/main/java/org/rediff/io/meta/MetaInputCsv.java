package org.rediff.io.meta;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.ProportionStudy;

/**
 * Reads the CSV input of {@code rediff meta}: a header, a {@code study} column and the event and total counts
 * (columns named by the caller). Every error names the file, the 1-based data row (header excluded) or study, and
 * the field.
 */
public final class MetaInputCsv {
    private MetaInputCsv() {
    }

    public static MetaInput read(Reader in, String fileName, String eventsColumn, String totalColumn,
                                 List<String> requiredColumns) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(in)) {
            final List<String> header = parser.getHeaderNames();
            final List<String> needed = new ArrayList<>(List.of("study", eventsColumn, totalColumn));
            needed.addAll(requiredColumns);
            for (String column : needed) {
                if (!header.contains(column)) {
                    throw new InvalidInputException(fileName + ": no column '" + column + "' (columns are " + header
                            + ")");
                }
            }
            final List<ProportionStudy> studies = new ArrayList<>();
            final Map<String, List<String>> columns = new LinkedHashMap<>();
            header.forEach(h -> columns.put(h, new ArrayList<>()));
            int row = 0;
            for (CSVRecord r : parser) {
                row++;
                if (r.size() != header.size()) {
                    throw new InvalidInputException(fileName + " row " + row + ": has " + r.size() + " fields, the "
                            + "header has " + header.size());
                }
                final String study = r.get("study").trim();
                if (study.isEmpty()) {
                    throw new InvalidInputException(fileName + " row " + row + ", field study: is empty");
                }
                final int events = count(r.get(eventsColumn), fileName, row, study, eventsColumn);
                final int total = count(r.get(totalColumn), fileName, row, study, totalColumn);
                if (total < 1) {
                    throw new InvalidInputException(fileName + " row " + row + " (study '" + study + "'), field "
                            + totalColumn + ": must be at least 1, got " + total);
                }
                if (events > total) {
                    throw new InvalidInputException(fileName + " row " + row + " (study '" + study + "'), field "
                            + eventsColumn + ": " + events + " exceeds " + totalColumn + " = " + total);
                }
                studies.add(new ProportionStudy(study, events, total));
                for (String h : header) {
                    columns.get(h).add(r.get(h).trim());
                }
            }
            if (studies.isEmpty()) {
                throw new InvalidInputException(fileName + ": no data rows");
            }
            return new MetaInput(studies, columns);
        } catch (IOException e) {
            throw new InvalidInputException(fileName + ": cannot read: " + e.getMessage());
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(fileName + ": malformed CSV: " + e.getMessage());
        }
    }

    private static int count(String text, String file, int row, String study, String column) {
        final String t = text.trim();
        try {
            final int v = Integer.parseInt(t);
            if (v < 0) {
                throw new InvalidInputException(file + " row " + row + " (study '" + study + "'), field " + column
                        + ": must be a non-negative whole number, got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file + " row " + row + " (study '" + study + "'), field " + column
                    + ": must be a non-negative whole number, got '" + t + "'");
        }
    }
}
