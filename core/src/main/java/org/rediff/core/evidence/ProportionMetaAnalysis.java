package org.rediff.core.evidence;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.rediff.core.common.ConfidenceInterval;
import org.rediff.core.common.Require;

/**
 * Pools single proportions across studies: an inverse-variance random-effects model on the PR, PLO, PAS or PFT
 * scale ({@link RandomEffectsModel}) or the binomial-normal {@link BinomialNormalGlmm}, with the pooled value,
 * confidence and prediction intervals transformed back to proportions as metafor's predict(transf = ...) does.
 */
public final class ProportionMetaAnalysis {
    private ProportionMetaAnalysis() {
    }

    /**
     * Pools the studies' proportions with the chosen model.
     *
     * @param studies the studies' event counts: at least 1 for an equal-effects (EE) model without Knapp-Hartung,
     *                at least 2 otherwise (and for the GLMM)
     * @param options model, τ² estimator, Knapp-Hartung and confidence level
     * @return the pooled proportion with confidence and prediction intervals (proportion scale), heterogeneity
     *         statistics, the studies with exact intervals and weights, and warnings
     * @throws org.rediff.core.common.InvalidInputException if there are too few studies for the model, or a τ²
     *                                                      estimator fails to converge
     */
    public static PooledProportion pool(List<ProportionStudy> studies, PoolingOptions options) {
        Require.minSize(studies, 1, "studies");
        return options.model() == PoolingModel.GLMM ? poolGlmm(studies, options) : poolInverseVariance(studies, options);
    }

    private static PooledProportion poolInverseVariance(List<ProportionStudy> studies, PoolingOptions options) {
        final EffectMeasure measure = options.model().measure();
        final List<StudyEffect> effects = ProportionTransforms.effects(measure, studies);
        final ModelFit fit = RandomEffectsModel.fit(effects, DesignMatrix.interceptOnly(studies.size()),
                options.method(), options.knappHartung(), options.level());
        final double hm = ProportionTransforms.harmonicMeanSize(studies);
        final Coefficient b = fit.intercept();
        final double[] pi = fit.predictionInterval();
        final List<String> warnings = new ArrayList<>();
        final double estimate = ProportionTransforms.toProportion(measure, b.estimate(), hm);
        final double ciLower = ProportionTransforms.toProportion(measure, b.ciLower(), hm);
        final double ciUpper = ProportionTransforms.toProportion(measure, b.ciUpper(), hm);
        final double piLower = ProportionTransforms.toProportion(measure, pi[0], hm);
        final double piUpper = ProportionTransforms.toProportion(measure, pi[1], hm);
        if (measure == EffectMeasure.PR && (ciLower < 0 || ciUpper > 1 || piLower < 0 || piUpper > 1)) {
            warnings.add("raw-proportion (PR) interval extends outside [0, 1]; reported as computed (as metafor "
                    + "does) — consider PLO or GLMM");
        }
        if (measure == EffectMeasure.PFT) {
            warnings.add("Freeman-Tukey back-transformation uses the harmonic mean n = " + String.format("%.3f", hm)
                    + " and can mislead (Schwarzer et al. 2019); the GLMM is the recommended model");
        }
        if (fit.residualDf() == 0) {
            warnings.add("a single study: no heterogeneity can be estimated");
        }
        return new PooledProportion(options, fit.k(), estimate, ciLower, ciUpper, piLower, piUpper, b.estimate(),
                b.se(), fit.tau2(), fit.i2Percent(), fit.h2(), fit.q(), fit.qDf(), fit.qPValue(),
                rows(studies, fit.weightsPercent(), options.level()), warnings);
    }

    private static PooledProportion poolGlmm(List<ProportionStudy> studies, PoolingOptions options) {
        final BinomialNormalGlmm.Fit glmm = BinomialNormalGlmm.fit(studies);
        final double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - options.level()) / 2);
        final double ciHalf = z * glmm.seMu();
        final double piHalf = z * Math.sqrt(glmm.seMu() * glmm.seMu() + glmm.tau2());
        // Q is Cochran's Q of the logit inverse-variance model; I² and H² use the GLMM's τ² with the typical
        // within-study variance of the (continuity-corrected) logits, as metafor's rma.glmm computes them.
        final List<StudyEffect> logits = ProportionTransforms.effects(EffectMeasure.PLO, studies);
        final ModelFit logit = RandomEffectsModel.fit(logits, DesignMatrix.interceptOnly(studies.size()),
                Tau2Method.EE, false, options.level());
        double sumW = 0;
        double sumW2 = 0;
        for (StudyEffect e : logits) {
            sumW += 1 / e.variance();
            sumW2 += 1 / (e.variance() * e.variance());
        }
        final double typicalVariance = (studies.size() - 1) / (sumW - sumW2 / sumW);
        final double i2 = 100 * glmm.tau2() / (typicalVariance + glmm.tau2());
        final double h2 = 1 + glmm.tau2() / typicalVariance;
        final List<Double> noWeights = new ArrayList<>();
        studies.forEach(s -> noWeights.add(Double.NaN));
        final double mu = glmm.mu();
        return new PooledProportion(options, studies.size(), expit(mu), expit(mu - ciHalf), expit(mu + ciHalf),
                expit(mu - piHalf), expit(mu + piHalf), mu, glmm.seMu(), glmm.tau2(), i2, h2,
                logit.q(), logit.qDf(), logit.qPValue(), rows(studies, noWeights, options.level()), List.of());
    }

    private static List<StudyRow> rows(List<ProportionStudy> studies, List<Double> weights, double level) {
        final List<StudyRow> rows = new ArrayList<>(studies.size());
        for (int i = 0; i < studies.size(); i++) {
            final ProportionStudy s = studies.get(i);
            final ConfidenceInterval ci = ClopperPearsonInterval.of(s.events(), s.total(), level);
            rows.add(new StudyRow(s.label(), s.events(), s.total(), s.proportion(), ci.lower(), ci.upper(),
                    weights.get(i)));
        }
        return rows;
    }

    private static double expit(double eta) {
        return 1 / (1 + Math.exp(-eta));
    }
}
