package org.rediff.io.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.core.evidence.Coefficient;
import org.rediff.core.evidence.LeaveOneOut;
import org.rediff.core.evidence.MetaRegression;
import org.rediff.core.evidence.PooledProportion;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.StudyRow;
import org.rediff.core.evidence.SubgroupAnalysis;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result of a pooled analysis as the JSON object of the {@code rediff meta} contract (issue 2, section 4):
 * pooled values on the proportion scale, the transformed estimate, heterogeneity, the studies, and optionally the
 * subgroups and the meta-regression. Numbers that are undefined are written as null, never as a sentinel.
 *
 * @param pooled     the overall analysis
 * @param subgroups  subgroup analysis, or null
 * @param regression meta-regression, or null
 * @param leaveOneOut leave-one-out sensitivity analysis, or null
 * @param provenance what produced it (input, data version, references)
 */
public record MetaReport(PooledProportion pooled, SubgroupAnalysis.Result subgroups, MetaRegression.Result regression,
                         List<LeaveOneOut.Omission> leaveOneOut, Map<String, Object> provenance) {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public Map<String, Object> toMap() {
        final Map<String, Object> m = new LinkedHashMap<>();
        final PooledProportion p = pooled;
        m.put("measure", p.options().model().code());
        m.put("method", p.options().model() == PoolingModel.GLMM ? "ML" : p.options().method().code());
        m.put("knha", p.options().knappHartung());
        m.put("level", p.options().level() * 100);
        m.put("k", p.k());
        m.put("estimate", num(p.estimate()));
        m.put("ci_lower", num(p.ciLower()));
        m.put("ci_upper", num(p.ciUpper()));
        m.put("pi_lower", num(p.piLower()));
        m.put("pi_upper", num(p.piUpper()));
        m.put("estimate_transformed", num(p.estimateTransformed()));
        m.put("se_transformed", num(p.seTransformed()));
        m.put("tau2", num(p.tau2()));
        m.put("i2", num(p.i2Percent()));
        m.put("h2", num(p.h2()));
        m.put("q", num(p.q()));
        m.put("q_df", p.qDf());
        m.put("q_p", num(p.qPValue()));
        final List<Map<String, Object>> studies = new ArrayList<>();
        for (StudyRow s : p.studies()) {
            final Map<String, Object> row = new LinkedHashMap<>();
            row.put("study", s.label());
            row.put("events", s.events());
            row.put("total", s.total());
            row.put("proportion", num(s.proportion()));
            row.put("ci_lower", num(s.ciLower()));
            row.put("ci_upper", num(s.ciUpper()));
            row.put("weight_percent", num(s.weightPercent()));
            studies.add(row);
        }
        m.put("studies", studies);
        final List<String> warnings = new ArrayList<>(p.warnings());
        if (subgroups != null) {
            final List<Map<String, Object>> groups = new ArrayList<>();
            for (SubgroupAnalysis.Subgroup g : subgroups.subgroups()) {
                final Map<String, Object> row = new LinkedHashMap<>();
                row.put("group", g.group());
                row.put("k", g.pooled().k());
                row.put("estimate", num(g.pooled().estimate()));
                row.put("ci_lower", num(g.pooled().ciLower()));
                row.put("ci_upper", num(g.pooled().ciUpper()));
                row.put("tau2", num(g.pooled().tau2()));
                row.put("i2", num(g.pooled().i2Percent()));
                groups.add(row);
            }
            m.put("subgroups", groups);
            m.put("q_between", num(subgroups.qBetween()));
            m.put("q_between_df", subgroups.qBetweenDf());
            m.put("q_between_p", num(subgroups.qBetweenP()));
            warnings.addAll(subgroups.warnings());
        }
        if (regression != null) {
            final List<Map<String, Object>> coefficients = new ArrayList<>();
            for (Coefficient b : regression.fit().coefficients()) {
                final Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", b.name());
                row.put("estimate", num(b.estimate()));
                row.put("se", num(b.se()));
                row.put("statistic", num(b.statistic()));
                row.put("p", num(b.pValue()));
                row.put("ci_lower", num(b.ciLower()));
                row.put("ci_upper", num(b.ciUpper()));
                coefficients.add(row);
            }
            m.put("coefficients", coefficients);
            m.put("qm", num(regression.fit().qm()));
            m.put("qm_df", regression.fit().qmDf());
            m.put("qm_p", num(regression.fit().qmPValue()));
            // qm is F = QM/m under Knapp-Hartung; the fields below say which test it is (ModeratorTest)
            final ModeratorTest test = ModeratorTest.of(regression.fit());
            m.put("qm_test", test.statistic());
            m.put("qm_df2", test.df2());
            m.put("r2", num(regression.r2Percent()));
            m.put("tau2_residual", num(regression.fit().tau2()));
            m.put("i2_residual", num(regression.fit().i2Percent()));
        }
        if (leaveOneOut != null) {
            final List<Map<String, Object>> rows = new ArrayList<>();
            for (LeaveOneOut.Omission o : leaveOneOut) {
                final Map<String, Object> row = new LinkedHashMap<>();
                row.put("omitted", o.omitted());
                row.put("estimate", num(o.pooled().estimate()));
                row.put("ci_lower", num(o.pooled().ciLower()));
                row.put("ci_upper", num(o.pooled().ciUpper()));
                row.put("tau2", num(o.pooled().tau2()));
                row.put("i2", num(o.pooled().i2Percent()));
                rows.add(row);
            }
            m.put("leave_one_out", rows);
        }
        m.put("warnings", warnings);
        m.put("provenance", provenance);
        return m;
    }

    public String toJson() {
        return JSON.writeValueAsString(toMap());
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
