package org.rediff.io.outcomes;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.rediff.core.common.InvalidInputException;
import org.rediff.io.csv.CsvInput;
import org.rediff.core.survival.CoxModel;
import org.rediff.core.survival.SurvivalObservation;

/**
 * A survival data set read from CSV: time and event columns, an optional group column and covariates
 * ({@code factor(COL)} forces categorical coding of a numeric column, as in R). Errors name the file, the 1-based
 * data row and the field.
 *
 * @param observations subjects
 * @param groups       group per subject, or null without a group column
 * @param covariates   covariates for the Cox model (may be empty)
 */
public record SurvivalInput(List<SurvivalObservation> observations, List<String> groups,
                            List<CoxModel.Covariate> covariates) {

    public static SurvivalInput read(Reader in, String file, String timeColumn, String eventColumn, String groupColumn,
                                     List<String> covariateSpecs) {
        return CsvInput.read(in, file, parser -> {
            final List<String> header = parser.getHeaderNames();
            final List<String> covariateColumns = new ArrayList<>();
            final List<Boolean> factor = new ArrayList<>();
            for (String spec : covariateSpecs) {
                final boolean f = spec.startsWith("factor(") && spec.endsWith(")");
                covariateColumns.add(f ? spec.substring(7, spec.length() - 1) : spec);
                factor.add(f);
            }
            final List<String> needed = new ArrayList<>(List.of(timeColumn, eventColumn));
            if (groupColumn != null) {
                needed.add(groupColumn);
            }
            needed.addAll(covariateColumns);
            for (String c : needed) {
                if (!header.contains(c)) {
                    throw new InvalidInputException(file + ": no column '" + c + "' (columns are " + header + ")");
                }
            }
            final List<SurvivalObservation> obs = new ArrayList<>();
            final List<String> groups = groupColumn == null ? null : new ArrayList<>();
            final List<List<String>> cov = new ArrayList<>();
            covariateColumns.forEach(c -> cov.add(new ArrayList<>()));
            int row = 0;
            for (CSVRecord r : parser) {
                row++;
                CsvInput.requireComplete(r, row, file, parser.getHeaderNames().size());
                final String timeText = r.get(timeColumn);
                final double time;
                try {
                    time = Double.parseDouble(timeText);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(file + " row " + row + ", field " + timeColumn + ": must be a "
                            + "number >= 0, got '" + timeText + "'");
                }
                if (!Double.isFinite(time) || time < 0) {
                    throw new InvalidInputException(file + " row " + row + ", field " + timeColumn + ": must be a "
                            + "number >= 0, got " + timeText);
                }
                final String e = r.get(eventColumn);
                if (!e.equals("0") && !e.equals("1")) {
                    throw new InvalidInputException(file + " row " + row + ", field " + eventColumn + ": must be 0 "
                            + "(censored) or 1 (event), got '" + e + "'");
                }
                obs.add(new SurvivalObservation(time, e.equals("1")));
                if (groups != null) {
                    final String g = r.get(groupColumn);
                    if (g.isBlank()) {
                        throw new InvalidInputException(file + " row " + row + ", field " + groupColumn + ": is empty");
                    }
                    groups.add(g);
                }
                for (int j = 0; j < covariateColumns.size(); j++) {
                    final String v = r.get(covariateColumns.get(j));
                    if (v.isBlank()) {
                        throw new InvalidInputException(file + " row " + row + ", field " + covariateColumns.get(j)
                                + ": is empty (remove the row or impute the value first)");
                    }
                    cov.get(j).add(v);
                }
            }
            if (obs.isEmpty()) {
                throw new InvalidInputException(file + ": no data rows");
            }
            final List<CoxModel.Covariate> covariates = new ArrayList<>();
            for (int j = 0; j < covariateColumns.size(); j++) {
                covariates.add(new CoxModel.Covariate(covariateColumns.get(j), cov.get(j), factor.get(j)));
            }
            return new SurvivalInput(obs, groups, covariates);
        });
    }

    /** The observations of one group, in input order. */
    public List<SurvivalObservation> observationsOf(String group) {
        final List<SurvivalObservation> out = new java.util.ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            if (groups.get(i).equals(group)) {
                out.add(observations.get(i));
            }
        }
        return out;
    }
}
