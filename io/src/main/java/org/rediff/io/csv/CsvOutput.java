package org.rediff.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The writer of every CSV the workbench exports (evidence export, site cohort, synthesis studies): RFC 4180 with
 * CRLF line ends, a cell quoted when it holds a comma, a quote, a line break or surrounding spaces (as Commons CSV's
 * minimal quoting does), and every cell made safe for spreadsheets by {@link SpreadsheetSafeCell} (neutralised cells
 * are always quoted, as OWASP recommends). One place, so that no export can forget the rule.
 */
public final class CsvOutput {
    private static final String EOL = "\r\n";
    private final Appendable out;

    private CsvOutput(Appendable out) {
        this.out = out;
    }

    /** A writer to {@code out} that has written the header row. */
    public static CsvOutput withHeader(Appendable out, List<String> header) {
        final CsvOutput csv = new CsvOutput(out);
        csv.row(header);
        return csv;
    }

    /** A writer to {@code out} that has written the header row. */
    public static CsvOutput withHeader(Appendable out, String... header) {
        return withHeader(out, Arrays.asList(header));
    }

    /** One row; null and absent values are blank cells, others their {@code String.valueOf}. */
    public CsvOutput row(List<?> cells) {
        final StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            final Object v = cells.get(i);
            final SpreadsheetSafeCell cell = SpreadsheetSafeCell.of(v == null ? null : String.valueOf(v));
            // A row of one blank cell is quoted, or the line would be empty and skipped as a blank line.
            if (cell.guarded() || needsQuotes(cell.text()) || (cells.size() == 1 && cell.text().isEmpty())) {
                line.append('"').append(cell.text().replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell.text());
            }
        }
        try {
            out.append(line).append(EOL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** One row. */
    public CsvOutput row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
