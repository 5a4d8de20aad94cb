package org.rediff.core.dosimetry;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The outcome of fitting one model to a time-activity curve: evaluated, did not converge, or not evaluable —
 * never a sentinel number.
 */
public sealed interface CurveFit permits CurveFit.Evaluated, CurveFit.NotConverged, CurveFit.NotEvaluable {

    /**
     * The model this outcome is for.
     *
     * @return the model
     */
    FitModel model();

    /**
     * A usable fit.
     *
     * @param model                the model
     * @param residenceTimeHours   ∫₀^∞ A(t)/A0 dt, hours (time-integrated activity coefficient)
     * @param fractionExtrapolated share of the integral after the last measurement
     * @param aicc                 corrected Akaike information criterion (NaN when undefined: trapezoid or n ≤ K+1)
     * @param parameters           natural parameters (amplitudes as fractions, rates per hour)
     * @param parameterCv          coefficient of variation of each parameter (NaN when not estimable)
     * @param maxAbsCorrelation    largest absolute correlation between parameters (NaN when not estimable)
     * @param curve                the fitted curve (or the trapezoid interpolant) for plotting, hours → fraction
     * @param residenceTimeSamples Monte Carlo samples of the residence time from the parameter uncertainty (empty
     *                             when the model has none, e.g. the trapezoid)
     * @param findings             acceptance problems (CV ≥ 50%, |correlation| ≥ 0.8, slow terminal phase …), with
     *                             their kind and region
     */
    record Evaluated(FitModel model, double residenceTimeHours, double fractionExtrapolated, double aicc,
                     Map<String, Double> parameters, Map<String, Double> parameterCv, double maxAbsCorrelation,
                     DoubleUnaryOperator curve, double[] residenceTimeSamples, List<DosimetryWarning> findings)
            implements CurveFit {
        public Evaluated {
            parameters = Map.copyOf(parameters);
            parameterCv = Map.copyOf(parameterCv);
            residenceTimeSamples = residenceTimeSamples.clone();
            findings = List.copyOf(findings);
        }

        /**
         * The acceptance problems as text, without the region.
         *
         * @return the messages of {@link #findings()}
         */
        public List<String> warnings() {
            return findings.stream().map(DosimetryWarning::message).toList();
        }

        @Override
        public double[] residenceTimeSamples() {
            return residenceTimeSamples.clone();
        }
    }

    /**
     * The optimiser did not converge.
     *
     * @param model  the model
     * @param reason why
     */
    record NotConverged(FitModel model, String reason) implements CurveFit {
    }

    /**
     * The model cannot be evaluated on these data (too few points, no positive values …).
     *
     * @param model  the model
     * @param reason why
     */
    record NotEvaluable(FitModel model, String reason) implements CurveFit {
    }
}
