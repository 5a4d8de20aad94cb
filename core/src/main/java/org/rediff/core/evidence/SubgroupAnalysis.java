package org.rediff.core.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rediff.core.common.InvalidInputException;

/**
 * Subgroup analysis with a separate model (and τ²) in every subgroup, and a test for subgroup differences: the
 * equal-effects Q statistic over the subgroup estimates on the analysis scale, weighted by 1/se² (Borenstein et
 * al. 2009, Introduction to Meta-Analysis, ch. 19; the approach metafor's documentation describes for separate
 * τ² per subgroup). A subgroup of one study is pooled with τ² = 0 and flagged.
 */
public final class SubgroupAnalysis {
    private SubgroupAnalysis() {
    }

    /**
     * One subgroup's pooled result.
     *
     * @param group  the subgroup's value of the grouping variable
     * @param pooled its separate model
     */
    public record Subgroup(String group, PooledProportion pooled) {
    }

    /**
     * The subgroup models and the between-subgroup test.
     *
     * @param subgroups  subgroups in sorted order
     * @param qBetween   Q between subgroups
     * @param qBetweenDf number of subgroups - 1
     * @param qBetweenP  chi-square p-value
     * @param warnings   notes (single-study subgroups)
     */
    public record Result(List<Subgroup> subgroups, double qBetween, int qBetweenDf, double qBetweenP,
                         List<String> warnings) {
        public Result {
            subgroups = List.copyOf(subgroups);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Pools each subgroup separately and tests for subgroup differences.
     *
     * @param studies the studies
     * @param groups  the subgroup of each study: {@code groups.get(i)} is the subgroup of {@code studies.get(i)}
     * @param options the pooling settings, used in every subgroup (a single-study subgroup gets EE, and PLO in
     *                place of GLMM)
     * @return the subgroup results in sorted order and the between-subgroup Q test
     * @throws InvalidInputException if {@code groups} and {@code studies} differ in size, a study has no subgroup
     *                               value, there are fewer than 2 subgroups, or a subgroup's pooled analysis
     *                               rejects its input
     */
    public static Result run(List<ProportionStudy> studies, List<String> groups, PoolingOptions options) {
        if (groups.size() != studies.size()) {
            throw new InvalidInputException("subgroup column has " + groups.size() + " values for " + studies.size()
                    + " studies");
        }
        final Map<String, List<ProportionStudy>> byGroup = new TreeMap<>();
        for (int i = 0; i < studies.size(); i++) {
            final String g = groups.get(i);
            if (g == null || g.isBlank()) {
                throw new InvalidInputException("study '" + studies.get(i).label() + "' has no subgroup value");
            }
            byGroup.computeIfAbsent(g, key -> new ArrayList<>()).add(studies.get(i));
        }
        if (byGroup.size() < 2) {
            throw new InvalidInputException("subgroup analysis needs at least 2 subgroups, got " + byGroup.keySet());
        }
        final List<Subgroup> subgroups = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Map<String, double[]> estimates = new LinkedHashMap<>();
        for (Map.Entry<String, List<ProportionStudy>> e : byGroup.entrySet()) {
            PoolingOptions groupOptions = options;
            if (e.getValue().size() == 1) {
                warnings.add("subgroup '" + e.getKey() + "' has a single study: pooled with tau² = 0");
                groupOptions = options.model() == PoolingModel.GLMM
                        ? new PoolingOptions(PoolingModel.PLO, Tau2Method.EE, false, options.level())
                        : new PoolingOptions(options.model(), Tau2Method.EE, false, options.level());
            }
            final PooledProportion pooled = ProportionMetaAnalysis.pool(e.getValue(), groupOptions);
            subgroups.add(new Subgroup(e.getKey(), pooled));
            estimates.put(e.getKey(), new double[] {pooled.estimateTransformed(), pooled.seTransformed()});
        }
        final List<StudyEffect> between = new ArrayList<>();
        estimates.forEach((g, bs) -> between.add(new StudyEffect(g, bs[0], bs[1] * bs[1])));
        final ModelFit test = RandomEffectsModel.fit(between, DesignMatrix.interceptOnly(between.size()),
                Tau2Method.EE, false, options.level());
        return new Result(subgroups, test.q(), test.qDf(), test.qPValue(), warnings);
    }
}
