package org.rediff.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rediff.core.Tolerances;

/**
 * Every case of the metafor oracle (R 4.2.2, metafor 3.8.1, lme4 1.1.31; script
 * {@code core/src/test/oracle/metafor_oracle.R}, tight convergence {@code threshold = tol = 1e-12}) reproduced by
 * the engine: effect sizes, all τ² estimators with z and Knapp-Hartung tests, heterogeneity, prediction
 * intervals, back-transformations, weights, leave-one-out, subgroups, meta-regression, the GLMM and
 * Clopper-Pearson intervals. Tolerance: 1e-6 relative (1e-3 for the GLMM), as issue 2 requires.
 */
class MetaforOracleTest {

    @TestFactory
    Stream<DynamicTest> randomEffectsModels() {
        return OracleData.CASES.entrySet().stream()
                .filter(e -> e.getKey().split("/").length == 4 && !e.getKey().startsWith("cp/"))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> checkModel(e.getKey(), e.getValue())));
    }

    private static void checkModel(String name, Map<String, String> c) {
        final String[] parts = name.split("/");
        final List<ProportionStudy> studies = OracleData.studies(parts[0]);
        final EffectMeasure measure = EffectMeasure.valueOf(parts[1]);
        final Tau2Method method = Tau2Method.valueOf(parts[2]);
        final boolean knha = parts[3].equals("knha");
        final List<StudyEffect> effects = ProportionTransforms.effects(measure, studies);
        for (int i = 0; i < effects.size(); i++) {
            near(name, "yi_" + (i + 1), effects.get(i).effect(), c, Tolerances.ESTIMATE_RELATIVE);
            near(name, "vi_" + (i + 1), effects.get(i).variance(), c, Tolerances.ESTIMATE_RELATIVE);
        }
        final ModelFit fit = RandomEffectsModel.fit(effects, DesignMatrix.interceptOnly(studies.size()), method,
                knha, 0.95);
        final Coefficient b = fit.intercept();
        near(name, "b", b.estimate(), c, Tolerances.ESTIMATE_RELATIVE);
        near(name, "se", b.se(), c, Tolerances.ESTIMATE_RELATIVE);
        near(name, "stat", b.statistic(), c, Tolerances.ESTIMATE_RELATIVE);
        near(name, "p", b.pValue(), c, Tolerances.P_VALUE_RELATIVE);
        near(name, "ci_lb", b.ciLower(), c, Tolerances.CI_RELATIVE);
        near(name, "ci_ub", b.ciUpper(), c, Tolerances.CI_RELATIVE);
        near(name, "tau2", fit.tau2(), c, Tolerances.ESTIMATE_RELATIVE);
        near(name, "i2", fit.i2Percent(), c, Tolerances.ESTIMATE_RELATIVE);
        near(name, "h2", fit.h2(), c, Tolerances.ESTIMATE_RELATIVE);
        near(name, "qe", fit.q(), c, Tolerances.ESTIMATE_RELATIVE);
        near(name, "qe_p", fit.qPValue(), c, Tolerances.P_VALUE_RELATIVE);
        for (int i = 0; i < studies.size(); i++) {
            near(name, "weight_" + (i + 1), fit.weightsPercent().get(i), c, Tolerances.ESTIMATE_RELATIVE);
        }
        final PooledProportion pooled = ProportionMetaAnalysis.pool(studies,
                new PoolingOptions(PoolingModel.valueOf(parts[1]), method, knha, 0.95));
        near(name, "prop_est", pooled.estimate(), c, Tolerances.ESTIMATE_RELATIVE);
        near(name, "prop_ci_lb", pooled.ciLower(), c, Tolerances.CI_RELATIVE);
        near(name, "prop_ci_ub", pooled.ciUpper(), c, Tolerances.CI_RELATIVE);
        if (method != Tau2Method.EE) {
            near(name, "pi_lb", fit.predictionInterval()[0], c, Tolerances.CI_RELATIVE);
            near(name, "pi_ub", fit.predictionInterval()[1], c, Tolerances.CI_RELATIVE);
            near(name, "prop_pi_lb", pooled.piLower(), c, Tolerances.CI_RELATIVE);
            near(name, "prop_pi_ub", pooled.piUpper(), c, Tolerances.CI_RELATIVE);
        }
        if (c.containsKey("loo_est_1")) {
            final List<LeaveOneOut.Omission> loo = LeaveOneOut.run(studies, pooled.options());
            for (int i = 0; i < loo.size(); i++) {
                final PooledProportion p = loo.get(i).pooled();
                near(name, "loo_est_" + (i + 1), p.estimateTransformed(), c, Tolerances.ESTIMATE_RELATIVE);
                near(name, "loo_tau2_" + (i + 1), p.tau2(), c, Tolerances.ESTIMATE_RELATIVE);
                near(name, "loo_i2_" + (i + 1), p.i2Percent(), c, Tolerances.ESTIMATE_RELATIVE);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> subgroups() {
        return OracleData.CASES.entrySet().stream().filter(e -> e.getKey().contains("/by="))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    final String name = e.getKey();
                    final Map<String, String> c = e.getValue();
                    final String[] parts = name.split("/");
                    final String column = parts[4].substring(3);
                    final SubgroupAnalysis.Result r = SubgroupAnalysis.run(OracleData.studies(parts[0]),
                            OracleData.column(parts[0], column), new PoolingOptions(PoolingModel.valueOf(parts[1]),
                                    Tau2Method.valueOf(parts[2]), false, 0.95));
                    for (SubgroupAnalysis.Subgroup g : r.subgroups()) {
                        final String s = "sub_" + g.group() + "_";
                        near(name, s + "k", g.pooled().k(), c, 0);
                        near(name, s + "b", g.pooled().estimateTransformed(), c, Tolerances.ESTIMATE_RELATIVE);
                        near(name, s + "se", g.pooled().seTransformed(), c, Tolerances.ESTIMATE_RELATIVE);
                        near(name, s + "tau2", g.pooled().tau2(), c, Tolerances.ESTIMATE_RELATIVE);
                        near(name, s + "i2", g.pooled().i2Percent(), c, Tolerances.ESTIMATE_RELATIVE);
                    }
                    near(name, "q_between", r.qBetween(), c, Tolerances.ESTIMATE_RELATIVE);
                    near(name, "q_between_df", r.qBetweenDf(), c, 0);
                    near(name, "q_between_p", r.qBetweenP(), c, Tolerances.P_VALUE_RELATIVE);
                }));
    }

    @TestFactory
    Stream<DynamicTest> metaRegressions() {
        return OracleData.CASES.entrySet().stream().filter(e -> e.getKey().contains("/mods="))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    final String name = e.getKey();
                    final Map<String, String> c = e.getValue();
                    final String[] parts = name.split("/");
                    final List<Moderator> mods = new ArrayList<>();
                    for (String col : parts[4].substring(5).split("\\+")) {
                        mods.add(new Moderator(col, OracleData.column(parts[0], col)));
                    }
                    final List<StudyEffect> effects = ProportionTransforms.effects(EffectMeasure.valueOf(parts[1]),
                            OracleData.studies(parts[0]));
                    final MetaRegression.Result r = MetaRegression.fit(effects, mods, Tau2Method.valueOf(parts[2]),
                            parts[3].equals("knha"), 0.95);
                    final ModelFit fit = r.fit();
                    near(name, "tau2", fit.tau2(), c, Tolerances.ESTIMATE_RELATIVE);
                    near(name, "i2", fit.i2Percent(), c, Tolerances.ESTIMATE_RELATIVE);
                    near(name, "h2", fit.h2(), c, Tolerances.ESTIMATE_RELATIVE);
                    near(name, "r2", r.r2Percent(), c, Tolerances.ESTIMATE_RELATIVE);
                    near(name, "qe", fit.q(), c, Tolerances.ESTIMATE_RELATIVE);
                    near(name, "qe_p", fit.qPValue(), c, Tolerances.P_VALUE_RELATIVE);
                    near(name, "qm", fit.qm(), c, Tolerances.ESTIMATE_RELATIVE);
                    near(name, "qm_df", fit.qmDf(), c, 0);
                    near(name, "qm_p", fit.qmPValue(), c, Tolerances.P_VALUE_RELATIVE);
                    for (Coefficient b : fit.coefficients()) {
                        near(name, "coef_" + b.name(), b.estimate(), c, Tolerances.ESTIMATE_RELATIVE);
                        near(name, "se_" + b.name(), b.se(), c, Tolerances.ESTIMATE_RELATIVE);
                        near(name, "stat_" + b.name(), b.statistic(), c, Tolerances.ESTIMATE_RELATIVE);
                        near(name, "p_" + b.name(), b.pValue(), c, Tolerances.P_VALUE_RELATIVE);
                        near(name, "ci_lb_" + b.name(), b.ciLower(), c, Tolerances.CI_RELATIVE);
                        near(name, "ci_ub_" + b.name(), b.ciUpper(), c, Tolerances.CI_RELATIVE);
                    }
                    assertThat(fit.coefficients()).hasSize((int) c.keySet().stream()
                            .filter(q -> q.startsWith("coef_")).count());
                }));
    }

    @TestFactory
    Stream<DynamicTest> glmm() {
        return OracleData.CASES.entrySet().stream().filter(e -> e.getKey().endsWith("/GLMM"))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    final String name = e.getKey();
                    final Map<String, String> c = e.getValue();
                    final PooledProportion p = ProportionMetaAnalysis.pool(OracleData.studies(name.split("/")[0]),
                            new PoolingOptions(PoolingModel.GLMM, Tau2Method.REML, false, 0.95));
                    near(name, "b", p.estimateTransformed(), c, Tolerances.GLMM_RELATIVE);
                    near(name, "se", p.seTransformed(), c, Tolerances.GLMM_RELATIVE);
                    near(name, "tau2", p.tau2(), c, Tolerances.GLMM_RELATIVE);
                    near(name, "prop_est", p.estimate(), c, Tolerances.GLMM_RELATIVE);
                    near(name, "prop_ci_lb", p.ciLower(), c, Tolerances.GLMM_RELATIVE);
                    near(name, "prop_ci_ub", p.ciUpper(), c, Tolerances.GLMM_RELATIVE);
                    near(name, "prop_pi_lb", p.piLower(), c, Tolerances.GLMM_RELATIVE);
                    near(name, "prop_pi_ub", p.piUpper(), c, Tolerances.GLMM_RELATIVE);
                }));
    }

    @TestFactory
    Stream<DynamicTest> clopperPearson() {
        return OracleData.CASES.entrySet().stream().filter(e -> e.getKey().startsWith("cp/"))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    final String[] p = e.getKey().split("/");
                    final var ci = ClopperPearsonInterval.of(Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                            Integer.parseInt(p[3]) / 100.0);
                    near(e.getKey(), "lower", ci.lower(), e.getValue(), Tolerances.CI_RELATIVE);
                    near(e.getKey(), "upper", ci.upper(), e.getValue(), Tolerances.CI_RELATIVE);
                }));
    }

    private static void near(String name, String quantity, double actual, Map<String, String> c, double rel) {
        final double expected = OracleData.value(c, quantity);
        final boolean i2AtBoundary = quantity.contains("i2") && Math.abs(expected) < Tolerances.I2_AT_BOUNDARY_PERCENT
                && Math.abs(actual) < Tolerances.I2_AT_BOUNDARY_PERCENT;
        assertThat(i2AtBoundary || Tolerances.closeRelative(actual, expected, rel))
                .as("%s %s: got %s, metafor %s", name, quantity, actual, expected).isTrue();
    }
}
