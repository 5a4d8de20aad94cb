package org.rediff.core.survival;

/**
 * The Cox partial log-likelihood with its score vector and information matrix at β, for subjects sorted by time,
 * with Efron's approximation for ties (for d tied events at a time, the risk-set sum is reduced by r/d of the
 * tied subjects' sum for r = 0 … d − 1; Efron 1977, J Am Stat Assoc 72:557) or Breslow's (no reduction).
 */
final class PartialLikelihood {
    /**
     * @param logLikelihood partial log-likelihood
     * @param score         gradient
     * @param information   negative Hessian
     */
    record Value(double logLikelihood, double[] score, double[][] information) {
    }

    private final double[] time;
    private final boolean[] event;
    private final double[][] x;
    private final CoxModel.Ties ties;

    PartialLikelihood(double[] time, boolean[] event, double[][] x, CoxModel.Ties ties) {
        this.time = time;
        this.event = event;
        this.x = x;
        this.ties = ties;
    }

    Value at(double[] beta) {
        final int n = time.length;
        final int p = beta.length;
        final double[] w = new double[n];
        final double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                eta[i] += x[i][j] * beta[j];
            }
            w[i] = Math.exp(eta[i]);
        }
        double ll = 0;
        final double[] u = new double[p];
        final double[][] info = new double[p][p];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && time[end] == time[start]) {
                end++;
            }
            // Subjects start..end-1 share this time; the risk set is start..n-1.
            int d = 0;
            double tiedW = 0;
            final double[] tiedWx = new double[p];
            final double[][] tiedWxx = new double[p][p];
            for (int i = start; i < end; i++) {
                if (event[i]) {
                    d++;
                    ll += eta[i];
                    tiedW += w[i];
                    for (int a = 0; a < p; a++) {
                        u[a] += x[i][a];
                        tiedWx[a] += w[i] * x[i][a];
                        for (int b = 0; b < p; b++) {
                            tiedWxx[a][b] += w[i] * x[i][a] * x[i][b];
                        }
                    }
                }
            }
            if (d > 0) {
                double riskW = 0;
                final double[] riskWx = new double[p];
                final double[][] riskWxx = new double[p][p];
                for (int i = start; i < n; i++) {
                    riskW += w[i];
                    for (int a = 0; a < p; a++) {
                        riskWx[a] += w[i] * x[i][a];
                        for (int b = 0; b < p; b++) {
                            riskWxx[a][b] += w[i] * x[i][a] * x[i][b];
                        }
                    }
                }
                for (int r = 0; r < d; r++) {
                    final double f = ties == CoxModel.Ties.EFRON ? (double) r / d : 0;
                    final double s0 = riskW - f * tiedW;
                    ll -= Math.log(s0);
                    for (int a = 0; a < p; a++) {
                        final double meanA = (riskWx[a] - f * tiedWx[a]) / s0;
                        u[a] -= meanA;
                        for (int b = 0; b < p; b++) {
                            final double meanB = (riskWx[b] - f * tiedWx[b]) / s0;
                            info[a][b] += (riskWxx[a][b] - f * tiedWxx[a][b]) / s0 - meanA * meanB;
                        }
                    }
                }
            }
            start = end;
        }
        return new Value(ll, u, info);
    }
}
