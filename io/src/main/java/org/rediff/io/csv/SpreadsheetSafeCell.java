package org.rediff.io.csv;

import java.util.regex.Pattern;

/**
 * A CSV cell as a spreadsheet may safely open it (OWASP "CSV Injection"): text starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be read by Excel, LibreOffice or Sheets as a formula (a
 * study label such as {@code =HYPERLINK(...)} runs when the export is opened), so it is written with a single quote
 * in front, which the spreadsheet shows as text, and quoted by {@link CsvOutput}.
 *
 * <p>Pure numbers are left alone, as OWASP allows: {@code -32.5}, {@code +4} or {@code -1.5E-3} are read as
 * numbers, not formulas, and a quote in front would turn a negative best change or a CI bound into text for every
 * analysis of the export. The rule is the whole cell matching {@link #NUMBER} (an optional sign, digits with an
 * optional decimal part, an optional exponent); {@code -2+3} or {@code -1,5} are not numbers and are neutralised.
 *
 * @param text    the cell as written (with the quote when neutralised)
 * @param guarded whether the quote was added (the writer then quotes the cell)
 */
public record SpreadsheetSafeCell(String text, boolean guarded) {
    /** A plain decimal number, the only formula-like start left as it is. */
    static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** The cell for {@code value} (null is blank). */
    public static SpreadsheetSafeCell of(String value) {
        if (value == null || value.isEmpty()) {
            return new SpreadsheetSafeCell("", false);
        }
        if (FORMULA_STARTS.indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
            return new SpreadsheetSafeCell(value, false);
        }
        return new SpreadsheetSafeCell("'" + value, true);
    }

    /**
     * The value a neutralised cell stood for: the quote taken off again when it precedes a formula start, so that
     * an export read back (an evidence import of an export) keeps its text. Any other text is returned as it is.
     */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
