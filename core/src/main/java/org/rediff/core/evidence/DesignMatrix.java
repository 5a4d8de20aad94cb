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
    public static final String INTERCEPT = "intrcpt";

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

    /** The intercept-only design of a plain random-effects model. */
    public static DesignMatrix interceptOnly(int k) {
        final double[][] rows = new double[k][];
        for (int i = 0; i < k; i++) {
            rows[i] = new double[] {1.0};
        }
        return new DesignMatrix(List.of(INTERCEPT), rows);
    }

    public int studies() {
        return rows.length;
    }

    public int parameters() {
        return columnNames.size();
    }

    public boolean hasIntercept() {
        return !columnNames.isEmpty() && INTERCEPT.equals(columnNames.get(0));
    }

    public double[][] rows() {
        return Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
    }
}
