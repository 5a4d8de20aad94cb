package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rediff.core.Tolerances;

/**
 * {@code rediff evidence pool} over the shipped base against an independent R re-implementation of the cohort
 * selection pooled with metafor 3.8.1 ({@code cli/src/test/oracle/evidence_pool_oracle.R}): the same cohorts
 * enter, and the pooled uptake and response rates, heterogeneity, GLMM and meta-regression agree.
 */
class EvidencePoolOracleTest {
    private static final Map<String, Map<String, String>> ORACLE = load();

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = EvidencePoolOracleTest.class.getResourceAsStream("/evidence-pool-oracle.csv")) {
            final Map<String, Map<String, String>> cases = new LinkedHashMap<>();
            final String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                final String[] f = lines[i].trim().split(",", 3);
                cases.computeIfAbsent(f[0], c -> new LinkedHashMap<>()).put(f[1], f[2]);
            }
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double expected(String c, String q) {
        return Double.parseDouble(ORACLE.get(c).get(q));
    }

    private static void near(double actual, String c, String q, double rel) {
        assertThat(Tolerances.closeRelative(actual, expected(c, q), rel))
                .as("%s %s: rediff %s, metafor %s", c, q, actual, expected(c, q)).isTrue();
    }

    private static Map<String, Object> pool(String... args) {
        final MetaCommandTest.Run r = MetaCommandTest.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return MetaCommandTest.json(r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"uptake", "response"})
    @SuppressWarnings("unchecked")
    void sameCohortsSamePooledRates(String outcome) {
        final Map<String, Object> plo = pool("evidence", "pool", "--outcome", outcome, "--format", "json");
        final Map<String, String> ids = ORACLE.get(outcome + "/ids");
        final List<String> expectedIds = new ArrayList<>();
        for (int i = 1; i <= Integer.parseInt(ids.get("k")); i++) {
            expectedIds.add(ids.get("id_" + i));
        }
        assertThat((List<String>) ((Map<String, Object>) plo.get("provenance")).get("study_ids"))
                .containsExactlyElementsOf(expectedIds);
        final String c = outcome + "/PLO/REML";
        for (String q : List.of("estimate", "ci_lower", "ci_upper", "pi_lower", "pi_upper", "tau2", "q")) {
            near(((Number) plo.get(q)).doubleValue(), c, q, Tolerances.ESTIMATE_RELATIVE);
        }
        final double i2 = ((Number) plo.get("i2")).doubleValue();
        if (expected(c, "tau2") < 1e-9) {
            // τ² on the boundary 0 (the response pool): metafor stops just above it.
            assertThat(Math.abs(i2 - expected(c, "i2"))).as("%s i2 at the boundary", c)
                    .isLessThanOrEqualTo(Tolerances.I2_AT_BOUNDARY_PERCENT);
        } else {
            near(i2, c, "i2", Tolerances.ESTIMATE_RELATIVE);
        }
        final Map<String, Object> glmm = pool("evidence", "pool", "--outcome", outcome, "--measure", "GLMM",
                "--format", "json");
        for (String q : List.of("estimate", "ci_lower", "ci_upper")) {
            near(((Number) glmm.get(q)).doubleValue(), outcome + "/GLMM", q, Tolerances.GLMM_RELATIVE);
        }
        final double tau2 = ((Number) glmm.get("tau2")).doubleValue();
        assertThat(Math.abs(tau2 - expected(outcome + "/GLMM", "tau2")))
                .isLessThanOrEqualTo(Tolerances.GLMM_RELATIVE * Math.max(1, expected(outcome + "/GLMM", "tau2")));
        final Map<String, Object> reg = pool("evidence", "pool", "--outcome", outcome, "--mods", "dosimetry", "--knha",
                "--format", "json");
        final List<Map<String, Object>> coefficients = (List<Map<String, Object>>) reg.get("coefficients");
        final String m = outcome + "/PLO/REML/knha/mods=dosimetry";
        near(((Number) coefficients.get(0).get("estimate")).doubleValue(), m, "coef_intrcpt",
                Tolerances.ESTIMATE_RELATIVE);
        near(((Number) coefficients.get(1).get("estimate")).doubleValue(), m, "coef_dosimetry",
                Tolerances.ESTIMATE_RELATIVE);
        near(((Number) coefficients.get(1).get("se")).doubleValue(), m, "se_dosimetry", Tolerances.ESTIMATE_RELATIVE);
        near(((Number) coefficients.get(1).get("p")).doubleValue(), m, "p_dosimetry", Tolerances.P_VALUE_RELATIVE);
        near(((Number) reg.get("qm")).doubleValue(), m, "qm", Tolerances.ESTIMATE_RELATIVE);
    }

    /**
     * Subgroups by the design differences that most directly move a rate — response by its time point (best vs 6
     * months vs not reported) and uptake by the kind of its definition (any increase, dosimetry threshold, other
     * criteria, post-therapy scan) — against a per-subgroup metafor model and the Q test between subgroups.
     */
    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource({"response, response_timepoint", "uptake, uptake_criterion"})
    @SuppressWarnings("unchecked")
    void subgroupsByDesignAgreeWithMetafor(String outcome, String attribute) {
        final Map<String, Object> r = pool("evidence", "pool", "--outcome", outcome, "--by", attribute,
                "--format", "json");
        final String prefix = outcome + "/PLO/REML/by=" + attribute;
        final List<String> expectedGroups = ORACLE.keySet().stream().filter(k -> k.startsWith(prefix + "/"))
                .map(k -> k.substring(prefix.length() + 1)).toList();
        final List<Map<String, Object>> groups = (List<Map<String, Object>>) r.get("subgroups");
        assertThat(groups).extracting(g -> g.get("group")).containsExactlyElementsOf(expectedGroups);
        for (Map<String, Object> g : groups) {
            final String c = prefix + "/" + g.get("group");
            assertThat(((Number) g.get("k")).intValue()).isEqualTo((int) expected(c, "k"));
            for (String q : List.of("estimate", "ci_lower", "ci_upper")) {
                near(((Number) g.get(q)).doubleValue(), c, q, Tolerances.ESTIMATE_RELATIVE);
            }
        }
        near(((Number) r.get("q_between")).doubleValue(), prefix, "q_between", Tolerances.ESTIMATE_RELATIVE);
        near(((Number) r.get("q_between_p")).doubleValue(), prefix, "q_between_p", Tolerances.P_VALUE_RELATIVE);
    }
}
