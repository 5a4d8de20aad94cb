package org.rediff.core.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rediff.core.Tolerances;

/**
 * Kaplan-Meier, log-rank and Cox results against R 4.2.2 survival 3.5-3 ({@code core/src/test/oracle/
 * survival_oracle.R}; datasets aml, ovarian, lung, Rossi and a tied toy set in {@code survival/}, see its README).
 * The published rows SURV-01..09 of the reference file agree with the same oracle. Tolerance 1e-6 relative.
 */
class SurvivalOracleTest {
    private static final Map<String, Map<String, String>> ORACLE = oracle();
    private static final double REL = 1e-6;

    private static Map<String, Map<String, String>> oracle() {
        final Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        for (String[] f : rows("/survival/survival-oracle.csv")) {
            cases.computeIfAbsent(f[0], c -> new LinkedHashMap<>()).put(f[1], f[2]);
        }
        return cases;
    }

    static List<String[]> rows(String resource) {
        try (InputStream in = SurvivalOracleTest.class.getResourceAsStream(resource)) {
            final List<String[]> out = new ArrayList<>();
            final List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .toList();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    out.add(line.split(",", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dataset as columns by name. */
    static Map<String, List<String>> dataset(String name) {
        try (InputStream in = SurvivalOracleTest.class.getResourceAsStream("/survival/" + name + ".csv")) {
            final List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).toList();
            final String[] header = lines.get(0).split(",");
            final Map<String, List<String>> cols = new LinkedHashMap<>();
            for (String h : header) {
                cols.put(h, new ArrayList<>());
            }
            for (String line : lines.subList(1, lines.size())) {
                final String[] f = line.split(",", -1);
                for (int i = 0; i < header.length; i++) {
                    cols.get(header[i]).add(f[i].replace("\"", ""));
                }
            }
            return cols;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, String[]> TIME_EVENT = Map.of("aml", new String[] {"time", "status", "x"},
            "ovarian", new String[] {"futime", "fustat", "rx"}, "lung_small", new String[] {"time", "status", "sex"},
            "rossi", new String[] {"week", "arrest", ""}, "toy_ties", new String[] {"time", "event", "group"});

    static List<SurvivalObservation> observations(Map<String, List<String>> d, String dataset, String group) {
        final String[] te = TIME_EVENT.get(dataset);
        final List<SurvivalObservation> out = new ArrayList<>();
        for (int i = 0; i < d.get(te[0]).size(); i++) {
            if (group.equals("all") || d.get(te[2]).get(i).equals(group)) {
                out.add(new SurvivalObservation(Double.parseDouble(d.get(te[0]).get(i)),
                        Double.parseDouble(d.get(te[1]).get(i)) == 1));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> kaplanMeier() {
        return ORACLE.entrySet().stream().filter(e -> e.getKey().startsWith("km/"))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    final String[] p = e.getKey().split("/");
                    final Map<String, List<String>> d = dataset(p[1]);
                    final List<SurvivalObservation> obs = observations(d, p[1], p[2]);
                    final KaplanMeierCurve km = KaplanMeierEstimator.fit(obs, ConfidenceType.parse(p[3]), 0.95);
                    final Map<String, String> c = e.getValue();
                    int i = 1;
                    while (c.containsKey("time_" + i)) {
                        final KaplanMeierStep s = km.steps().get(i - 1);
                        near(e.getKey(), "time_" + i, s.time(), c);
                        near(e.getKey(), "n_risk_" + i, s.atRisk(), c);
                        near(e.getKey(), "n_event_" + i, s.events(), c);
                        near(e.getKey(), "n_censor_" + i, s.censored(), c);
                        near(e.getKey(), "surv_" + i, s.survival(), c);
                        near(e.getKey(), "std_err_" + i, s.stdErr(), c);
                        near(e.getKey(), "lower_" + i, s.lower(), c);
                        near(e.getKey(), "upper_" + i, s.upper(), c);
                        i++;
                    }
                    assertThat(km.steps()).hasSize(i - 1);
                    near(e.getKey(), "median", km.median().estimate(), c);
                    near(e.getKey(), "median_lower", km.median().lower(), c);
                    near(e.getKey(), "median_upper", km.median().upper(), c);
                    int j = 1;
                    while (c.containsKey("lm_time_" + j)) {
                        final KaplanMeierCurve.Landmark lm = km.at(Double.parseDouble(c.get("lm_time_" + j)), obs);
                        near(e.getKey(), "lm_surv_" + j, lm.survival(), c);
                        near(e.getKey(), "lm_lower_" + j, lm.lower(), c);
                        near(e.getKey(), "lm_upper_" + j, lm.upper(), c);
                        near(e.getKey(), "lm_n_risk_" + j, lm.atRisk(), c);
                        j++;
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> logRank() {
        return ORACLE.entrySet().stream().filter(e -> e.getKey().startsWith("logrank/"))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    final String dataset = e.getKey().split("/")[1];
                    final Map<String, List<String>> d = dataset(dataset);
                    final LogRankTest.Result r = LogRankTest.test(observations(d, dataset, "all"),
                            d.get(TIME_EVENT.get(dataset)[2]));
                    near(e.getKey(), "chisq", r.chiSquare(), e.getValue());
                    near(e.getKey(), "df", r.df(), e.getValue());
                    near(e.getKey(), "p", r.pValue(), e.getValue());
                    for (int g = 0; g < r.groups().size(); g++) {
                        near(e.getKey(), "obs_" + r.groups().get(g), r.observed()[g], e.getValue());
                        near(e.getKey(), "exp_" + r.groups().get(g), r.expected()[g], e.getValue());
                    }
                }));
    }

    private static final Map<String, List<String>> COX_TERMS = Map.of("aml", List.of("x"), "ovarian",
            List.of("rx", "age"), "rossi", List.of("fin", "age", "race", "wexp", "mar", "paro", "prio"), "lung_small",
            List.of("sex", "age", "factor(ph.ecog)"), "toy_ties", List.of("group"));

    @TestFactory
    Stream<DynamicTest> cox() {
        return ORACLE.entrySet().stream().filter(e -> e.getKey().startsWith("cox/"))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    final String[] p = e.getKey().split("/");
                    final Map<String, List<String>> d = dataset(p[1]);
                    final List<CoxModel.Covariate> covariates = new ArrayList<>();
                    for (String term : COX_TERMS.get(p[1])) {
                        final boolean factor = term.startsWith("factor(");
                        final String col = factor ? term.substring(7, term.length() - 1) : term;
                        covariates.add(new CoxModel.Covariate(col, d.get(col), factor));
                    }
                    final CoxModel.Result r = CoxModel.fit(observations(d, p[1], "all"), covariates,
                            CoxModel.Ties.parse(p[2]), 0.95);
                    final Map<String, String> c = e.getValue();
                    for (CoxModel.Term t : r.terms()) {
                        near(e.getKey(), "coef_" + t.name(), t.coef(), c);
                        near(e.getKey(), "se_" + t.name(), t.se(), c);
                        near(e.getKey(), "hr_" + t.name(), t.hazardRatio(), c);
                        near(e.getKey(), "z_" + t.name(), t.z(), c);
                        near(e.getKey(), "p_" + t.name(), t.pValue(), c);
                        near(e.getKey(), "hr_lower_" + t.name(), t.hrLower(), c);
                        near(e.getKey(), "hr_upper_" + t.name(), t.hrUpper(), c);
                    }
                    assertThat(r.terms()).hasSize((int) c.keySet().stream().filter(k -> k.startsWith("coef_")).count());
                    near(e.getKey(), "loglik_null", r.logLikelihoodNull(), c);
                    near(e.getKey(), "loglik", r.logLikelihood(), c);
                    near(e.getKey(), "lr_chisq", r.lrChiSquare(), c);
                    near(e.getKey(), "lr_p", r.lrPValue(), c);
                    near(e.getKey(), "wald_chisq", r.waldChiSquare(), c);
                    near(e.getKey(), "score_chisq", r.scoreChiSquare(), c);
                    near(e.getKey(), "nevent", r.events(), c);
                }));
    }

    private static void near(String name, String quantity, double actual, Map<String, String> c) {
        final String text = c.get(quantity);
        assertThat(text).as("%s has no oracle quantity %s", name, quantity).isNotNull();
        final double expected = "NA".equals(text) ? Double.NaN : Double.parseDouble(text);
        assertThat(Tolerances.closeRelative(actual, expected, REL))
                .as("%s %s: got %s, R %s", name, quantity, actual, expected).isTrue();
    }
}
