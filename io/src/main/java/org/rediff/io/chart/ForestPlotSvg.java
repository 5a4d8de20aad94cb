package org.rediff.io.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rediff.core.evidence.PooledProportion;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.PoolingOptions;
import org.rediff.core.evidence.StudyRow;
import org.rediff.core.evidence.SubgroupAnalysis;
import org.rediff.core.evidence.Tau2Method;

/**
 * A forest plot drawn as metafor's forest() draws one for proportions: a row per study with its exact interval
 * and a square sized by its weight, the pooled estimate as a diamond spanning its confidence interval, the
 * prediction interval as a dashed line, and the numbers on the right. With subgroups, each subgroup's studies are
 * followed by its own diamond, and their squares and weights are those of the subgroup's own model (a footnote
 * says which model the weights belong to). Hand-built SVG, since charting libraries have no forest plot.
 *
 * <p>The text sits in fixed columns (study, events/N, plot, estimate, weight) that never overlap: every text is
 * fitted to its column's capacity with {@link TextWidth}'s conservative width, and a cut label ends with an
 * ellipsis and keeps the full text in the row's {@code <title>} (the browser's tooltip).
 */
public final class ForestPlotSvg {
    static final int FONT = 12;
    private static final int ROW = 22;
    private static final int GAP = 12;
    /** Study labels: left-aligned at LABEL_X, at most LABEL_CAP px wide. */
    static final int LABEL_X = 8;
    static final int LABEL_CAP = 330;
    /** Events/N: right-aligned at COUNTS_RIGHT, at most COUNTS_CAP px wide ("99999/99999"). */
    static final int COUNTS_CAP = 96;
    static final int COUNTS_RIGHT = LABEL_X + LABEL_CAP + GAP + COUNTS_CAP;
    /** The plot: proportions 0 to 1 over PLOT_WIDTH px from PLOT_LEFT. */
    static final int PLOT_LEFT = COUNTS_RIGHT + GAP;
    static final int PLOT_WIDTH = 360;
    /** Proportion [CI]: left-aligned at ESTIMATE_X, at most ESTIMATE_CAP px wide. */
    static final int ESTIMATE_X = PLOT_LEFT + PLOT_WIDTH + GAP;
    static final int ESTIMATE_CAP = 190;
    /** Weight (%): right-aligned at WEIGHT_RIGHT, at most WEIGHT_CAP px wide. */
    static final int WEIGHT_CAP = 90;
    static final int WEIGHT_RIGHT = ESTIMATE_X + ESTIMATE_CAP + GAP + WEIGHT_CAP;
    static final int WIDTH = WEIGHT_RIGHT + LABEL_X;
    private static final int TOP = 56;

    private ForestPlotSvg() {
    }

    /**
     * The model whose inverse-variance weights a pooled analysis's studies carry, for labels ("random-effects model
     * (τ² REML)"); null for the GLMM, which has no study weights.
     */
    public static String weightModel(PoolingOptions options) {
        if (options.model() == PoolingModel.GLMM) {
            return null;
        }
        return options.method() == Tau2Method.EE ? "equal-effects model"
                : "random-effects model (τ² " + options.method().code() + ")";
    }

    public static String render(PooledProportion pooled, SubgroupAnalysis.Result subgroups, String title) {
        final List<String> body = new ArrayList<>();
        int y = TOP;
        if (subgroups == null) {
            for (StudyRow s : pooled.studies()) {
                body.add(studyRow(s, y));
                y += ROW;
            }
        } else {
            for (SubgroupAnalysis.Subgroup g : subgroups.subgroups()) {
                body.add(fitted(LABEL_X, y, "start", true, g.group(), LABEL_CAP + GAP + COUNTS_CAP, "subgroup"));
                y += ROW;
                for (StudyRow s : g.pooled().studies()) {
                    body.add(studyRow(s, y));
                    y += ROW;
                }
                body.add(diamond(g.pooled(), y, "Subgroup " + g.group() + " (k = " + g.pooled().k() + ")", "#6c8ebf"));
                y += ROW + 6;
            }
        }
        y += 6;
        body.add(diamond(pooled, y, "Pooled (" + pooled.options().model() + ", k = " + pooled.k() + ")", "#222"));
        final double pl = Math.max(0, pooled.piLower());
        final double pu = Math.min(1, pooled.piUpper());
        body.add(String.format(Locale.ROOT,
                "<line class=\"pi\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\" stroke-dasharray=\"4 3\"/>",
                x(pl), y + 12, x(pu), y + 12));
        body.add(text(COUNTS_RIGHT, y + 16, "end", "normal", "Prediction interval"));
        body.add(text(ESTIMATE_X, y + 16, "start", "normal",
                String.format(Locale.ROOT, "[%.2f, %.2f]", pooled.piLower(), pooled.piUpper())));
        y += 30;
        final int axisY = y;
        final StringBuilder axis = new StringBuilder();
        axis.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>",
                PLOT_LEFT, axisY, PLOT_LEFT + PLOT_WIDTH, axisY));
        for (int t = 0; t <= 10; t += 2) {
            final double v = t / 10.0;
            axis.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>", x(v), axisY, x(v), axisY + 5));
            axis.append(text((int) x(v), axisY + 18, "middle", "normal", String.format(Locale.ROOT, "%.1f", v)));
        }
        axis.append(text(PLOT_LEFT + PLOT_WIDTH / 2, axisY + 34, "middle", "normal", "Proportion"));
        final String note = weightNote(pooled.options(), subgroups != null);
        axis.append('\n').append(fitted(LABEL_X, axisY + 56, "start", false, note, WIDTH - 2 * LABEL_X, "weight-note"));
        final int height = axisY + 68;
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"forest-plot\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                + "font-size=\"%d\">%n", WIDTH, height, WIDTH, height, FONT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(fitted(LABEL_X, 20, "start", true, title, WIDTH - 2 * LABEL_X, "title")).append('\n');
        svg.append(text(LABEL_X, 42, "start", "bold", "Study")).append('\n');
        svg.append(text(COUNTS_RIGHT, 42, "end", "bold", "Events/N")).append('\n');
        svg.append(text(ESTIMATE_X, 42, "start", "bold", String.format(Locale.ROOT,
                "Proportion [%s%% CI]", levelText(pooled.options().level())))).append('\n');
        svg.append(text(WEIGHT_RIGHT, 42, "end", "bold", "Weight (%)")).append('\n');
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"2 2\"/>%n",
                x(pooled.estimate()), TOP - 12, x(pooled.estimate()), axisY));
        body.forEach(line -> svg.append(line).append('\n'));
        svg.append(axis).append('\n');
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** What the squares and the weight column show, in words. */
    static String weightNote(PoolingOptions options, boolean subgroups) {
        final String model = weightModel(options);
        if (model == null) {
            return "GLMM (binomial-normal, fitted by maximum likelihood): no study weights; the squares are of equal "
                    + "size.";
        }
        return subgroups
                ? "Squares and weights: each study's share in its subgroup's own " + model + ", so they differ from "
                + "its weight in the overall model."
                : "Squares and weights: each study's share in the " + model + ".";
    }

    private static String studyRow(StudyRow s, int y) {
        final StringBuilder g = new StringBuilder("<g class=\"study\">");
        final String weight = Double.isFinite(s.weightPercent())
                ? String.format(Locale.ROOT, "%.1f", s.weightPercent()) : "";
        g.append("<title>").append(esc(s.label() + ": " + s.events() + "/" + s.total()
                + (weight.isEmpty() ? "" : ", weight " + weight + "%"))).append("</title>");
        g.append(fitted(LABEL_X, y + 4, "start", false, s.label(), LABEL_CAP, "label"));
        g.append(fitted(COUNTS_RIGHT, y + 4, "end", false, s.events() + "/" + s.total(), COUNTS_CAP, "counts"));
        g.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>",
                x(s.ciLower()), y, x(s.ciUpper()), y));
        final double side = Double.isFinite(s.weightPercent()) ? 4 + Math.sqrt(s.weightPercent()) * 2.2 : 7;
        g.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#333\"/>",
                x(s.proportion()) - side / 2, y - side / 2, side, side));
        g.append(fitted(ESTIMATE_X, y + 4, "start", false, String.format(Locale.ROOT, "%.2f [%.2f, %.2f]",
                s.proportion(), s.ciLower(), s.ciUpper()), ESTIMATE_CAP, "estimate"));
        g.append(fitted(WEIGHT_RIGHT, y + 4, "end", false, weight, WEIGHT_CAP, "weight"));
        return g.append("</g>").toString();
    }

    private static String diamond(PooledProportion p, int y, String label, String colour) {
        final double lo = Math.max(0, p.ciLower());
        final double hi = Math.min(1, p.ciUpper());
        return "<g class=\"pooled\"><title>" + esc(label) + "</title>"
                + fitted(LABEL_X, y + 4, "start", true, label, LABEL_CAP + GAP + COUNTS_CAP, "label")
                + String.format(Locale.ROOT, "<polygon class=\"diamond\" points=\"%.1f,%d %.1f,%d %.1f,%d %.1f,%d\" "
                + "fill=\"%s\"/>", x(lo), y, x(p.estimate()), y - 7, x(hi), y, x(p.estimate()), y + 7, colour)
                + fitted(ESTIMATE_X, y + 4, "start", true,
                String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", p.estimate(), p.ciLower(), p.ciUpper()), ESTIMATE_CAP,
                "estimate")
                + "</g>";
    }

    private static String levelText(double level) {
        final double percent = level * 100;
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    private static double x(double proportion) {
        final double clamped = Math.max(0, Math.min(1, proportion));
        return PLOT_LEFT + clamped * PLOT_WIDTH;
    }

    /** A text cut to {@code capacity} px, with its column as class and its capacity as data-capacity. */
    private static String fitted(int x, int y, String anchor, boolean bold, String content, int capacity,
                                 String column) {
        return String.format(Locale.ROOT, "<text class=\"%s\" data-capacity=\"%d\" x=\"%d\" y=\"%d\" "
                        + "text-anchor=\"%s\" font-weight=\"%s\">%s</text>", column, capacity, x, y, anchor,
                bold ? "bold" : "normal", esc(TextWidth.fit(content, capacity, FONT, bold)));
    }

    private static String text(int x, int y, String anchor, String weight, String content) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-weight=\"%s\">%s</text>",
                x, y, anchor, weight, content);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
