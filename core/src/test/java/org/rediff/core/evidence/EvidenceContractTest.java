package org.rediff.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;

/** Invalid input and boundary cases of the synthesis engine, and properties every estimator must satisfy. */
class EvidenceContractTest {
    private static final List<ProportionStudy> THREE = List.of(new ProportionStudy("A", 4, 9),
            new ProportionStudy("B", 6, 10), new ProportionStudy("C", 5, 5));

    @Test
    void countsOutsideTheirRangeAreRejectedNamingTheStudy() {
        assertThatThrownBy(() -> new ProportionStudy("Ho 2013", 10, 9)).isInstanceOf(InvalidInputException.class)
                .hasMessage("study 'Ho 2013': events must be an integer in [0, total=9], got 10");
        assertThatThrownBy(() -> new ProportionStudy("X", 0, 0)).hasMessageContaining("total must be");
    }

    @Test
    void tooFewStudiesForTheMethodIsAClearError() {
        final List<ProportionStudy> one = List.of(new ProportionStudy("A", 4, 9));
        assertThatThrownBy(() -> ProportionMetaAnalysis.pool(one, PoolingOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs at least 2 studies, got 1");
        assertThatThrownBy(() -> ProportionMetaAnalysis.pool(one,
                new PoolingOptions(PoolingModel.GLMM, Tau2Method.REML, false, 0.95)))
                .hasMessageContaining("GLMM: needs at least 2");
        assertThat(ProportionMetaAnalysis.pool(one, new PoolingOptions(PoolingModel.PLO, Tau2Method.EE, false, 0.95))
                .k()).isEqualTo(1);
    }

    @Test
    void rawProportionsOfZeroAreCorrectedButNotForArcsine() {
        final List<ProportionStudy> s = List.of(new ProportionStudy("A", 0, 8), new ProportionStudy("B", 8, 8));
        final List<StudyEffect> pr = ProportionTransforms.effects(EffectMeasure.PR, s);
        assertThat(pr.get(0).effect()).isEqualTo(0.5 / 9);
        assertThat(pr.get(1).effect()).isEqualTo(8.5 / 9);
        final List<StudyEffect> pas = ProportionTransforms.effects(EffectMeasure.PAS, s);
        assertThat(pas.get(0).effect()).isEqualTo(0.0);
        assertThat(pas.get(1).variance()).isEqualTo(1.0 / 32);
    }

    @Test
    void collinearOrSingleLevelModeratorsAreRejected() {
        final List<StudyEffect> e = ProportionTransforms.effects(EffectMeasure.PLO, THREE);
        assertThatThrownBy(() -> MetaRegression.fit(e, List.of(new Moderator("g", List.of("x", "x", "x"))),
                Tau2Method.REML, false, 0.95)).hasMessageContaining("'g' has a single level");
        assertThatThrownBy(() -> MetaRegression.fit(e, List.of(new Moderator("a", List.of("1", "2", "3")),
                new Moderator("b", List.of("2", "4", "6"))), Tau2Method.REML, false, 0.95))
                .hasMessageContaining("too few studies");
        assertThatThrownBy(() -> new PoolingOptions(PoolingModel.GLMM, Tau2Method.REML, true, 0.95))
                .hasMessageContaining("knha (Knapp-Hartung) is not available with measure GLMM");
    }

    @Test
    void subgroupsNeedTwoGroupsAndFlagSingleStudyGroups() {
        assertThatThrownBy(() -> SubgroupAnalysis.run(THREE, List.of("x", "x", "x"), PoolingOptions.defaults()))
                .hasMessageContaining("at least 2 subgroups");
        final SubgroupAnalysis.Result r = SubgroupAnalysis.run(THREE, List.of("x", "x", "y"),
                PoolingOptions.defaults());
        assertThat(r.warnings()).anyMatch(w -> w.contains("'y' has a single study"));
        assertThat(r.qBetweenDf()).isEqualTo(1);
    }

    /** Pooled estimates lie within the range of the studies and the intervals contain them, for every method. */
    @Property(tries = 200)
    void pooledEstimateLiesWithinTheStudiesAndItsInterval(@ForAll @IntRange(min = 1, max = 29) int x1,
                                                          @ForAll @IntRange(min = 1, max = 29) int x2,
                                                          @ForAll @IntRange(min = 0, max = 30) int x3,
                                                          @ForAll @IntRange(min = 0, max = 7) int methodIndex) {
        final List<ProportionStudy> s = List.of(new ProportionStudy("A", x1, 30), new ProportionStudy("B", x2, 30),
                new ProportionStudy("C", x3, 30));
        final Tau2Method method = Tau2Method.values()[methodIndex];
        final PooledProportion p = ProportionMetaAnalysis.pool(s, new PoolingOptions(PoolingModel.PLO, method, false,
                0.95));
        final double lo = ProportionTransforms.toProportion(EffectMeasure.PLO,
                ProportionTransforms.effects(EffectMeasure.PLO, s).stream().mapToDouble(StudyEffect::effect).min()
                        .orElseThrow(), Double.NaN);
        final double hi = ProportionTransforms.toProportion(EffectMeasure.PLO,
                ProportionTransforms.effects(EffectMeasure.PLO, s).stream().mapToDouble(StudyEffect::effect).max()
                        .orElseThrow(), Double.NaN);
        assertThat(p.estimate()).isBetween(lo - 1e-12, hi + 1e-12);
        assertThat(p.ciLower()).isLessThanOrEqualTo(p.estimate());
        assertThat(p.ciUpper()).isGreaterThanOrEqualTo(p.estimate());
        assertThat(p.piLower()).isLessThanOrEqualTo(p.ciLower() + 1e-12);
        assertThat(p.tau2()).isGreaterThanOrEqualTo(0);
        assertThat(p.studies().stream().mapToDouble(StudyRow::weightPercent).sum()).isCloseTo(100, org.assertj.core.api.Assertions.within(1e-9));
    }
}
