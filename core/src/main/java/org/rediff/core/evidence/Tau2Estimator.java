package org.rediff.core.evidence;

/**
 * Estimates the between-study variance τ² of a (mixed-effects) meta-analysis model y = Xβ + u + e, with
 * u ~ N(0, τ²) and e ~ N(0, v). Every estimator truncates at 0.
 */
interface Tau2Estimator {
    /**
     * Convergence threshold on the change of τ² for the iterative estimators, relative to τ² (absolute below
     * τ² = 1): Fisher scoring converges linearly, so an absolute threshold alone leaves small τ² (e.g. 4e-7 on the
     * raw-proportion scale) accurate to only a few digits.
     */
    double THRESHOLD = 1e-14;
    /** Iteration limit for the iterative estimators. */
    int MAX_ITERATIONS = 10_000;

    double estimate(double[] y, double[] v, double[][] x);

    static Tau2Estimator of(Tau2Method method) {
        return switch (method) {
            case EE -> (y, v, x) -> 0.0;
            case DL -> new DerSimonianLairdEstimator();
            case HS -> new HunterSchmidtEstimator();
            case SJ -> new SidikJonkmanEstimator();
            case PM -> new PauleMandelEstimator();
            case ML -> new LikelihoodEstimator(false);
            case REML -> new LikelihoodEstimator(true);
            case EB -> new EmpiricalBayesEstimator();
        };
    }

    static boolean converged(double step, double tau2) {
        return Math.abs(step) < THRESHOLD * Math.max(tau2, 1e-6) || Math.abs(step) < 1e-300;
    }

    static double[] weights(double[] v, double tau2) {
        final double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = 1.0 / (v[i] + tau2);
        }
        return w;
    }
}
