package org.rediff.service.synthesis;

import org.rediff.io.meta.MetaInput;
import org.rediff.io.meta.MetaReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.LeaveOneOut;
import org.rediff.core.evidence.MetaRegression;
import org.rediff.core.evidence.Moderator;
import org.rediff.core.evidence.PooledProportion;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.PoolingOptions;
import org.rediff.core.evidence.ProportionMetaAnalysis;
import org.rediff.core.evidence.ProportionTransforms;
import org.rediff.core.evidence.SubgroupAnalysis;

/**
 * Runs a complete analysis of a {@link MetaInput}: the overall pooled model, and optionally subgroups by one
 * column and a meta-regression on one or more columns — the one path shared by {@code rediff meta},
 * {@code rediff evidence pool} and the web synthesis page.
 */
public final class MetaAnalysisRunner {
    /** Methods and references every report cites. */
    public static final List<String> REFERENCES = List.of(
            "Viechtbauer W. Conducting meta-analyses in R with the metafor package. J Stat Softw 2010;36(3). "
                    + "doi:10.18637/jss.v036.i03",
            "Stijnen T, Hamza TH, Ozdemir P. Random effects meta-analysis of event outcome in the framework of the "
                    + "generalized linear mixed model. Stat Med 2010;29:3046-67. doi:10.1002/sim.4040",
            "Schwarzer G, et al. Seriously misleading results using inverse of Freeman-Tukey double arcsine "
                    + "transformation in meta-analysis of single proportions. Res Synth Methods 2019;10:476-83. "
                    + "doi:10.1002/jrsm.1348");

    private MetaAnalysisRunner() {
    }

    public static MetaReport run(MetaInput input, PoolingOptions options, String byColumn, List<String> modColumns,
                                 Map<String, Object> provenance) {
        return run(input, options, byColumn, modColumns, false, provenance);
    }

    /** As {@link #run(MetaInput, PoolingOptions, String, List, Map)}, optionally with leave-one-out. */
    public static MetaReport run(MetaInput input, PoolingOptions options, String byColumn, List<String> modColumns,
                                 boolean leaveOneOut, Map<String, Object> provenance) {
        final PooledProportion pooled = ProportionMetaAnalysis.pool(input.studies(), options);
        SubgroupAnalysis.Result subgroups = null;
        if (byColumn != null && !byColumn.isBlank()) {
            subgroups = SubgroupAnalysis.run(input.studies(), column(input, byColumn), options);
        }
        MetaRegression.Result regression = null;
        if (modColumns != null && !modColumns.isEmpty()) {
            if (options.model() == PoolingModel.GLMM) {
                throw InvalidInputException.of("mods", null, "needs an inverse-variance {measure} (PLO, PR, PAS "
                        + "or PFT), not GLMM");
            }
            final List<Moderator> mods = new ArrayList<>();
            for (String c : modColumns) {
                mods.add(new Moderator(c, column(input, c)));
            }
            regression = MetaRegression.fit(ProportionTransforms.effects(options.model().measure(), input.studies()),
                    mods, options.method(), options.knappHartung(), options.level());
        }
        final Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("software", "rediff " + version());
        prov.put("references", REFERENCES);
        return new MetaReport(pooled, subgroups, regression,
                leaveOneOut ? LeaveOneOut.run(input.studies(), options) : null, prov);
    }

    private static List<String> column(MetaInput input, String name) {
        final List<String> values = input.columns().get(name);
        if (values == null) {
            throw new InvalidInputException("no column '" + name + "' (columns are " + input.columns().keySet() + ")");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                throw new InvalidInputException("row " + (i + 1) + " (study '" + input.studies().get(i).label()
                        + "'), field " + name + ": is empty");
            }
        }
        return values;
    }

    static String version() {
        final String v = MetaAnalysisRunner.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
