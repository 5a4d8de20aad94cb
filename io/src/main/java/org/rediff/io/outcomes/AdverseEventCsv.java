package org.rediff.io.outcomes;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.rediff.core.common.InvalidInputException;
import org.rediff.io.csv.CsvInput;
import org.rediff.core.response.AdverseEvent;

/**
 * An adverse-event listing: one row per event (CTCAE v5.0), with the columns
 * <ul>
 *   <li>{@code patient}: identifier;</li>
 *   <li>{@code term}: CTCAE term, e.g. {@code Pyrexia};</li>
 *   <li>{@code grade}: 1 to 5;</li>
 *   <li>{@code attribution}: unrelated, unlikely, possible, probable or definite (relation to the study drug);</li>
 *   <li>{@code onset}: yyyy-mm-dd;</li>
 *   <li>{@code resolution}: yyyy-mm-dd, or empty while ongoing (optional column);</li>
 *   <li>{@code action}: none, dose_reduced, interrupted or withdrawn (optional column, empty = none).</li>
 * </ul>
 * Errors name the file, the 1-based data row, the patient and the field.
 */
public final class AdverseEventCsv {
    private static final List<String> REQUIRED = List.of("patient", "term", "grade", "attribution", "onset");

    private AdverseEventCsv() {
    }

    /**
     * @param in   the CSV text (header row first)
     * @param file its name in messages
     * @return the events in file order (possibly none: a cohort without events)
     * @throws InvalidInputException naming the file, row, patient and field
     */
    public static List<AdverseEvent> read(Reader in, String file) {
        return CsvInput.read(in, file, parser -> {
            final List<String> header = parser.getHeaderNames();
            for (String c : REQUIRED) {
                if (!header.contains(c)) {
                    throw new InvalidInputException(file + ": no column '" + c + "' (columns are " + header
                            + "; needed: " + REQUIRED + ", optional: resolution, action)");
                }
            }
            final List<AdverseEvent> events = new ArrayList<>();
            int row = 0;
            for (CSVRecord r : parser) {
                row++;
                CsvInput.requireComplete(r, row, file, header.size());
                final String patient = r.get("patient");
                if (patient.isBlank()) {
                    throw new InvalidInputException(file + " row " + row + ", field patient: is empty");
                }
                final String where = file + " row " + row + " (patient '" + patient + "'), field ";
                final String term = r.get("term");
                if (term.isBlank()) {
                    throw new InvalidInputException(where + "term: is empty; give the CTCAE term");
                }
                final LocalDate onset = date(r.get("onset"), where + "onset", false);
                final LocalDate resolution = header.contains("resolution")
                        ? date(r.get("resolution"), where + "resolution", true) : null;
                if (resolution != null && resolution.isBefore(onset)) {
                    throw new InvalidInputException(where + "resolution: " + resolution + " is before the onset "
                            + onset);
                }
                final String action = header.contains("action") ? r.get("action") : "";
                events.add(new AdverseEvent(patient, term, grade(r.get("grade"), where), attribution(r.get(
                        "attribution"), where), onset, resolution, action(action, where)));
            }
            return events;
        });
    }

    private static int grade(String text, String where) {
        try {
            final int g = Integer.parseInt(text.trim());
            if (g >= 1 && g <= 5) {
                return g;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(where + "grade: must be a CTCAE grade 1, 2, 3, 4 or 5, got '" + text + "'");
    }

    private static AdverseEvent.Attribution attribution(String text, String where) {
        try {
            return AdverseEvent.Attribution.parse(text.trim());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(where + "attribution: must be unrelated, unlikely, possible, probable or "
                    + "definite, got '" + text + "'");
        }
    }

    private static AdverseEvent.Action action(String text, String where) {
        if (text.isBlank()) {
            return AdverseEvent.Action.NONE;
        }
        try {
            return AdverseEvent.Action.parse(text.trim().replaceAll("[- ]+", "_"));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(where + "action: must be none, dose_reduced, interrupted or withdrawn "
                    + "(or empty), got '" + text + "'");
        }
    }

    private static LocalDate date(String text, String field, boolean emptyAllowed) {
        if (text.isBlank()) {
            if (emptyAllowed) {
                return null;
            }
            throw new InvalidInputException(field + ": is empty; give the date as yyyy-mm-dd");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + ": must be a date yyyy-mm-dd" + (emptyAllowed ? " (or empty)" : "")
                    + ", got '" + text + "'");
        }
    }
}
