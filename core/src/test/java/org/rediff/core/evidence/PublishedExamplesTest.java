package org.rediff.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rediff.core.Tolerances;

/**
 * Published metafor examples ({@code core/src/test/resources/reference/statistics_reference_values.csv}, rows MA-xx and
 * CI-xx), compared at the digits the source prints ({@link Tolerances#PRINTED_4DP} unless stated).
 */
class PublishedExamplesTest {
    /** dat.pritz1997 (metadat; Pritz 1997 via Zhou et al. 1999 Table IV): 14 studies. */
    static final int[] PRITZ_X = {16, 10, 4, 43, 10, 25, 13, 12, 22, 4, 5, 18, 58, 6};
    static final int[] PRITZ_N = {17, 12, 8, 58, 10, 42, 14, 12, 41, 5, 6, 23, 68, 10};
    /** dat.debruin2009 (metadat): 13 studies, scq and ethnicity moderators. */
    static final int[] DEBRUIN_X = {11, 24, 179, 82, 60, 11, 99, 9, 88, 17, 26, 23, 40};
    static final int[] DEBRUIN_N = {29, 33, 326, 240, 110, 29, 244, 17, 215, 26, 138, 55, 54};

    static List<ProportionStudy> studies(int[] x, int[] n) {
        final List<ProportionStudy> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            out.add(new ProportionStudy("S" + (i + 1), x[i], n[i]));
        }
        return out;
    }

    @Test
    @DisplayName("MA-11: pritz PR REML pred 0.7968 se 0.0423 CI 0.7138-0.8797 PI 0.5306-1.0629 (metadat docs)")
    void pritzRawProportionReml() {
        final PooledProportion p = ProportionMetaAnalysis.pool(studies(PRITZ_X, PRITZ_N),
                new PoolingOptions(PoolingModel.PR, Tau2Method.REML, false, 0.95));
        assertThat(p.estimate()).isCloseTo(0.7968, within(Tolerances.PRINTED_4DP));
        assertThat(p.seTransformed()).isCloseTo(0.0423, within(Tolerances.PRINTED_4DP));
        assertThat(p.ciLower()).isCloseTo(0.7138, within(Tolerances.PRINTED_4DP));
        assertThat(p.ciUpper()).isCloseTo(0.8797, within(Tolerances.PRINTED_4DP));
        assertThat(p.piLower()).isCloseTo(0.5306, within(Tolerances.PRINTED_4DP));
        assertThat(p.piUpper()).isCloseTo(1.0629, within(Tolerances.PRINTED_4DP));
        assertThat(p.warnings()).anyMatch(w -> w.contains("outside [0, 1]"));
    }

    @Test
    @DisplayName("MA-12: pritz PLO REML 0.7575 CI 0.6605-0.8337 PI 0.4661-0.9179")
    void pritzLogitReml() {
        final PooledProportion p = ProportionMetaAnalysis.pool(studies(PRITZ_X, PRITZ_N), PoolingOptions.defaults());
        assertThat(p.estimate()).isCloseTo(0.7575, within(Tolerances.PRINTED_4DP));
        assertThat(p.ciLower()).isCloseTo(0.6605, within(Tolerances.PRINTED_4DP));
        assertThat(p.ciUpper()).isCloseTo(0.8337, within(Tolerances.PRINTED_4DP));
        assertThat(p.piLower()).isCloseTo(0.4661, within(Tolerances.PRINTED_4DP));
        assertThat(p.piUpper()).isCloseTo(0.9179, within(Tolerances.PRINTED_4DP));
    }

    @Test
    @DisplayName("MA-13: pritz binomial-normal GLMM 0.7984 CI 0.6924-0.8746 PI 0.4426-0.9518")
    void pritzGlmm() {
        final PooledProportion p = ProportionMetaAnalysis.pool(studies(PRITZ_X, PRITZ_N),
                new PoolingOptions(PoolingModel.GLMM, Tau2Method.REML, false, 0.95));
        assertThat(p.estimate()).isCloseTo(0.7984, within(Tolerances.PRINTED_4DP));
        assertThat(p.ciLower()).isCloseTo(0.6924, within(Tolerances.PRINTED_4DP));
        assertThat(p.ciUpper()).isCloseTo(0.8746, within(Tolerances.PRINTED_4DP));
        assertThat(p.piLower()).isCloseTo(0.4426, within(Tolerances.PRINTED_4DP));
        assertThat(p.piUpper()).isCloseTo(0.9518, within(Tolerances.PRINTED_4DP));
    }

    @Test
    @DisplayName("MA-14: debruin PR REML I2 91.77% H2 12.14 Q(12) 135.51, estimate 0.48 (printed with 2 dp)")
    void debruinHeterogeneity() {
        final PooledProportion p = ProportionMetaAnalysis.pool(studies(DEBRUIN_X, DEBRUIN_N),
                new PoolingOptions(PoolingModel.PR, Tau2Method.REML, false, 0.95));
        assertThat(p.i2Percent()).isCloseTo(91.77, within(0.005));
        assertThat(p.h2()).isCloseTo(12.14, within(0.005));
        assertThat(p.q()).isCloseTo(135.51, within(0.005));
        assertThat(p.qDf()).isEqualTo(12);
        assertThat(p.estimate()).isCloseTo(0.48, within(0.005));
    }

    @Test
    @DisplayName("MA-15: debruin REML meta-regression scq + ethnicity: coefficients, QM(2) 10.333, R2 48.39%")
    void debruinMetaRegression() {
        final List<String> scq = List.of("21.00", "22.67", "15.07", "3.67", "8.60", "27.80", "4.80", "12.07", "20.00",
                "7.47", "7.80", "10.47", "22.80");
        final List<String> ethnicity = new ArrayList<>();
        for (int other : new int[] {1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 1}) {
            ethnicity.add(other == 1 ? "other" : "caucasian");
        }
        final MetaRegression.Result r = MetaRegression.fit(
                ProportionTransforms.effects(EffectMeasure.PR, studies(DEBRUIN_X, DEBRUIN_N)),
                List.of(new Moderator("scq", scq), new Moderator("ethnicity", ethnicity)), Tau2Method.REML, false,
                0.95);
        final List<Coefficient> b = r.fit().coefficients();
        assertThat(b).extracting(Coefficient::name).containsExactly("intrcpt", "scq", "ethnicityother");
        assertThat(b.get(0).estimate()).isCloseTo(0.430, within(0.0005));
        assertThat(b.get(0).se()).isCloseTo(0.075, within(0.0005));
        assertThat(b.get(1).estimate()).isCloseTo(0.011, within(0.0005));
        assertThat(b.get(1).pValue()).isCloseTo(0.020, within(0.0005));
        assertThat(b.get(2).estimate()).isCloseTo(-0.196, within(0.0005));
        assertThat(r.fit().tau2()).isCloseTo(0.012, within(0.0005));
        assertThat(r.fit().i2Percent()).isCloseTo(83.24, within(0.005));
        assertThat(r.r2Percent()).isCloseTo(48.39, within(0.005));
        assertThat(r.fit().q()).isCloseTo(53.525, within(0.0005));
        assertThat(r.fit().qm()).isCloseTo(10.333, within(0.0005));
        assertThat(r.fit().qmPValue()).isCloseTo(0.006, within(0.0005));
    }

    @Test
    @DisplayName("MA-06: PFT EE with 0/n and n/n back-transformed at the harmonic mean: 0.6886 CI 0.5734-0.7943")
    void freemanTukeyBoundaries() {
        final PooledProportion p = ProportionMetaAnalysis.pool(studies(new int[] {0, 4, 9, 16, 20},
                new int[] {10, 10, 15, 20, 20}), new PoolingOptions(PoolingModel.PFT, Tau2Method.EE, false, 0.95));
        assertThat(p.estimate()).isCloseTo(0.6886, within(Tolerances.PRINTED_4DP));
        assertThat(p.ciLower()).isCloseTo(0.5734, within(Tolerances.PRINTED_4DP));
        assertThat(p.ciUpper()).isCloseTo(0.7943, within(Tolerances.PRINTED_4DP));
        // MA-05: the study-level inverse is exact at the boundaries.
        final List<StudyEffect> e = ProportionTransforms.effects(EffectMeasure.PFT,
                studies(new int[] {0, 10}, new int[] {10, 10}));
        assertThat(ProportionTransforms.toProportion(EffectMeasure.PFT, e.get(0).effect(), 10)).isEqualTo(0.0);
        assertThat(ProportionTransforms.toProportion(EffectMeasure.PFT, e.get(1).effect(), 10)).isEqualTo(1.0);
    }

    @Test
    @DisplayName("MA-01/MA-02: escalc PAS 10/20 yi 0.7854 vi 0.0125; PFT Miller 1978 2*yi and 4*vi")
    void effectSizes() {
        final StudyEffect pas = ProportionTransforms.effects(EffectMeasure.PAS, studies(new int[] {10},
                new int[] {20})).get(0);
        assertThat(pas.effect()).isCloseTo(0.7854, within(Tolerances.PRINTED_4DP));
        assertThat(pas.variance()).isCloseTo(0.0125, within(1e-12));
        final List<StudyEffect> pft = ProportionTransforms.effects(EffectMeasure.PFT,
                studies(new int[] {3, 6, 10, 1}, new int[] {11, 17, 21, 6}));
        final double[] twiceYi = {1.1391, 1.2888, 1.5253, 0.9515};
        final double[] fourVi = {0.0870, 0.0571, 0.0465, 0.1538};
        for (int i = 0; i < 4; i++) {
            assertThat(2 * pft.get(i).effect()).isCloseTo(twiceYi[i], within(Tolerances.PRINTED_4DP));
            assertThat(4 * pft.get(i).variance()).isCloseTo(fourVi[i], within(Tolerances.PRINTED_4DP));
        }
    }

    @Test
    @DisplayName("CI-01, CI-03..CI-07: Clopper-Pearson from Beta quantiles, including 0/n, n/n and n = 1")
    void clopperPearson() {
        assertThat(ClopperPearsonInterval.of(50, 500, 0.90).lower()).isCloseTo(0.07873857, within(1e-5));
        assertThat(ClopperPearsonInterval.of(50, 500, 0.90).upper()).isCloseTo(0.1248658, within(1e-5));
        assertThat(ClopperPearsonInterval.of(0, 10, 0.95).lower()).isEqualTo(0.0);
        assertThat(ClopperPearsonInterval.of(0, 10, 0.95).upper()).isCloseTo(0.3084971078187608, within(1e-12));
        assertThat(ClopperPearsonInterval.of(10, 10, 0.95).lower()).isCloseTo(0.6915028921812392, within(1e-12));
        assertThat(ClopperPearsonInterval.of(10, 10, 0.95).upper()).isEqualTo(1.0);
        assertThat(ClopperPearsonInterval.of(3, 10, 0.95).lower()).isCloseTo(0.06673951117773447, within(1e-12));
        assertThat(ClopperPearsonInterval.of(3, 10, 0.95).upper()).isCloseTo(0.6524528500599972, within(1e-12));
        assertThat(ClopperPearsonInterval.of(20, 400, 0.95).lower()).isCloseTo(0.030805241143265938, within(1e-12));
        assertThat(ClopperPearsonInterval.of(1, 1, 0.95).lower()).isCloseTo(0.025, within(1e-12));
    }
}
