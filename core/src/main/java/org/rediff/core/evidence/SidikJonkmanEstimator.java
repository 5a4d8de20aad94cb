package org.rediff.core.evidence;

/**
 * Sidik and Jonkman 2005 (J Biopharm Stat 15:823, doi:10.1081/BIP-200067915): start from τ₀² = the variance of
 * the ordinary least-squares residuals (divisor k), then τ² = τ₀² · Q(τ₀²) / (k - p), where Q(τ₀²) is the
 * residual quadratic form with weights 1/(vᵢ + τ₀²). This is metafor's default starting value.
 */
final class SidikJonkmanEstimator implements Tau2Estimator {
    @Override
    public double estimate(double[] y, double[] v, double[][] x) {
        final int k = y.length;
        final double[] unitWeights = new double[k];
        java.util.Arrays.fill(unitWeights, 1.0);
        final WeightedLeastSquares ols = new WeightedLeastSquares(y, x, unitWeights);
        double mean = 0;
        final double[] residuals = new double[k];
        for (int i = 0; i < k; i++) {
            double fitted = 0;
            for (int j = 0; j < x[i].length; j++) {
                fitted += x[i][j] * ols.coefficients[j];
            }
            residuals[i] = y[i] - fitted;
            mean += residuals[i] / k;
        }
        double initial = 0;
        for (double r : residuals) {
            initial += (r - mean) * (r - mean) / k;
        }
        final WeightedLeastSquares fit = new WeightedLeastSquares(y, x, Tau2Estimator.weights(v, initial));
        return Math.max(0, initial * fit.residualQuadraticForm() / (k - x[0].length));
    }
}
