package org.rediff.core.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.special.Gamma;
import org.rediff.core.common.InvalidInputException;

/**
 * The log-rank test for k groups (Mantel 1966; Peto and Peto 1972) as R's survdiff with rho = 0: at each event
 * time the observed and expected events per group and the hypergeometric covariance; χ² = (O − E)ᵀ V⁻¹ (O − E)
 * over the first k − 1 groups, k − 1 degrees of freedom.
 */
public final class LogRankTest {
    private LogRankTest() {
    }

    /**
     * The test result.
     *
     * @param groups    group labels in sorted order
     * @param subjects  subjects per group
     * @param observed  observed events per group
     * @param expected  expected events per group
     * @param chiSquare test statistic
     * @param df        k − 1
     * @param pValue    upper-tail χ² probability
     */
    public record Result(List<String> groups, int[] subjects, double[] observed, double[] expected, double chiSquare,
                         int df, double pValue) {
    }

    /**
     * Compares the groups' survival.
     *
     * @param data   the subjects' times and event indicators
     * @param groups the group of each subject: {@code groups.get(i)} is the group of {@code data.get(i)}
     * @return observed and expected events per group, the χ² statistic with k − 1 df and its p-value
     * @throws InvalidInputException if {@code groups} and {@code data} differ in size or there are fewer than 2
     *                               groups
     */
    public static Result test(List<SurvivalObservation> data, List<String> groups) {
        if (data.size() != groups.size()) {
            throw new InvalidInputException("group column has " + groups.size() + " values for " + data.size()
                    + " subjects");
        }
        final List<String> levels = new ArrayList<>(new TreeSet<>(groups));
        final int k = levels.size();
        if (k < 2) {
            throw new InvalidInputException("the log-rank test needs at least 2 groups, got " + levels);
        }
        final TreeMap<Double, int[][]> byTime = new TreeMap<>();
        final int[] subjects = new int[k];
        for (int i = 0; i < data.size(); i++) {
            final int g = levels.indexOf(groups.get(i));
            subjects[g]++;
            final int[][] c = byTime.computeIfAbsent(data.get(i).time(), t -> new int[k][2]);
            c[g][data.get(i).event() ? 0 : 1]++;
        }
        final int[] atRisk = subjects.clone();
        final double[] observed = new double[k];
        final double[] expected = new double[k];
        final double[][] v = new double[k][k];
        for (int[][] c : byTime.values()) {
            int d = 0;
            int n = 0;
            for (int g = 0; g < k; g++) {
                d += c[g][0];
                n += atRisk[g];
            }
            if (d > 0) {
                final double factor = n > 1 ? (double) d * (n - d) / ((double) n * n * (n - 1)) : 0;
                for (int g = 0; g < k; g++) {
                    observed[g] += c[g][0];
                    expected[g] += (double) d * atRisk[g] / n;
                    for (int h = 0; h < k; h++) {
                        v[g][h] += factor * atRisk[g] * ((g == h ? n : 0) - atRisk[h]);
                    }
                }
            }
            for (int g = 0; g < k; g++) {
                atRisk[g] -= c[g][0] + c[g][1];
            }
        }
        final RealMatrix vk = MatrixUtils.createRealMatrix(k - 1, k - 1);
        final double[] diff = new double[k - 1];
        for (int g = 0; g < k - 1; g++) {
            diff[g] = observed[g] - expected[g];
            for (int h = 0; h < k - 1; h++) {
                vk.setEntry(g, h, v[g][h]);
            }
        }
        final double[] solved = new LUDecomposition(vk).getSolver().solve(MatrixUtils.createRealVector(diff)).toArray();
        double chi = 0;
        for (int g = 0; g < k - 1; g++) {
            chi += diff[g] * solved[g];
        }
        final double p = Gamma.regularizedGammaQ((k - 1) / 2.0, chi / 2);
        return new Result(levels, subjects, observed, expected, chi, k - 1, p);
    }
}
