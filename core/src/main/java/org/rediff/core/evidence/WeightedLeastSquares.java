package org.rediff.core.evidence;

import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.rediff.core.common.InvalidInputException;

/**
 * Weighted least squares of y on X with weights w, and the quantities the tau² estimators need: the residual
 * quadratic form y'Py and the traces of P and P², where P = W - W X (X'WX)⁻¹ X'W (Viechtbauer 2005, J Educ Behav
 * Stat 30:261, doi:10.3102/10769986030003261).
 */
final class WeightedLeastSquares {
    final double[] coefficients;
    final RealMatrix inverseInformation;
    private final RealMatrix projection;
    private final double[] weightedResiduals;
    private final double residualQuadraticForm;

    WeightedLeastSquares(double[] y, double[][] x, double[] w) {
        final int k = y.length;
        final RealMatrix xm = MatrixUtils.createRealMatrix(x);
        final RealMatrix wm = MatrixUtils.createRealDiagonalMatrix(w);
        final RealMatrix xtw = xm.transpose().multiply(wm);
        try {
            inverseInformation = new LUDecomposition(xtw.multiply(xm), 1e-14).getSolver().getInverse();
        } catch (MathIllegalArgumentException e) {
            throw new InvalidInputException("the moderators are collinear (X'WX is singular): drop a moderator or "
                    + "a level that is constant or duplicated across studies");
        }
        coefficients = inverseInformation.operate(xtw.operate(y));
        projection = wm.subtract(xtw.transpose().multiply(inverseInformation).multiply(xtw));
        weightedResiduals = new double[k];
        double rss = 0;
        for (int i = 0; i < k; i++) {
            double fitted = 0;
            for (int j = 0; j < coefficients.length; j++) {
                fitted += x[i][j] * coefficients[j];
            }
            weightedResiduals[i] = w[i] * (y[i] - fitted);
            rss += weightedResiduals[i] * (y[i] - fitted);
        }
        residualQuadraticForm = rss;
    }

    /** y'Py, the (generalised) Q statistic for these weights. */
    double residualQuadraticForm() {
        return residualQuadraticForm;
    }

    /** y'PPy = |W r|². */
    double squaredWeightedResiduals() {
        double s = 0;
        for (double v : weightedResiduals) {
            s += v * v;
        }
        return s;
    }

    double traceP() {
        return projection.getTrace();
    }

    double tracePP() {
        double s = 0;
        final int k = projection.getRowDimension();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                final double v = projection.getEntry(i, j);
                s += v * v;
            }
        }
        return s;
    }
}
