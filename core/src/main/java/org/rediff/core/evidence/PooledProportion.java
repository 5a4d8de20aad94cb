package org.rediff.core.evidence;

import java.util.List;

/**
 * A pooled proportion with its uncertainty and heterogeneity.
 *
 * @param options              settings that produced it
 * @param k                    number of studies
 * @param estimate             pooled proportion (back-transformed)
 * @param ciLower              lower confidence bound, proportion scale
 * @param ciUpper              upper confidence bound, proportion scale
 * @param piLower              lower prediction bound, proportion scale
 * @param piUpper              upper prediction bound, proportion scale
 * @param estimateTransformed  pooled value on the analysis scale
 * @param seTransformed        its standard error
 * @param tau2                 between-study variance on the analysis scale
 * @param i2Percent            I² in percent
 * @param h2                   H²
 * @param q                    Cochran's Q (inverse-variance weights on the measure's scale)
 * @param qDf                  df of Q
 * @param qPValue              p-value of Q
 * @param studies              the studies with exact intervals and weights
 * @param warnings             things the reader must know (e.g. bounds outside [0, 1] for PR)
 */
public record PooledProportion(PoolingOptions options, int k, double estimate, double ciLower, double ciUpper,
                               double piLower, double piUpper, double estimateTransformed, double seTransformed,
                               double tau2, double i2Percent, double h2, double q, int qDf, double qPValue,
                               List<StudyRow> studies, List<String> warnings) {
    public PooledProportion {
        studies = List.copyOf(studies);
        warnings = List.copyOf(warnings);
    }
}
