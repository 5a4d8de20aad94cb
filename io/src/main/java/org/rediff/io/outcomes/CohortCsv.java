package org.rediff.io.outcomes;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.rediff.core.common.InvalidInputException;
import org.rediff.io.csv.CsvInput;
import org.rediff.core.response.Response;

/**
 * A cohort CSV for the outcomes page: one row per patient with the columns
 * <ul>
 *   <li>{@code patient}: identifier (optional column; "#row" when absent or empty), unique;</li>
 *   <li>the group column (optional, chosen by the caller), e.g. {@code group};</li>
 *   <li>{@code best_change_pct}: best percent change of the RECIST sum of diameters from baseline (≥ −100; optional
 *   column, empty when not evaluable) — the waterfall plot;</li>
 *   <li>{@code best_response}: CR, PR, SD, PD, NE or NON_CR_NON_PD (optional, case-insensitive, empty allowed);</li>
 *   <li>the time column (months of progression-free follow-up, ≥ 0) and the event column (1 progression or death,
 *   0 censored), names chosen by the caller, e.g. {@code time} and {@code event};</li>
 *   <li>{@code ongoing}: true while the patient is still on study (optional; true/false, yes/no, empty = false) —
 *   the arrow of the swimmer plot.</li>
 * </ul>
 * Other columns (covariates) are kept for the survival analysis, which reads the same text through
 * {@link SurvivalInput}. Errors name the file, the 1-based data row, the patient and the field.
 *
 * @param patients the patients in file order
 * @param columns  the header
 */
public record CohortCsv(List<Patient> patients, List<String> columns) {
    /** Column of the patient identifier. */
    public static final String PATIENT = "patient";
    /** Column of the best percent change from baseline. */
    public static final String BEST_CHANGE = "best_change_pct";
    /** Column of the best overall response. */
    public static final String BEST_RESPONSE = "best_response";
    /** Column of the on-study flag. */
    public static final String ONGOING = "ongoing";

    public CohortCsv {
        patients = List.copyOf(patients);
        columns = List.copyOf(columns);
    }

    /**
     * One patient.
     *
     * @param row           1-based data row
     * @param id            identifier
     * @param group         group, or null without a group column
     * @param bestChangePct best percent change from baseline, NaN when not given
     * @param bestResponse  best overall response, or null when not given
     * @param time          follow-up time
     * @param event         progression or death observed at {@code time}
     * @param ongoing       still on study at {@code time}
     */
    public record Patient(int row, String id, String group, double bestChangePct, Response bestResponse, double time,
                          boolean event, boolean ongoing) {
        /** Whether the patient has a best change (a bar of the waterfall plot). */
        public boolean hasBestChange() {
            return Double.isFinite(bestChangePct);
        }
    }

    /** Whether the file had a best_change_pct column. */
    public boolean hasBestChangeColumn() {
        return columns.contains(BEST_CHANGE);
    }

    /** Whether the file had a best_response column. */
    public boolean hasBestResponseColumn() {
        return columns.contains(BEST_RESPONSE);
    }

    /**
     * @param in          the CSV text (header row first)
     * @param file        its name in messages
     * @param timeColumn  follow-up time column
     * @param eventColumn event column (1 event, 0 censored)
     * @param groupColumn group column, or null
     * @throws InvalidInputException naming the file, row, patient and field
     */
    public static CohortCsv read(Reader in, String file, String timeColumn, String eventColumn, String groupColumn) {
        return CsvInput.read(in, file, parser -> {
            final List<String> header = parser.getHeaderNames();
            final List<String> needed = new ArrayList<>(List.of(timeColumn, eventColumn));
            if (groupColumn != null) {
                needed.add(groupColumn);
            }
            for (String c : needed) {
                if (!header.contains(c)) {
                    throw new InvalidInputException(file + ": no column '" + c + "' (columns are " + header + ")");
                }
            }
            final boolean hasId = header.contains(PATIENT);
            final List<Patient> patients = new ArrayList<>();
            final Map<String, Integer> seen = new HashMap<>();
            int row = 0;
            for (CSVRecord r : parser) {
                row++;
                CsvInput.requireComplete(r, row, file, header.size());
                final String given = hasId ? r.get(PATIENT) : "";
                final String id = given.isBlank() ? "#" + row : given;
                final String where = file + " row " + row + " (patient '" + id + "'), field ";
                final Integer earlier = seen.put(id, row);
                if (earlier != null) {
                    throw new InvalidInputException(file + " row " + row + ", field " + PATIENT + ": patient '" + id
                            + "' is already in row " + earlier + "; give one row per patient");
                }
                final String timeText = r.get(timeColumn);
                final double time = number(timeText);
                if (!(time >= 0) || !Double.isFinite(time)) {
                    throw new InvalidInputException(where + timeColumn + ": must be a number >= 0, got '" + timeText
                            + "'");
                }
                final String e = r.get(eventColumn);
                if (!e.equals("0") && !e.equals("1")) {
                    throw new InvalidInputException(where + eventColumn + ": must be 0 (censored) or 1 (event), got '"
                            + e + "'");
                }
                String group = null;
                if (groupColumn != null) {
                    group = r.get(groupColumn);
                    if (group.isBlank()) {
                        throw new InvalidInputException(where + groupColumn + ": is empty");
                    }
                }
                double change = Double.NaN;
                if (header.contains(BEST_CHANGE) && !r.get(BEST_CHANGE).isBlank()) {
                    final String text = r.get(BEST_CHANGE);
                    change = number(text);
                    if (!Double.isFinite(change) || change < -100) {
                        throw new InvalidInputException(where + BEST_CHANGE + ": must be a percent change >= -100 "
                                + "(or empty when not evaluable), got '" + text + "'");
                    }
                }
                Response response = null;
                if (header.contains(BEST_RESPONSE) && !r.get(BEST_RESPONSE).isBlank()) {
                    response = response(r.get(BEST_RESPONSE), where);
                }
                boolean ongoing = false;
                if (header.contains(ONGOING) && !r.get(ONGOING).isBlank()) {
                    ongoing = bool(r.get(ONGOING), where);
                }
                patients.add(new Patient(row, id, group, change, response, time, e.equals("1"), ongoing));
            }
            if (patients.isEmpty()) {
                throw new InvalidInputException(file + ": no data rows");
            }
            return new CohortCsv(patients, header);
        });
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Response response(String text, String where) {
        final String code = text.trim().toUpperCase(Locale.ROOT).replaceAll("[-/ ]+", "_");
        try {
            return Response.parse(code);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(where + BEST_RESPONSE + ": must be CR, PR, SD, PD, NE or NON_CR_NON_PD "
                    + "(or empty), got '" + text + "'");
        }
    }

    private static boolean bool(String text, String where) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new InvalidInputException(where + ONGOING + ": must be true or false (or empty), got '"
                    + text + "'");
        };
    }
}
