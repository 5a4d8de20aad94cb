package org.rediff.core.dosimetry;

import java.util.ArrayList;
import java.util.List;
import org.rediff.core.common.InvalidInputException;

/**
 * Fits a time-activity curve with the requested model; {@link FitModel#AUTO} fits the mono-exponential,
 * bi-exponential and uptake-washout models and keeps the evaluated fit with the smallest AICc (falling back to
 * the trapezoid, with a warning, when none can be ranked).
 */
public final class CurveFitting {
    private CurveFitting() {
    }

    /**
     * The chosen fit and every candidate tried.
     *
     * @param chosen     the fit used for dosimetry (always {@link CurveFit.Evaluated})
     * @param candidates all fits tried, in order, including those that failed
     * @param warnings   notes on the choice
     */
    public record Result(CurveFit.Evaluated chosen, List<CurveFit> candidates, List<String> warnings) {
        public Result {
            candidates = List.copyOf(candidates);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param startFraction value at t = 0 for the trapezoid (1 for the whole body, 0 otherwise)
     * @param seed          Monte Carlo seed
     */
    public static Result fit(TimeActivityCurve curve, FitModel model, TailPolicy tail, Nuclide therapy,
                             double startFraction, long seed) {
        final double lp = therapy.decayConstantPerHour();
        final List<String> warnings = new ArrayList<>();
        if (model == FitModel.TRAPEZOID) {
            final CurveFit t = TrapezoidIntegration.fit(curve, startFraction, tail, lp);
            return new Result((CurveFit.Evaluated) t, List.of(t), warnings);
        }
        if (model != FitModel.AUTO) {
            if (curve.points().size() < model.minimumPoints()) {
                throw new InvalidInputException(curve.region() + ": fit " + model.code() + " needs at least "
                        + model.minimumPoints() + " measurements, got " + curve.points().size());
            }
            final CurveFit f = ExponentialFitter.fit(curve, model, lp, seed);
            if (f instanceof CurveFit.Evaluated e) {
                return new Result(e, List.of(f), warnings);
            }
            throw new InvalidInputException(curve.region() + ": fit " + model.code() + " failed: " + reason(f)
                    + "; choose another fit (e.g. trapezoid)");
        }
        final List<CurveFit> candidates = new ArrayList<>();
        CurveFit.Evaluated best = null;
        for (FitModel m : List.of(FitModel.MONO, FitModel.BI, FitModel.UPTAKE_WASHOUT)) {
            final int n = curve.points().size();
            if (n <= m.parameters() + 1) {
                candidates.add(new CurveFit.NotEvaluable(m, "AICc needs more than " + (m.parameters() + 1)
                        + " measurements, got " + n));
                continue;
            }
            final CurveFit f = ExponentialFitter.fit(curve, m, lp, seed);
            candidates.add(f);
            if (f instanceof CurveFit.Evaluated e && Double.isFinite(e.aicc())
                    && (best == null || e.aicc() < best.aicc())) {
                best = e;
            }
        }
        if (best == null) {
            warnings.add(curve.region() + ": no exponential model could be ranked by AICc; trapezoid used");
            final CurveFit t = TrapezoidIntegration.fit(curve, startFraction, tail, lp);
            candidates.add(t);
            best = (CurveFit.Evaluated) t;
        }
        return new Result(best, candidates, warnings);
    }

    static String reason(CurveFit f) {
        if (f instanceof CurveFit.NotConverged nc) {
            return "did not converge (" + nc.reason() + ")";
        }
        if (f instanceof CurveFit.NotEvaluable ne) {
            return "not evaluable (" + ne.reason() + ")";
        }
        return "evaluated";
    }
}
