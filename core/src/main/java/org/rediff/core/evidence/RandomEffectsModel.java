package org.rediff.core.evidence;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * Fits the (mixed-effects) meta-analysis model y = Xβ + u + e, u ~ N(0, τ²), e ~ N(0, vᵢ), by weighted least
 * squares with weights 1/(vᵢ + τ²) after estimating τ² (Viechtbauer 2010, J Stat Softw 36(3); the conventions of
 * metafor's rma.uni: Wald z tests, or Knapp and Hartung 2003 (Stat Med 22:2693) t/F tests with k - p df and
 * the variance scaled by y'Py/(k - p) without truncation).
 *
 * <p>Heterogeneity: QE uses the inverse-variance weights; I² = 100·τ²/(τ² + ṽ) and H² = 1 + τ²/ṽ with the
 * typical within-study variance ṽ = (k - p)/tr(P) (Higgins and Thompson 2002, generalised as in metafor); for the
 * equal-effects model I² = 100·(QE - (k - p))/QE and H² = QE/(k - p).
 *
 * <p>Preconditions: k ≥ p for the equal-effects model (EE) without Knapp-Hartung, k ≥ p + 1 otherwise (so k ≥ 2
 * for any τ² estimator other than EE).
 */
public final class RandomEffectsModel {
    private RandomEffectsModel() {
    }

    /**
     * Estimates τ² and fits the model.
     *
     * @param effects      the k study effects and sampling variances, on the analysis scale
     * @param design       the model matrix, k rows of p columns (intercept first when present)
     * @param method       τ² estimator
     * @param knappHartung whether to use Knapp-Hartung t and F tests
     * @param level        confidence level in (0, 1)
     * @return coefficients, τ², heterogeneity statistics, the test of the moderators and the study weights
     * @throws InvalidInputException if {@code level} is not in (0, 1), the design does not have k rows, there are
     *                               too few studies (see the preconditions), the design is collinear, or the τ²
     *                               estimator fails to converge
     */
    public static ModelFit fit(List<StudyEffect> effects, DesignMatrix design, Tau2Method method,
                               boolean knappHartung, double level) {
        Require.inOpen(level, 0, 1, "confidence level");
        final int k = effects.size();
        final int p = design.parameters();
        if (design.studies() != k) {
            throw new InvalidInputException("design matrix has " + design.studies() + " rows for " + k + " studies");
        }
        final int minimum = method == Tau2Method.EE && !knappHartung ? p : p + 1;
        if (k < minimum) {
            throw new InvalidInputException("too few studies for the model: method " + method + " with " + p
                    + " coefficient(s)" + (knappHartung ? " and Knapp-Hartung" : "") + " needs at least " + minimum
                    + " studies, got " + k);
        }
        final double[] y = new double[k];
        final double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = effects.get(i).effect();
            v[i] = effects.get(i).variance();
        }
        final double[][] x = design.rows();
        final double tau2 = Tau2Estimator.of(method).estimate(y, v, x);
        final double[] w = Tau2Estimator.weights(v, tau2);
        final WeightedLeastSquares fit = new WeightedLeastSquares(y, x, w);
        final WeightedLeastSquares fixed = new WeightedLeastSquares(y, x, Tau2Estimator.weights(v, 0));
        final int residualDf = k - p;

        RealMatrix covariance = fit.inverseInformation;
        if (knappHartung) {
            covariance = covariance.scalarMultiply(fit.residualQuadraticForm() / residualDf);
        }
        final double alpha = 1 - level;
        final double critical = knappHartung
                ? new TDistribution(residualDf).inverseCumulativeProbability(1 - alpha / 2)
                : new NormalDistribution(0, 1).inverseCumulativeProbability(1 - alpha / 2);
        final List<Coefficient> coefficients = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            final double b = fit.coefficients[j];
            final double se = Math.sqrt(covariance.getEntry(j, j));
            final double statistic = b / se;
            final double pValue = knappHartung
                    ? 2 * new TDistribution(residualDf).cumulativeProbability(-Math.abs(statistic))
                    : 2 * new NormalDistribution(0, 1).cumulativeProbability(-Math.abs(statistic));
            coefficients.add(new Coefficient(design.columnNames().get(j), b, se, statistic, pValue,
                    b - critical * se, b + critical * se));
        }

        final double qe = fixed.residualQuadraticForm();
        final double qeP = residualDf > 0 ? UpperTail.chiSquared(qe, residualDf) : Double.NaN;
        final double i2;
        final double h2;
        if (method == Tau2Method.EE) {
            i2 = residualDf > 0 && qe > 0 ? Math.max(0, 100 * (qe - residualDf) / qe) : 0;
            h2 = residualDf > 0 ? qe / residualDf : Double.NaN;
        } else {
            final double typicalVariance = residualDf / fixed.traceP();
            i2 = 100 * tau2 / (typicalVariance + tau2);
            h2 = 1 + tau2 / typicalVariance;
        }

        // QM tests every coefficient but the intercept (metafor's default btt); an intercept-only model tests it.
        final int first = design.hasIntercept() && p > 1 ? 1 : 0;
        final int m = p - first;
        final double[] bt = new double[m];
        final RealMatrix vt = MatrixUtils.createRealMatrix(m, m);
        for (int a = 0; a < m; a++) {
            bt[a] = fit.coefficients[first + a];
            for (int c = 0; c < m; c++) {
                vt.setEntry(a, c, covariance.getEntry(first + a, first + c));
            }
        }
        final double[] solved = new LUDecomposition(vt).getSolver().solve(MatrixUtils.createRealVector(bt)).toArray();
        double qm = 0;
        for (int a = 0; a < m; a++) {
            qm += bt[a] * solved[a];
        }
        final double qmP;
        if (knappHartung) {
            qm /= m;
            qmP = UpperTail.f(qm, m, residualDf);
        } else {
            qmP = UpperTail.chiSquared(qm, m);
        }

        double sumW = 0;
        for (double wi : w) {
            sumW += wi;
        }
        final List<Double> weights = new ArrayList<>(k);
        for (double wi : w) {
            weights.add(100 * wi / sumW);
        }
        return new ModelFit(k, method, knappHartung, level, coefficients, tau2, i2, h2, qe, residualDf, qeP, qm, m,
                qmP, weights, critical);
    }
}
