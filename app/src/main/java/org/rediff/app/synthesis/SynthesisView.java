package org.rediff.app.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rediff.core.evidence.Coefficient;
import org.rediff.core.evidence.LeaveOneOut;
import org.rediff.core.evidence.PooledProportion;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.StudyRow;
import org.rediff.core.evidence.SubgroupAnalysis;
import org.rediff.io.chart.ForestPlotSvg;
import org.rediff.io.meta.MetaReport;
import org.rediff.io.meta.ModeratorTest;

/**
 * An analysis as the text the synthesis page shows.
 *
 * @param title        what was pooled, and how
 * @param k            number of studies
 * @param estimate     pooled proportion
 * @param ci           confidence interval
 * @param pi           prediction interval
 * @param tau2         τ² on the analysis scale
 * @param i2           I²
 * @param h2           H²
 * @param q            Cochran's Q with df and p
 * @param studies      the per-study table
 * @param subgroups    subgroup table (empty without subgroups)
 * @param qBetween     test of subgroup differences, or null
 * @param coefficients meta-regression coefficients (empty without moderators)
 * @param qm           omnibus moderator test, or null
 * @param r2           pseudo-R², or null
 * @param leaveOneOut  leave-one-out table: study left out, pooled proportion, CI, τ², I², change of the pooled
 *                     proportion in percentage points (empty unless asked for)
 * @param warnings     warnings of the core
 * @param provenance   provenance entries as text
 * @param references   methods references
 * @param estimator    the τ² estimator actually used, with why for GLMM (always ML)
 * @param weights      what the weights are: the header of the study table's weight column and of the plot's
 *                     (and, with subgroups, of the within-subgroup column), and the note explaining them
 */
public record SynthesisView(String title, int k, String estimate, String ci, String pi, String tau2, String i2,
                            String h2, String q, List<Row> studies, List<Row> subgroups, String qBetween,
                            List<Row> coefficients, String qm, String r2, List<Row> leaveOneOut,
                            List<String> warnings,
                            List<Row> provenance, List<String> references, String estimator, Weights weights) {

    /**
     * The study table's weight columns, named by their model so that a weight is never shown without saying
     * whose: the overall model's, and with subgroups also the subgroup model's (the weights the forest plot draws).
     *
     * @param overall  header of the overall model's column, e.g. "Weight (random-effects model (τ² REML), %)"
     * @param subgroup header of the within-subgroup column, or null without subgroups
     * @param note     why the columns (and plot and table) differ, or what the weights are
     */
    public record Weights(String overall, String subgroup, String note) {
    }

    /**
     * A table row of display cells.
     *
     * @param cells the cells
     */
    public record Row(List<String> cells) {
    }

    @SuppressWarnings("unchecked")
    public static SynthesisView of(SynthesisResult result) {
        final MetaReport report = result.report();
        final PooledProportion p = report.pooled();
        final List<Row> studies = new ArrayList<>();
        final double[] inSubgroup = subgroupWeights(p.studies(), report.subgroups());
        for (int i = 0; i < p.studies().size(); i++) {
            final StudyRow s = p.studies().get(i);
            final List<String> cells = new ArrayList<>(List.of(result.studyIds().get(i), s.label(),
                    s.events() + "/" + s.total(), Format.fixed(s.proportion(), 3),
                    Format.interval(s.ciLower(), s.ciUpper(), 3), Format.percent(s.weightPercent())));
            if (inSubgroup != null) {
                cells.add(Format.percent(inSubgroup[i]));
            }
            studies.add(new Row(cells));
        }
        final List<Row> subgroups = new ArrayList<>();
        String qBetween = null;
        final SubgroupAnalysis.Result sg = report.subgroups();
        if (sg != null) {
            for (SubgroupAnalysis.Subgroup g : sg.subgroups()) {
                final PooledProportion gp = g.pooled();
                subgroups.add(new Row(List.of(g.group(), String.valueOf(gp.k()), Format.fixed(gp.estimate(), 3),
                        Format.interval(gp.ciLower(), gp.ciUpper(), 3), Format.tau2(gp.tau2()),
                        Format.percent(gp.i2Percent()))));
            }
            qBetween = "Q = " + Format.fixed(sg.qBetween(), 2) + " (df = " + sg.qBetweenDf() + "), p = "
                    + Format.pValue(sg.qBetweenP());
        }
        final List<Row> coefficients = new ArrayList<>();
        String qm = null;
        String r2 = null;
        if (report.regression() != null) {
            for (Coefficient b : report.regression().fit().coefficients()) {
                coefficients.add(new Row(List.of(b.name(), Format.fixed(b.estimate(), 4), Format.fixed(b.se(), 4),
                        Format.fixed(b.statistic(), 3), Format.pValue(b.pValue()),
                        Format.interval(b.ciLower(), b.ciUpper(), 4))));
            }
            final var fit = report.regression().fit();
            final ModeratorTest test = ModeratorTest.of(fit);
            qm = test.label(2) + ", p = " + Format.pValue(test.p());
            r2 = Format.percent(report.regression().r2Percent());
        }
        final List<Row> leaveOneOut = new ArrayList<>();
        if (report.leaveOneOut() != null) {
            for (LeaveOneOut.Omission o : report.leaveOneOut()) {
                final PooledProportion q = o.pooled();
                leaveOneOut.add(new Row(List.of(o.omitted(), Format.fixed(q.estimate(), 3),
                        Format.interval(q.ciLower(), q.ciUpper(), 3), Format.tau2(q.tau2()),
                        Format.percent(q.i2Percent()), Format.signed(100 * (q.estimate() - p.estimate()), 1))));
            }
        }
        final Map<String, Object> map = report.toMap();
        final List<Row> provenance = new ArrayList<>();
        List<String> references = List.of();
        for (Map.Entry<String, Object> e : report.provenance().entrySet()) {
            if (e.getKey().equals("references") && e.getValue() instanceof List<?> refs) {
                references = (List<String>) refs;
            } else if (e.getValue() != null && !(e.getValue() instanceof List<?> l && l.isEmpty())) {
                provenance.add(new Row(List.of(e.getKey(), e.getValue() instanceof List<?> l
                        ? String.join(", ", (List<String>) l) : String.valueOf(e.getValue()))));
            }
        }
        return new SynthesisView(result.title(), p.k(), Format.fixed(p.estimate(), 3),
                Format.interval(p.ciLower(), p.ciUpper(), 3), Format.interval(p.piLower(), p.piUpper(), 3),
                Format.tau2(p.tau2()), Format.percent(p.i2Percent()), Format.fixed(p.h2(), 2),
                "Q = " + Format.fixed(p.q(), 2) + " (df = " + p.qDf() + "), p = " + Format.pValue(p.qPValue()),
                studies, subgroups, qBetween, coefficients, qm, r2, leaveOneOut, (List<String>) map.get("warnings"),
                provenance,
                references, estimator(result.request()), weights(p, report.subgroups() != null));
    }

    /** The estimator used; GLMM is fitted by maximum likelihood (Stijnen et al. 2010), whatever was asked. */
    static String estimator(SynthesisRequest request) {
        if (request.measure() != PoolingModel.GLMM) {
            return request.method().code() + " (" + request.method().label() + ")";
        }
        return "ML — the GLMM is fitted by maximum likelihood; a τ² method does not apply"
                + (request.ignoredMethod() == null ? ""
                : " (" + request.ignoredMethod().code() + " was asked for and not used)");
    }

    static Weights weights(PooledProportion p, boolean subgroups) {
        final String model = ForestPlotSvg.weightModel(p.options());
        if (model == null) {
            return new Weights("Weight", subgroups ? "Weight in subgroup" : null, "The GLMM has no study weights "
                    + "(its likelihood is binomial); a one-study subgroup is shown with the weight of its logit "
                    + "model (100%).");
        }
        if (!subgroups) {
            return new Weights("Weight (" + model + ", %)", null, "The weights are each study's share in the "
                    + model + ", as the forest plot shows them.");
        }
        return new Weights("Weight, overall (" + model + ", %)", "Weight in subgroup (%)", "The forest plot draws "
                + "each subgroup with its own " + model + ", so its squares and weights are the within-subgroup "
                + "weights (each subgroup's add to 100%); the overall column is the study's share in the pooled "
                + "model of all studies.");
    }

    /**
     * Each study's weight in its subgroup's model, in the order of {@code all}, or null without subgroups. The
     * subgroup models hold their studies in input order, so each is matched to the first unmatched equal row.
     */
    private static double[] subgroupWeights(List<StudyRow> all, SubgroupAnalysis.Result sg) {
        if (sg == null) {
            return null;
        }
        final double[] w = new double[all.size()];
        Arrays.fill(w, Double.NaN);
        final boolean[] used = new boolean[all.size()];
        for (SubgroupAnalysis.Subgroup g : sg.subgroups()) {
            for (StudyRow s : g.pooled().studies()) {
                for (int i = 0; i < all.size(); i++) {
                    final StudyRow a = all.get(i);
                    if (!used[i] && a.label().equals(s.label()) && a.events() == s.events()
                            && a.total() == s.total()) {
                        used[i] = true;
                        w[i] = s.weightPercent();
                        break;
                    }
                }
            }
        }
        return w;
    }
}
