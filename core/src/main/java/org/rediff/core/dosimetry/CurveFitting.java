package org.rediff.core.dosimetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.rediff.core.common.InvalidInputException;

/**
 * Fits a time-activity curve with the requested model; {@link FitModel#AUTO} fits the mono-exponential,
 * bi-exponential and uptake-washout models and keeps the evaluated fit with the smallest AICc (falling back to
 * the trapezoid, with a warning, when none can be ranked). For the curves that set safety limits (whole body and
 * blood), {@link #fitForLimits} keeps the most conservative of the plausible fits instead.
 */
public final class CurveFitting {
    /**
     * Fits within this AICc distance of the best are not ruled out by the data (Burnham and Anderson, Model Selection
     * and Multimodel Inference, 2nd ed. 2002, section 2.6: Δ ≤ 2 substantial support, 4–7 considerably less,
     * &gt; 10 essentially none). A safety limit must hold for every fit not ruled out.
     */
    static final double PLAUSIBLE_DELTA_AICC = 10;
    /**
     * Another plausible fit replaces the chosen one for a limit only when it is larger by more than this fraction:
     * degenerate fits (an uptake-washout with an instant uptake is the mono-exponential) differ by rounding alone.
     */
    static final double MATERIAL_DIFFERENCE = 1e-3;

    private CurveFitting() {
    }

    /**
     * The chosen fit and every candidate tried.
     *
     * @param chosen     the fit used for dosimetry (always {@link CurveFit.Evaluated})
     * @param candidates all fits tried, in order, including those that failed
     * @param findings   notes on the choice, with their kind and region
     */
    public record Result(CurveFit.Evaluated chosen, List<CurveFit> candidates, List<DosimetryWarning> findings) {
        public Result {
            candidates = List.copyOf(candidates);
            findings = List.copyOf(findings);
        }

        /**
         * The notes on the choice as text.
         *
         * @return "region: message" of each of {@link #findings()}
         */
        public List<String> warnings() {
            return findings.stream().map(DosimetryWarning::text).toList();
        }
    }

    /**
     * Fits one curve with {@code model}, or chooses by AICc under {@link FitModel#AUTO}.
     *
     * @param curve         the region's measurements, already converted to the therapy nuclide (fraction of
     *                      administered activity; per ml for blood) at times in h
     * @param model         the model, or AUTO
     * @param tail          the tail policy of the trapezoid
     * @param therapy       the therapy nuclide, whose decay constant (per h) bounds every fitted rate from below
     * @param startFraction value at t = 0 for the trapezoid (1 for the whole body, 0 otherwise)
     * @param seed          Monte Carlo seed
     * @return the chosen evaluated fit, every candidate tried and notes on the choice
     * @throws InvalidInputException if an explicitly requested exponential model has fewer measurements than it
     *                               needs or does not give an evaluated fit
     */
    public static Result fit(TimeActivityCurve curve, FitModel model, TailPolicy tail, Nuclide therapy,
                             double startFraction, long seed) {
        final double lp = therapy.decayConstantPerHour();
        final List<DosimetryWarning> warnings = new ArrayList<>();
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
            warnings.add(DosimetryWarning.of(DosimetryWarning.Kind.NO_RANKED_MODEL, curve.region(),
                    "no exponential model could be ranked by AICc; trapezoid used"));
            final CurveFit t = TrapezoidIntegration.fit(curve, startFraction, tail, lp);
            candidates.add(t);
            best = (CurveFit.Evaluated) t;
        }
        return new Result(best, candidates, warnings);
    }

    /**
     * As {@link #fit} for a curve that sets a safety limit (the blood dose and MTA, the 48-h retention limit): under
     * {@code auto}, of the {@link #plausible} fits, the one with the largest residence time, so that a limit never
     * rests on the more optimistic of two fits the data cannot tell apart. With few points AICc's small-sample
     * penalty favours the mono-exponential even when it misses the early phase (six points: 40 for the
     * four-parameter bi-exponential), which would raise the MTA.
     *
     * @param curve         the region's measurements, converted to the therapy nuclide, times in h
     * @param model         the model, or AUTO
     * @param tail          the tail policy of the trapezoid
     * @param therapy       the therapy nuclide
     * @param startFraction value at t = 0 for the trapezoid (1 for the whole body, 0 otherwise)
     * @param seed          Monte Carlo seed
     * @return as {@link #fit}, with the conservative fit chosen and a warning when it is not the AICc-best
     * @throws InvalidInputException as {@link #fit}
     */
    public static Result fitForLimits(TimeActivityCurve curve, FitModel model, TailPolicy tail, Nuclide therapy,
                                      double startFraction, long seed) {
        final Result best = fit(curve, model, tail, therapy, startFraction, seed);
        final CurveFit.Evaluated conservative = mostConservative(best, CurveFit.Evaluated::residenceTimeHours);
        if (conservative == best.chosen()) {
            return best;
        }
        final List<DosimetryWarning> warnings = new ArrayList<>(best.findings());
        // blood is measured per ml: its residence time is that of 1 ml
        final String unit = curve.region().equals("blood") ? "h/ml" : "h";
        warnings.add(DosimetryWarning.of(DosimetryWarning.Kind.CONSERVATIVE_FIT, curve.region(), String.format(
                Locale.ROOT, "the %s fit (AICc %+.1f from the best) gives a residence time of "
                        + "%.4g %s against %.4g %s for the %s fit with the smallest AICc; the safety limits use the "
                        + "larger", conservative.model().code(), conservative.aicc() - best.chosen().aicc(),
                conservative.residenceTimeHours(), unit, best.chosen().residenceTimeHours(), unit,
                best.chosen().model().code())));
        return new Result(conservative, best.candidates(), warnings);
    }

    /**
     * Of the {@link #plausible} fits, the one with the largest value of a quantity a limit depends on (residence
     * time, 48-h retention); the chosen fit unless another exceeds it by more than {@link #MATERIAL_DIFFERENCE}.
     *
     * @param r        a fitting result
     * @param quantity the quantity the limit depends on
     * @return the fit with the largest quantity among the plausible ones
     */
    public static CurveFit.Evaluated mostConservative(Result r, ToDoubleFunction<CurveFit.Evaluated> quantity) {
        CurveFit.Evaluated out = r.chosen();
        for (CurveFit.Evaluated e : plausible(r)) {
            if (quantity.applyAsDouble(e) > quantity.applyAsDouble(out) * (1 + MATERIAL_DIFFERENCE)) {
                out = e;
            }
        }
        return out;
    }

    /**
     * The fits the data support: the evaluated exponential candidates within {@link #PLAUSIBLE_DELTA_AICC} of the
     * smallest AICc (not ruled out by the data); the chosen fit alone when the model was given (or nothing could be
     * ranked).
     *
     * @param r a fitting result
     * @return the plausible fits, in candidate order
     */
    public static List<CurveFit.Evaluated> plausible(Result r) {
        final List<CurveFit.Evaluated> ranked = new ArrayList<>();
        for (CurveFit f : r.candidates()) {
            if (f instanceof CurveFit.Evaluated e && Double.isFinite(e.aicc())) {
                ranked.add(e);
            }
        }
        if (ranked.size() < 2) {
            return List.of(r.chosen());
        }
        final double min = ranked.stream().mapToDouble(CurveFit.Evaluated::aicc).min().orElseThrow();
        return ranked.stream().filter(e -> e.aicc() - min <= PLAUSIBLE_DELTA_AICC).toList();
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
