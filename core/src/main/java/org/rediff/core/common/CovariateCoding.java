package org.rediff.core.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a named column of text values into model-matrix columns as R's model.matrix does by default: numeric when
 * every value parses as a finite number, otherwise treatment contrasts — one 0/1 column per level except the
 * first in sorted (code-point, R's C-locale) order, named column name + level. Shared by meta-regression and the
 * Cox model.
 */
public final class CovariateCoding {
    private CovariateCoding() {
    }

    /**
     * One model-matrix column.
     *
     * @param name   column name (e.g. {@code age}, {@code sexmale})
     * @param values one value per row
     */
    public record Column(String name, double[] values) {
    }

    /**
     * Whether every value, trimmed, parses as a finite number (so the column is coded as one numeric column).
     *
     * @param values the column's values, none null
     * @return true when all values are finite numbers (also for an empty list)
     */
    public static boolean isNumeric(List<String> values) {
        for (String v : values) {
            try {
                if (!Double.isFinite(Double.parseDouble(v.trim()))) {
                    return false;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** Distinct values in sorted order. */
    public static List<String> levels(List<String> values) {
        return values.stream().map(String::trim).distinct().sorted().toList();
    }

    /**
     * Codes one covariate: a single numeric column named {@code name} when every value is a number, otherwise one
     * 0/1 column per level after the first in sorted order, named {@code name + level}.
     *
     * @param name   covariate name, used for the column names and in messages
     * @param values one value per row, as text
     * @return the model-matrix columns, in level order
     * @throws InvalidInputException if a value is null or blank, or a categorical covariate has a single level
     */
    public static List<Column> code(String name, List<String> values) {
        return code(name, values, false);
    }

    /**
     * As {@link #code(String, List)}; {@code categorical} forces treatment contrasts for numeric codes (R's factor()).
     *
     * @param name        covariate name
     * @param values      one value per row, as text
     * @param categorical true to code numeric values as levels
     * @return the model-matrix columns
     * @throws InvalidInputException if a value is null or blank, or a categorical covariate has a single level
     */
    public static List<Column> code(String name, List<String> values, boolean categorical) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                throw new InvalidInputException("'" + name + "' is missing in row " + (i + 1));
            }
        }
        if (!categorical && isNumeric(values)) {
            return List.of(new Column(name, values.stream().mapToDouble(v -> Double.parseDouble(v.trim())).toArray()));
        }
        final List<String> levels = levels(values);
        if (levels.size() < 2) {
            throw new InvalidInputException("'" + name + "' has a single level " + levels
                    + " and cannot explain differences");
        }
        final List<Column> out = new ArrayList<>();
        for (String level : levels.subList(1, levels.size())) {
            out.add(new Column(name + level, values.stream().mapToDouble(v -> v.trim().equals(level) ? 1 : 0)
                    .toArray()));
        }
        return out;
    }
}
