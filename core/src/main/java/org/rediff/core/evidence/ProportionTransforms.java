package org.rediff.core.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes study effects for proportions and transforms pooled values back to the proportion scale, as
 * metafor's {@code escalc} and {@code transf.*} functions do (Viechtbauer 2010).
 *
 * <p>Continuity correction follows metafor's default ({@code add=1/2, to="only0"}): for PR and PLO, a study with 0
 * or n events gets 0.5 added to both cells, so x becomes x + 0.5 and n becomes n + 1. PAS and PFT are left alone.
 */
public final class ProportionTransforms {
    private ProportionTransforms() {
    }

    /**
     * Study effects on the scale of {@code measure}, with metafor's continuity correction for PR and PLO.
     *
     * @param measure the effect measure
     * @param studies the studies' counts
     * @return one effect and sampling variance per study, in input order
     */
    public static List<StudyEffect> effects(EffectMeasure measure, List<ProportionStudy> studies) {
        final List<StudyEffect> out = new ArrayList<>(studies.size());
        for (ProportionStudy s : studies) {
            double x = s.events();
            double n = s.total();
            if (measure.correctsBoundaryCounts() && (s.events() == 0 || s.events() == s.total())) {
                x += 0.5;
                n += 1.0;
            }
            final double p = x / n;
            out.add(switch (measure) {
                case PR -> new StudyEffect(s.label(), p, p * (1 - p) / n);
                case PLO -> new StudyEffect(s.label(), Math.log(p / (1 - p)), 1 / x + 1 / (n - x));
                case PAS -> new StudyEffect(s.label(), Math.asin(Math.sqrt(p)), 1 / (4 * n));
                case PFT -> new StudyEffect(s.label(), freemanTukey(x, n), 1 / (4 * n + 2));
            });
        }
        return out;
    }

    /** metafor's {@code transf.pft}: half the Freeman-Tukey double arcsine of x events in n. */
    static double freemanTukey(double x, double n) {
        return 0.5 * (Math.asin(Math.sqrt(x / (n + 1))) + Math.asin(Math.sqrt((x + 1) / (n + 1))));
    }

    /**
     * Back-transforms a value on the scale of {@code measure} to a proportion.
     *
     * @param measure       the scale of {@code value}
     * @param value         the value on that scale
     * @param harmonicMeanN the harmonic mean of the study sizes, used only by PFT (metafor's
     *                      {@code transf.ipft.hm}); pass NaN for the other measures
     * @return the proportion; in [0, 1] except for PR, which is returned unchanged
     */
    public static double toProportion(EffectMeasure measure, double value, double harmonicMeanN) {
        return switch (measure) {
            case PR -> value;
            case PLO -> 1 / (1 + Math.exp(-value));
            case PAS -> arcsineInverse(value);
            case PFT -> freemanTukeyInverse(value, harmonicMeanN);
        };
    }

    private static double arcsineInverse(double value) {
        // Outside [0, pi/2] the sine squared would fold back; metafor's transf.iarcsin clamps instead.
        if (value <= 0) {
            return 0;
        }
        if (value >= Math.PI / 2) {
            return 1;
        }
        final double s = Math.sin(value);
        return s * s;
    }

    /** Miller 1978 inversion of the (halved) Freeman-Tukey transform at sample size n. */
    static double freemanTukeyInverse(double value, double n) {
        if (value <= freemanTukey(0, n)) {
            return 0;
        }
        if (value >= freemanTukey(n, n)) {
            return 1;
        }
        final double s = Math.sin(2 * value);
        final double inner = s + (s - 1 / s) / n;
        final double root = Math.sqrt(Math.max(0, 1 - inner * inner));
        return 0.5 * (1 - Math.signum(Math.cos(2 * value)) * root);
    }

    /**
     * Harmonic mean of the study sizes (the n at which metafor back-transforms a pooled PFT value).
     *
     * @param studies the studies, at least one
     * @return k / Σ(1/nᵢ)
     */
    public static double harmonicMeanSize(List<ProportionStudy> studies) {
        double sumInverse = 0;
        for (ProportionStudy s : studies) {
            sumInverse += 1.0 / s.total();
        }
        return studies.size() / sumInverse;
    }
}
