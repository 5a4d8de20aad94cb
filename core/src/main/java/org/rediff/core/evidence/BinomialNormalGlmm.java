package org.rediff.core.evidence;

import java.util.List;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.rediff.core.common.InvalidInputException;

/**
 * The binomial-normal model for proportions (random-intercept logistic regression; Stijnen et al. 2010, Stat Med
 * 29:3046, doi:10.1002/sim.4040): xᵢ ~ Bin(nᵢ, expit(μ + τ zᵢ)), zᵢ ~ N(0, 1), fitted by maximum likelihood.
 * Each study's marginal likelihood is integrated by adaptive Gauss-Hermite quadrature with 7 nodes centred on the
 * mode of the integrand and scaled by its curvature (Pinheiro and Bates 1995, J Comput Graph Stat 4:12) — the
 * settings of metafor's rma.glmm (lme4::glmer, nAGQ = 7). The standard error of μ comes from the observed
 * information (numerical Hessian of the log-likelihood at the optimum), as lme4 computes it.
 *
 * <p>Preconditions: at least 2 studies.
 */
public final class BinomialNormalGlmm {
    private static final int NODES = 7;
    private static final double TAU_MAX = 20;

    /**
     * The fitted model.
     *
     * @param mu            pooled logit μ
     * @param seMu          standard error of μ
     * @param tau2          between-study variance τ² on the logit scale
     * @param logLikelihood maximised marginal log-likelihood (with binomial coefficients)
     */
    public record Fit(double mu, double seMu, double tau2, double logLikelihood) {
    }

    private final int[] events;
    private final int[] totals;
    private final double[] nodes = new double[NODES];
    private final double[] weights = new double[NODES];

    private BinomialNormalGlmm(List<ProportionStudy> studies) {
        events = studies.stream().mapToInt(ProportionStudy::events).toArray();
        totals = studies.stream().mapToInt(ProportionStudy::total).toArray();
        final GaussIntegrator rule = new GaussIntegratorFactory().hermite(NODES);
        for (int j = 0; j < NODES; j++) {
            nodes[j] = rule.getPoint(j);
            weights[j] = rule.getWeight(j);
        }
    }

    /**
     * Fits the model by maximum likelihood (BOBYQA over μ and τ, with τ in [0, 20]).
     *
     * @param studies the studies' event counts, at least 2
     * @return μ and its standard error, τ² and the maximised log-likelihood, all on the logit scale
     * @throws InvalidInputException if there are fewer than 2 studies
     */
    public static Fit fit(List<ProportionStudy> studies) {
        if (studies.size() < 2) {
            throw new InvalidInputException("too few studies for the GLMM: needs at least 2, got " + studies.size());
        }
        return new BinomialNormalGlmm(studies).maximise();
    }

    private Fit maximise() {
        int x = 0;
        int n = 0;
        for (int i = 0; i < events.length; i++) {
            x += events[i];
            n += totals[i];
        }
        final double start = Math.log((x + 0.5) / (n - x + 0.5));
        final BOBYQAOptimizer optimizer = new BOBYQAOptimizer(5, 0.5, 1e-10);
        final PointValuePair best = optimizer.optimize(new MaxEval(20_000),
                new ObjectiveFunction(p -> logLikelihood(p[0], p[1])), GoalType.MAXIMIZE,
                new InitialGuess(new double[] {start, 0.5}),
                new SimpleBounds(new double[] {-30, 0}, new double[] {30, TAU_MAX}));
        final double mu = best.getPoint()[0];
        final double tau = best.getPoint()[1];
        return new Fit(mu, standardErrorOfMu(mu, tau), tau * tau, best.getValue());
    }

    private double standardErrorOfMu(double mu, double tau) {
        final double h = 1e-4;
        final double f0 = logLikelihood(mu, tau);
        final double dMuMu = (logLikelihood(mu + h, tau) - 2 * f0 + logLikelihood(mu - h, tau)) / (h * h);
        if (tau < 2 * h) {
            // At the boundary τ = 0 the information for τ is not defined; use μ's information alone.
            return Math.sqrt(-1 / dMuMu);
        }
        final double dTauTau = (logLikelihood(mu, tau + h) - 2 * f0 + logLikelihood(mu, tau - h)) / (h * h);
        final double dMuTau = (logLikelihood(mu + h, tau + h) - logLikelihood(mu + h, tau - h)
                - logLikelihood(mu - h, tau + h) + logLikelihood(mu - h, tau - h)) / (4 * h * h);
        final double det = dMuMu * dTauTau - dMuTau * dMuTau;
        return Math.sqrt(-dTauTau / det);
    }

    /** Marginal log-likelihood at (μ, τ), summed over studies. */
    double logLikelihood(double mu, double tau) {
        double total = 0;
        for (int i = 0; i < events.length; i++) {
            total += studyLogLikelihood(events[i], totals[i], mu, tau);
        }
        return total;
    }

    private double studyLogLikelihood(int x, int n, double mu, double tau) {
        final double logChoose = logChoose(n, x);
        if (tau == 0) {
            return logChoose + binomialLog(x, n, mu);
        }
        // Mode of g(z) = log Bin(x | n, expit(mu + tau z)) + log phi(z) by Newton's method (g is concave).
        double z = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            final double p = expit(mu + tau * z);
            final double gradient = tau * (x - n * p) - z;
            final double curvature = -tau * tau * n * p * (1 - p) - 1;
            final double step = gradient / curvature;
            z -= step;
            if (Math.abs(step) < 1e-12) {
                break;
            }
        }
        final double p = expit(mu + tau * z);
        final double scale = 1 / Math.sqrt(tau * tau * n * p * (1 - p) + 1);
        final double[] terms = new double[NODES];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < NODES; j++) {
            final double zj = z + Math.sqrt(2) * scale * nodes[j];
            terms[j] = Math.log(weights[j]) + nodes[j] * nodes[j] + binomialLog(x, n, mu + tau * zj)
                    - 0.5 * zj * zj - 0.5 * Math.log(2 * Math.PI);
            max = Math.max(max, terms[j]);
        }
        double sum = 0;
        for (double t : terms) {
            sum += Math.exp(t - max);
        }
        return logChoose + max + Math.log(sum) + Math.log(Math.sqrt(2) * scale);
    }

    private static double binomialLog(int x, int n, double eta) {
        // log p = -log(1 + e^-eta), log(1 - p) = -log(1 + e^eta), written to avoid overflow.
        return -x * log1pExp(-eta) - (n - x) * log1pExp(eta);
    }

    private static double log1pExp(double a) {
        return a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a));
    }

    private static double expit(double eta) {
        return 1 / (1 + Math.exp(-eta));
    }

    private static double logChoose(int n, int x) {
        return org.hipparchus.special.Gamma.logGamma(n + 1.0) - org.hipparchus.special.Gamma.logGamma(x + 1.0)
                - org.hipparchus.special.Gamma.logGamma(n - x + 1.0);
    }
}
