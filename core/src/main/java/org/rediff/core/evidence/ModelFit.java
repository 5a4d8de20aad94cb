package org.rediff.core.evidence;

import java.util.List;

/**
 * A fitted random- (or equal-) effects model, as metafor's {@code rma.uni} reports it.
 *
 * @param k                  number of studies
 * @param method             τ² estimator
 * @param knappHartung       whether the Knapp-Hartung adjustment (t and F tests with k - p df) was used
 * @param level              confidence level, e.g. 0.95
 * @param coefficients       coefficients, intercept first when present
 * @param tau2               between-study variance τ²
 * @param i2Percent          I² in percent (metafor's definition via the typical within-study variance)
 * @param h2                 H²
 * @param q                  residual heterogeneity statistic QE (inverse-variance weights)
 * @param qDf                degrees of freedom of QE (k - p)
 * @param qPValue            p-value of QE (chi-square), NaN when qDf = 0
 * @param qm                 omnibus test of the moderators (chi-square; F with Knapp-Hartung)
 * @param qmDf               numerator df of QM
 * @param qmPValue           p-value of QM
 * @param weightsPercent     each study's weight in percent, in input order
 * @param criticalValue      the z or t quantile used for confidence and prediction intervals
 */
public record ModelFit(int k, Tau2Method method, boolean knappHartung, double level, List<Coefficient> coefficients,
                       double tau2, double i2Percent, double h2, double q, int qDf, double qPValue, double qm,
                       int qmDf, double qmPValue, List<Double> weightsPercent, double criticalValue) {
    public ModelFit {
        coefficients = List.copyOf(coefficients);
        weightsPercent = List.copyOf(weightsPercent);
    }

    /** Residual degrees of freedom k - p (the t and F denominator df under Knapp-Hartung). */
    public int residualDf() {
        return k - coefficients.size();
    }

    /**
     * The first coefficient: the intercept when the model has one.
     *
     * @return the first coefficient
     */
    public Coefficient intercept() {
        return coefficients.get(0);
    }

    /**
     * Prediction interval for the effect in a new study on the transformed scale (intercept-only models):
     * estimate ± crit·√(se² + τ²), with crit from the normal or, under Knapp-Hartung, the t distribution
     * (Riley et al. 2011, BMJ 342:d549; metafor's predict.rma).
     *
     * @return {lower, upper} on the transformed scale
     */
    public double[] predictionInterval() {
        final Coefficient b = intercept();
        final double half = criticalValue * Math.sqrt(b.se() * b.se() + tau2);
        return new double[] {b.estimate() - half, b.estimate() + half};
    }
}
