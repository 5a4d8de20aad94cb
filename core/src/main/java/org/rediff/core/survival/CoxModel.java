package org.rediff.core.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.special.Gamma;
import org.rediff.core.common.CovariateCoding;
import org.rediff.core.common.InvalidInputException;

/**
 * Cox proportional-hazards regression (Cox 1972, J R Stat Soc B 34:187) by Newton-Raphson on the partial
 * likelihood with Efron's (default, as R's coxph) or Breslow's handling of tied event times; categorical covariates
 * as treatment contrasts against the first level in sorted order (R's default). Covariates are centred for the
 * computation, which leaves the coefficients unchanged. Reports coefficients, standard errors from the inverse
 * information, Wald z tests and 95% hazard-ratio intervals, and the likelihood-ratio, Wald and score tests.
 */
public final class CoxModel {
    private static final int MAX_ITERATIONS = 100;

    private CoxModel() {
    }

    /** Tie handling. */
    public enum Ties { EFRON, BRESLOW;

        /**
         * The code of inputs and reports, as R's {@code ties}.
         *
         * @return efron or breslow
         */
        public String code() {
            return this == EFRON ? "efron" : "breslow";
        }

        /**
         * The display label.
         *
         * @return Efron or Breslow
         */
        public String label() {
            return this == EFRON ? "Efron" : "Breslow";
        }

        /**
         * Reads a tie method (case-sensitive).
         *
         * @param text efron or breslow
         * @return the method
         * @throws InvalidInputException if {@code text} is neither (or null)
         */
        public static Ties parse(String text) {
            return switch (text == null ? "" : text) {
                case "efron" -> EFRON;
                case "breslow" -> BRESLOW;
                default -> throw InvalidInputException.of("ties", "'" + text + "'", "must be efron or breslow");
            };
        }
    }

    /**
     * A named covariate column (text values): numeric unless a value is not a number or {@code categorical} forces
     * treatment contrasts for numeric codes (as R's factor(x)).
     *
     * @param name        name
     * @param values      one value per subject
     * @param categorical force categorical coding
     */
    public record Covariate(String name, List<String> values, boolean categorical) {
        public Covariate {
            values = List.copyOf(values);
        }

        /**
         * A covariate coded by its values: numeric if every value is a number, else categorical.
         *
         * @param name   name
         * @param values one value per subject
         */
        public Covariate(String name, List<String> values) {
            this(name, values, false);
        }
    }

    /**
     * One model term.
     *
     * @param name    term name (covariate, or covariate + level)
     * @param coef    log hazard ratio
     * @param se      standard error
     * @param z       Wald z
     * @param pValue  two-sided p-value
     * @param hazardRatio  e^coef
     * @param hrLower lower confidence bound of the hazard ratio
     * @param hrUpper upper confidence bound of the hazard ratio
     */
    public record Term(String name, double coef, double se, double z, double pValue, double hazardRatio,
                       double hrLower, double hrUpper) {
    }

    /**
     * The fitted model.
     *
     * @param terms            terms in model-matrix order
     * @param ties             tie handling
     * @param subjects         subjects
     * @param events           events
     * @param logLikelihoodNull partial log-likelihood at β = 0
     * @param logLikelihood    at the estimate
     * @param lrChiSquare      likelihood-ratio statistic
     * @param waldChiSquare    Wald statistic
     * @param scoreChiSquare   score (log-rank) statistic
     * @param df               number of terms
     * @param lrPValue         p-value of the likelihood-ratio test
     * @param warnings         convergence problems (e.g. a coefficient that may be infinite)
     */
    public record Result(List<Term> terms, Ties ties, int subjects, int events, double logLikelihoodNull,
                         double logLikelihood, double lrChiSquare, double waldChiSquare, double scoreChiSquare, int df,
                         double lrPValue, List<String> warnings) {
        public Result {
            terms = List.copyOf(terms);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Fits the model.
     *
     * @param data       the subjects' times (any one unit) and event indicators
     * @param covariates at least one covariate, each with one value per subject
     * @param ties       tie handling
     * @param level      confidence level of the hazard-ratio intervals, in (0, 1)
     * @return the terms (log hazard ratio, SE, Wald z, p, hazard ratio with interval), the log-likelihoods, the
     *         likelihood-ratio, Wald and score tests, and convergence warnings
     * @throws InvalidInputException if there is no covariate, a covariate's values do not match the subjects, a
     *                               value is missing, a categorical covariate has a single level, there is no event,
     *                               or the information matrix is singular (a constant or collinear covariate)
     */
    public static Result fit(List<SurvivalObservation> data, List<Covariate> covariates, Ties ties, double level) {
        if (covariates.isEmpty()) {
            throw new InvalidInputException("the Cox model needs at least one covariate");
        }
        final int n = data.size();
        final List<String> names = new ArrayList<>();
        final List<double[]> columns = new ArrayList<>();
        for (Covariate c : covariates) {
            if (c.values().size() != n) {
                throw new InvalidInputException("covariate '" + c.name() + "' has " + c.values().size() + " values for "
                        + n + " subjects");
            }
            for (CovariateCoding.Column col : CovariateCoding.code(c.name(), c.values(), c.categorical())) {
                names.add(col.name());
                columns.add(col.values());
            }
        }
        final int p = names.size();
        final Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> data.get(i).time()));
        final double[] time = new double[n];
        final boolean[] event = new boolean[n];
        final double[][] x = new double[n][p];
        int events = 0;
        for (int r = 0; r < n; r++) {
            final int i = order[r];
            time[r] = data.get(i).time();
            event[r] = data.get(i).event();
            events += event[r] ? 1 : 0;
            for (int j = 0; j < p; j++) {
                x[r][j] = columns.get(j)[i];
            }
        }
        if (events == 0) {
            throw new InvalidInputException("the Cox model needs at least one event");
        }
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (int r = 0; r < n; r++) {
                mean += x[r][j] / n;
            }
            for (int r = 0; r < n; r++) {
                x[r][j] -= mean;
            }
        }
        final PartialLikelihood pl = new PartialLikelihood(time, event, x, ties);
        double[] beta = new double[p];
        PartialLikelihood.Value at = pl.at(beta);
        final PartialLikelihood.Value atZero = at;
        final List<String> warnings = new ArrayList<>();
        boolean converged = false;
        for (int iteration = 0; iteration < MAX_ITERATIONS && !converged; iteration++) {
            final double[] step;
            try {
                step = new LUDecomposition(MatrixUtils.createRealMatrix(at.information())).getSolver()
                        .solve(MatrixUtils.createRealVector(at.score())).toArray();
            } catch (MathIllegalArgumentException e) {
                throw new InvalidInputException("the Cox model's information matrix is singular: a covariate is "
                        + "constant or collinear with others");
            }
            double factor = 1;
            double[] next;
            PartialLikelihood.Value candidate;
            do {
                next = beta.clone();
                for (int j = 0; j < p; j++) {
                    next[j] += factor * step[j];
                }
                candidate = pl.at(next);
                factor /= 2;
            } while (candidate.logLikelihood() < at.logLikelihood() - 1e-12 && factor > 1e-10);
            converged = Math.abs(candidate.logLikelihood() - at.logLikelihood())
                    <= 1e-12 * Math.max(1, Math.abs(at.logLikelihood()));
            beta = next;
            at = candidate;
        }
        if (!converged) {
            warnings.add("Newton-Raphson did not converge in " + MAX_ITERATIONS + " iterations");
        }
        final RealMatrix covariance = new LUDecomposition(MatrixUtils.createRealMatrix(at.information())).getSolver()
                .getInverse();
        final double zq = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        final List<Term> terms = new ArrayList<>();
        double wald = 0;
        final double[] infoBeta = MatrixUtils.createRealMatrix(at.information()).operate(beta);
        for (int j = 0; j < p; j++) {
            final double se = Math.sqrt(covariance.getEntry(j, j));
            final double z = beta[j] / se;
            terms.add(new Term(names.get(j), beta[j], se, z, 2 * new NormalDistribution(0, 1)
                    .cumulativeProbability(-Math.abs(z)), Math.exp(beta[j]), Math.exp(beta[j] - zq * se),
                    Math.exp(beta[j] + zq * se)));
            wald += beta[j] * infoBeta[j];
            if (Math.abs(beta[j]) > 15) {
                warnings.add(String.format(Locale.ROOT, "coefficient of %s is %.1f: it may be infinite (monotone "
                        + "likelihood, e.g. no events in one level)", names.get(j), beta[j]));
            }
        }
        final double[] u0 = atZero.score();
        final double[] solved = new LUDecomposition(MatrixUtils.createRealMatrix(atZero.information())).getSolver()
                .solve(MatrixUtils.createRealVector(u0)).toArray();
        double score = 0;
        for (int j = 0; j < p; j++) {
            score += u0[j] * solved[j];
        }
        final double lr = 2 * (at.logLikelihood() - atZero.logLikelihood());
        return new Result(terms, ties, n, events, atZero.logLikelihood(), at.logLikelihood(), lr, wald, score, p,
                Gamma.regularizedGammaQ(p / 2.0, lr / 2), warnings);
    }
}
