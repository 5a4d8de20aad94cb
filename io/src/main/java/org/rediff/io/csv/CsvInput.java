package org.rediff.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rediff.core.common.InvalidInputException;

/**
 * Opens a CSV file with a header row (surrounding spaces and empty lines ignored) and hands the parser to a reader
 * of rows. Whatever goes wrong below — an unreadable file, a malformed CSV line that Commons CSV reports as an
 * unchecked exception while iterating — becomes one {@link InvalidInputException} naming the file; the reader's own
 * messages (which name the row and field) pass through unchanged.
 */
public final class CsvInput {
    private static final CSVFormat HEADED = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private CsvInput() {
    }

    /** Reads rows from an open parser. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(CSVParser parser) throws IOException;
    }

    /**
     * Rejects a data row whose number of fields differs from the header's, naming the file and the 1-based row
     * (header excluded); a short row would otherwise fail later on a column it lacks, with a vaguer message.
     */
    public static void requireComplete(CSVRecord record, int row, String file, int headerSize) {
        if (!record.isConsistent()) {
            throw new InvalidInputException(file + " row " + row + ": has " + record.size() + " fields, the header has "
                    + headerSize);
        }
    }

    public static <T> T read(Reader in, String file, Rows<T> rows) {
        try (CSVParser parser = HEADED.parse(in)) {
            return rows.read(parser);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage());
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException(file + ": malformed CSV: " + e.getMessage());
        }
    }
}
