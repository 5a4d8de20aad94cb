package org.rediff.io.evidence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rediff.core.common.InvalidInputException;
import org.rediff.io.csv.CsvOutput;
import org.rediff.io.csv.SpreadsheetSafeCell;
import org.rediff.core.common.Problem;
import org.rediff.core.evidence.AlternativeValue;
import org.rediff.core.evidence.Provenance;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.core.evidence.StudyRecord.Citation;
import org.rediff.core.evidence.StudyRecord.RadioiodineTherapy;
import org.rediff.core.evidence.StudyRecord.Regimen;
import org.rediff.core.evidence.StudyRecord.ResponseOutcome;
import org.rediff.core.evidence.StudyRecord.Safety;
import org.rediff.core.evidence.StudyRecord.UptakeOutcome;

/**
 * Reads and writes the evidence base in its CSV form (the shipped {@code evidence/studies.csv} and the files
 * {@code rediff evidence import} takes; columns documented in that folder's README). Reading validates every
 * row and reports all problems at once, each naming the file, the 1-based data row, the study id and the field
 * (the exception's message), and each a {@link Problem} with the column as path (its problems, for a form or an API
 * to mark the fields); nothing is returned unless every row is valid.
 */
public final class StudyRecordCsv {
    /** The columns, in file order. */
    /** Study ids: letters, digits, '_', '.', '-', 1 to 64 characters, no leading dot. */
    public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}");
    public static final List<String> COLUMNS = List.of("id", "parent_id", "label", "record_type", "design",
            "first_author", "authors", "year", "journal", "pmid", "doi", "registry_id", "itog_ref", "itog_table3_row",
            "genotype", "drugs", "drug_regimen", "days_on_drug_before_uptake", "days_on_drug_total", "tsh_stimulation",
            "uptake_method", "uptake_definition", "uptake_criterion", "n_enrolled", "n_evaluable", "n_restored", "n_treated_131i",
            "i131_activity_mean_mbq", "i131_activity_range", "i131_activity_rule", "response_criteria",
            "response_timepoint", "response_denominator", "n_cr", "n_pr", "n_sd", "n_pd", "tg_response",
            "n_grade3plus_ae", "ae_denominator", "ae_notes", "provenance", "alternatives", "sources", "confidence",
            "notes");

    /** Columns added after the first release: files without them still import (the value is not_reported). */
    private static final List<String> OPTIONAL_COLUMNS = List.of("uptake_criterion");
    private static final Pattern PROVENANCE = Pattern.compile("^\\s*([a-z0-9_]+)\\s*=\\s*(.+?)\\s*\\[(\\w+)]\\s*$");
    private static final Pattern ALTERNATIVE = Pattern.compile("^\\s*([a-z0-9_]+)\\s*=\\s*(-?[0-9.]+)\\s*\\((.+)\\)\\s*$");
    /** PubMed ids: 1 to 9 digits. */
    private static final Pattern PMID_PATTERN = Pattern.compile("[0-9]{1,9}");
    /** The earliest publication year accepted; the latest is next year. */
    private static final int FIRST_YEAR = 1900;

    private StudyRecordCsv() {
    }

    /**
     * Reads and validates a whole file.
     *
     * @param in       the CSV text, with a header row
     * @param fileName the file's name, for the messages
     * @return the records, in file order
     * @throws InvalidInputException if any row is invalid: its message has one line per invalid row, {@code "FILE
     *                               row N (id X): "} and the row's problems, and its {@link
     *                               InvalidInputException#problems() problems} have the column as path (CR + PR
     *                               above the denominator has none and names both); a file that cannot be read or
     *                               lacks columns gives a message alone
     */
    public static List<StudyRecord> read(Reader in, String fileName) {
        final List<StudyRecord> records = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            final List<String> missing = new ArrayList<>(COLUMNS);
            missing.removeAll(parser.getHeaderNames());
            missing.removeAll(OPTIONAL_COLUMNS);
            if (!missing.isEmpty()) {
                throw new InvalidInputException(fileName + ": missing column(s) " + missing + "; expected " + COLUMNS);
            }
            int row = 0;
            for (CSVRecord r : parser) {
                row++;
                try {
                    records.add(parse(r));
                } catch (InvalidInputException e) {
                    messages.add(fileName + " row " + row + " (id " + r.get("id") + "): " + e.getMessage());
                    problems.addAll(e.problems().isEmpty() ? List.of(new Problem(null, null, e.getMessage()))
                            : e.problems());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(fileName + ": cannot read CSV: " + e.getMessage());
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException(fileName + ": malformed CSV: " + e.getMessage());
        }
        final Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (seen.put(records.get(i).id(), i) != null) {
                messages.add(fileName + ": duplicate id " + records.get(i).id());
                problems.add(new Problem("id", records.get(i).id(), "must be unique in the file"));
            }
        }
        if (!messages.isEmpty()) {
            throw new InvalidInputException(String.join("\n", messages), problems);
        }
        return records;
    }

    private static StudyRecord parse(CSVRecord r) {
        final Fields f = new Fields(r);
        final Citation citation = new Citation(f.text("first_author"), f.text("authors"), f.year("year"),
                f.text("journal"), f.pmid("pmid"), f.text("doi"), f.text("registry_id"), f.integer("itog_ref"));
        final Regimen regimen = new Regimen(f.choice("genotype", StudyRecord.Genotype::parse),
                f.list("drugs", ";"), f.text("drug_regimen"), f.integer("days_on_drug_before_uptake"),
                f.integer("days_on_drug_total"), f.choice("tsh_stimulation", StudyRecord.TshStimulation::parse));
        final UptakeOutcome uptake = new UptakeOutcome(f.choice("uptake_method", StudyRecord.UptakeMethod::parse),
                f.text("uptake_definition"),
                f.text("uptake_criterion") == null ? StudyRecord.UptakeCriterion.NOT_REPORTED
                        : f.choice("uptake_criterion", StudyRecord.UptakeCriterion::parse), f.integer("n_enrolled"), f.integer("n_evaluable"), f.integer("n_restored"),
                f.integer("n_treated_131i"));
        final RadioiodineTherapy therapy = new RadioiodineTherapy(f.number("i131_activity_mean_mbq"),
                f.text("i131_activity_range"), f.choice("i131_activity_rule", StudyRecord.ActivityRule::parse));
        final ResponseOutcome response = new ResponseOutcome(f.text("response_criteria"), f.text("response_timepoint"),
                f.integer("response_denominator"), f.integer("n_cr"), f.integer("n_pr"), f.integer("n_sd"),
                f.integer("n_pd"), f.text("tg_response"));
        final Safety safety = new Safety(f.integer("n_grade3plus_ae"), f.integer("ae_denominator"), f.text("ae_notes"));
        // id and label are checked before the problems are thrown, so that a blank one is an error, never "?"
        final String id = f.id("id");
        final String parentId = f.text("parent_id") == null ? null : f.id("parent_id");
        final String label = f.required("label");
        final StudyRecord.RecordType type = f.choice("record_type", StudyRecord.RecordType::parse);
        final Map<String, Provenance> provenance = provenance(f.text("provenance"), f);
        final List<AlternativeValue> alternatives = alternatives(f.text("alternatives"), f);
        f.throwIfProblems();
        return new StudyRecord(id, parentId, label, type, f.text("design"), citation,
                f.text("itog_table3_row"), regimen, uptake, therapy, response, safety, provenance,
                alternatives, f.list("sources", ";"), f.text("confidence"), f.text("notes"));
    }

    /** The provenance entries; a malformed one is a problem of {@code f}. */
    private static Map<String, Provenance> provenance(String text, Fields f) {
        final Map<String, Provenance> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String entry : text.split("\\|")) {
            if (entry.isBlank()) {
                continue;
            }
            final Matcher m = PROVENANCE.matcher(entry);
            if (!m.matches() || m.group(2).isBlank()) {
                final String rest = "is not 'field=source [high|medium|low]'";
                f.add(quoted("provenance", entry.trim(), rest, "entry"),
                        "provenance: entry '" + entry.trim() + "' " + rest);
                continue;
            }
            final Provenance.Confidence confidence;
            try {
                confidence = Provenance.Confidence.parse(m.group(3));
            } catch (InvalidInputException e) {
                // "provenance n_cr: confidence must be one of high, medium, low, got 'x'"
                f.add(new Problem("provenance", "'" + m.group(3) + "'",
                        m.group(1) + ": confidence must be one of high, medium, low"), null);
                continue;
            }
            out.put(m.group(1), new Provenance(m.group(2), confidence));
        }
        return out;
    }

    /** The alternative values; a malformed one is a problem of {@code f}. */
    private static List<AlternativeValue> alternatives(String text, Fields f) {
        final List<AlternativeValue> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String entry : text.split("\\|")) {
            if (entry.isBlank()) {
                continue;
            }
            final Matcher m = ALTERNATIVE.matcher(entry);
            final double value = m.matches() && !m.group(3).isBlank() ? parseOrNaN(m.group(2)) : Double.NaN;
            if (!Double.isFinite(value)) {
                final String rest = "is not 'field=number (source; reason)'";
                f.add(quoted("alternatives", entry.trim(), rest, "entry"),
                        "alternatives: entry '" + entry.trim() + "' " + rest);
                continue;
            }
            out.add(new AlternativeValue(m.group(1), value, m.group(3).trim()));
        }
        return out;
    }

    private static double parseOrNaN(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The problem "{@code column} [{@code noun}] 'v' {@code rest}" with the value inside the sentence, as the
     * messages of this format have it; a value that looks like a {@code {name}} reference goes to the problem's
     * value instead, so that it is shown as given.
     */
    private static Problem quoted(String column, String v, String rest, String noun) {
        final String head = noun == null ? "" : noun + " ";
        if (v.contains("{")) {
            return new Problem(column, "'" + v + "'", head + rest);
        }
        return new Problem(column, null, head + "'" + v + "' " + rest);
    }

    /** The records as the export CSV (cells made safe for spreadsheets; {@link #read} takes the guard off again). */
    public static void write(List<StudyRecord> records, Writer out) {
        final CsvOutput csv = CsvOutput.withHeader(out, COLUMNS);
        for (StudyRecord s : records) {
            csv.row(row(s));
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record as CSV cells in {@link #COLUMNS} order. */
    public static List<String> row(StudyRecord s) {
        final Map<String, Object> v = new LinkedHashMap<>();
        final Citation c = s.citation();
        v.put("id", s.id());
        v.put("parent_id", s.parentId());
        v.put("label", s.label());
        v.put("record_type", code(s.recordType()));
        v.put("design", s.design());
        v.put("first_author", c.firstAuthor());
        v.put("authors", c.authors());
        v.put("year", c.year());
        v.put("journal", c.journal());
        v.put("pmid", c.pmid());
        v.put("doi", c.doi());
        v.put("registry_id", c.registryId());
        v.put("itog_ref", c.itogRef());
        v.put("itog_table3_row", s.itogTable3Row());
        v.put("genotype", code(s.regimen().genotype()));
        v.put("drugs", String.join(";", s.regimen().drugs()));
        v.put("drug_regimen", s.regimen().drugRegimen());
        v.put("days_on_drug_before_uptake", s.regimen().daysOnDrugBeforeUptake());
        v.put("days_on_drug_total", s.regimen().daysOnDrugTotal());
        v.put("tsh_stimulation", tshCode(s.regimen().tshStimulation()));
        v.put("uptake_method", uptakeCode(s.uptake().method()));
        v.put("uptake_definition", s.uptake().definition());
        v.put("uptake_criterion", code(s.uptake().criterion()));
        v.put("n_enrolled", s.uptake().enrolled());
        v.put("n_evaluable", s.uptake().evaluable());
        v.put("n_restored", s.uptake().restored());
        v.put("n_treated_131i", s.uptake().treated131I());
        v.put("i131_activity_mean_mbq", number(s.therapy().meanActivityMBq()));
        v.put("i131_activity_range", s.therapy().activityRange());
        v.put("i131_activity_rule", code(s.therapy().rule()));
        v.put("response_criteria", s.response().criteria());
        v.put("response_timepoint", s.response().timepoint());
        v.put("response_denominator", s.response().denominator());
        v.put("n_cr", s.response().complete());
        v.put("n_pr", s.response().partial());
        v.put("n_sd", s.response().stable());
        v.put("n_pd", s.response().progressive());
        v.put("tg_response", s.response().thyroglobulin());
        v.put("n_grade3plus_ae", s.safety().grade3Plus());
        v.put("ae_denominator", s.safety().denominator());
        v.put("ae_notes", s.safety().notes());
        final List<String> prov = new ArrayList<>();
        s.provenance().entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) ->
                        Integer.compare(COLUMNS.indexOf(a), COLUMNS.indexOf(b))))
                .forEach(e -> prov.add(e.getKey() + "=" + e.getValue().source() + " ["
                        + e.getValue().confidence().code() + "]"));
        v.put("provenance", String.join(" | ", prov));
        v.put("alternatives", String.join(" | ", s.alternatives().stream()
                .map(a -> a.field() + "=" + number(a.value()) + " (" + a.source() + ")").toList()));
        v.put("sources", String.join(" ; ", s.sources()));
        v.put("confidence", s.confidence());
        v.put("notes", s.notes());
        return COLUMNS.stream().map(k -> v.get(k) == null ? "" : String.valueOf(v.get(k))).toList();
    }

    private static String number(Double d) {
        if (d == null) {
            return null;
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    /**
     * An enum constant as its CSV code: the code the evidence base's enums own ({@code Genotype.code()} …), the
     * lower-case name for any other enum; null for null.
     */
    public static String code(Enum<?> e) {
        if (e == null) {
            return null;
        }
        if (e instanceof StudyRecord.RecordType t) {
            return t.code();
        } else if (e instanceof StudyRecord.Genotype g) {
            return g.code();
        } else if (e instanceof StudyRecord.TshStimulation t) {
            return t.code();
        } else if (e instanceof StudyRecord.UptakeMethod m) {
            return m.code();
        } else if (e instanceof StudyRecord.UptakeCriterion c) {
            return c.code();
        } else if (e instanceof StudyRecord.ActivityRule r) {
            return r.code();
        } else if (e instanceof Provenance.Confidence c) {
            return c.code();
        }
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The TSH stimulation's CSV code ({@link StudyRecord.TshStimulation#code()}); null for null. */
    public static String tshCode(StudyRecord.TshStimulation t) {
        return t == null ? null : t.code();
    }

    /** The uptake method's CSV code ({@link StudyRecord.UptakeMethod#code()}); null for null. */
    public static String uptakeCode(StudyRecord.UptakeMethod m) {
        return m == null ? null : m.code();
    }

    /**
     * Cell access with problems collected per field: each a {@link Problem} with the column as path, and the text
     * the row's message gives it (the problem's own sentence, except for the few whose wording puts the value or
     * a colon after the column).
     */
    private static final class Fields {
        private final CSVRecord r;
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();

        Fields(CSVRecord r) {
            this.r = r;
        }

        /** Adds a problem; {@code text} is its wording in the row's message, null for its own message. */
        void add(Problem p, String text) {
            problems.add(p);
            texts.add(text == null ? p.message() : text);
        }

        String text(String column) {
            // An export's spreadsheet guard (a quote before "=", "-", ...) is not part of the value.
            final String v = r.isMapped(column) && r.isSet(column)
                    ? SpreadsheetSafeCell.restore(r.get(column)).trim() : "";
            return v.isEmpty() ? null : v;
        }

        /** An id: {@link #ID_PATTERN}, so that it is safe in a URL path, a file name and a page. */
        String id(String column) {
            final String v = required(column);
            if (v != null && !"?".equals(v) && !ID_PATTERN.matcher(v).matches()) {
                final String rest = "must be 1 to 64 letters, digits, '_', '.' or '-', not starting with '.'";
                add(quoted(column, v, rest, null), column + " '" + v + "' " + rest);
            }
            return v;
        }

        String required(String column) {
            final String v = text(column);
            if (v == null) {
                add(new Problem(column, null, "is required"), null);
                return "?";
            }
            return v;
        }

        Integer integer(String column) {
            final String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                add(new Problem(column, "'" + v + "'", "must be a whole number (or blank when not reported)"), null);
                return null;
            }
        }

        /** A publication year: a whole number from 1900 to next year, or blank. */
        Integer year(String column) {
            final Integer y = integer(column);
            final int last = Year.now(ZoneOffset.UTC).getValue() + 1;
            if (y != null && (y < FIRST_YEAR || y > last)) {
                add(new Problem(column, String.valueOf(y), "must be a year from " + FIRST_YEAR + " to " + last
                        + " (or blank when not reported)"), null);
                return null;
            }
            return y;
        }

        /** A PubMed id: 1 to 9 digits, or blank. */
        String pmid(String column) {
            final String v = text(column);
            if (v != null && !PMID_PATTERN.matcher(v).matches()) {
                add(new Problem(column, "'" + v + "'", "must be the PubMed id, 1 to 9 digits (or blank when not "
                        + "reported)"), null);
                return null;
            }
            return v;
        }

        Double number(String column) {
            final String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                final double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                add(new Problem(column, "'" + v + "'", "must be a number (or blank when not reported)"), null);
                return null;
            }
        }

        List<String> list(String column, String separator) {
            final String v = text(column);
            return v == null ? List.of()
                    : Arrays.stream(v.split(Pattern.quote(separator))).map(String::trim).filter(s -> !s.isEmpty())
                            .toList();
        }

        /**
         * The cell read by the enum's own {@code parse(code)}, whose field is the column; its problem (the column,
         * the allowed codes and the value) is one of the row's if the cell is none of the codes.
         */
        <E> E choice(String column, Function<String, E> parse) {
            try {
                return parse.apply(text(column));
            } catch (InvalidInputException e) {
                if (e.problems().isEmpty()) {
                    add(new Problem(column, null, e.getMessage()), e.getMessage());
                } else {
                    e.problems().forEach(p -> add(p, null));
                }
                return null;
            }
        }

        void throwIfProblems() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(String.join("; ", texts), problems);
            }
        }
    }
}
