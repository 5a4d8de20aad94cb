package org.rediff.core.evidence;

import java.util.Arrays;
import java.util.List;
import org.rediff.core.common.InvalidInputException;

/**
 * The model matrix of a meta-regression: one row per study, one column per coefficient.
 *
 * @param columnNames coefficient names, {@code intrcpt} first when the model has an intercept (metafor's name)
 * @param rows        k rows of {@code columnNames.size()} values
 */
public record DesignMatrix(List<String> columnNames, double[][] rows) {
    /** Name of the intercept column, as metafor names it. */
    public static final String INTERCEPT = "intrcpt";

    /**
     * Copies the names and rows (the record keeps its own copies).
     *
     * @throws InvalidInputException if a row's length differs from the number of column names
     */
    public DesignMatrix {
        columnNames = List.copyOf(columnNames);
        rows = Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
        for (double[] row : rows) {
            if (row.length != columnNames.size()) {
                throw new InvalidInputException("design matrix row has " + row.length + " values, expected "
                        + columnNames.size() + " (" + columnNames + ")");
            }
        }
    }

    /**
     * The intercept-only design of a plain random-effects model.
     *
     * @param k number of studies
     * @return k rows of the single value 1, column {@link #INTERCEPT}
     */
    public static DesignMatrix interceptOnly(int k) {
        final double[][] rows = new double[k][];
        for (int i = 0; i < k; i++) {
            rows[i] = new double[] {1.0};
        }
        return new DesignMatrix(List.of(INTERCEPT), rows);
    }

    /**
     * Number of rows.
     *
     * @return k, the number of studies
     */
    public int studies() {
        return rows.length;
    }

    /**
     * Number of columns.
     *
     * @return p, the number of coefficients
     */
    public int parameters() {
        return columnNames.size();
    }

    /**
     * Whether the first column is the intercept.
     *
     * @return true when the first column is named {@link #INTERCEPT}
     */
    public boolean hasIntercept() {
        return !columnNames.isEmpty() && INTERCEPT.equals(columnNames.get(0));
    }

    /**
     * The rows.
     *
     * @return a copy of the k rows of p values
     */
    public double[][] rows() {
        return Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
    }
}
