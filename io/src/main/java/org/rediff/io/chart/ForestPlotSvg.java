package org.rediff.io.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rediff.core.evidence.PooledProportion;
import org.rediff.core.evidence.StudyRow;
import org.rediff.core.evidence.SubgroupAnalysis;

/**
 * A forest plot drawn as metafor's forest() draws one for proportions: a row per study with its exact interval
 * and a square sized by its weight, the pooled estimate as a diamond spanning its confidence interval, the
 * prediction interval as a dashed line, and the numbers on the right. With subgroups, each subgroup's studies are
 * followed by its own diamond. Hand-built SVG, since charting libraries have no forest plot.
 */
public final class ForestPlotSvg {
    private static final int ROW = 22;
    private static final int LABEL_WIDTH = 300;
    private static final int PLOT_WIDTH = 360;
    private static final int NUMBERS_WIDTH = 230;
    private static final int TOP = 56;

    private ForestPlotSvg() {
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
                body.add(text(8, y, "start", "bold", esc(g.group())));
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
        body.add(text(LABEL_WIDTH - 8, y + 16, "end", "normal", "Prediction interval"));
        body.add(text(LABEL_WIDTH + PLOT_WIDTH + 12, y + 16, "start", "normal",
                String.format(Locale.ROOT, "[%.2f, %.2f]", pooled.piLower(), pooled.piUpper())));
        y += 30;
        final int axisY = y;
        final StringBuilder axis = new StringBuilder();
        axis.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>",
                LABEL_WIDTH, axisY, LABEL_WIDTH + PLOT_WIDTH, axisY));
        for (int t = 0; t <= 10; t += 2) {
            final double v = t / 10.0;
            axis.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>", x(v), axisY, x(v), axisY + 5));
            axis.append(text((int) x(v), axisY + 18, "middle", "normal", String.format(Locale.ROOT, "%.1f", v)));
        }
        axis.append(text(LABEL_WIDTH + PLOT_WIDTH / 2, axisY + 34, "middle", "normal", "Proportion"));
        final int height = axisY + 46;
        final int width = LABEL_WIDTH + PLOT_WIDTH + NUMBERS_WIDTH;
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"forest-plot\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                + "font-size=\"12\">%n", width, height, width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(8, 20, "start", "bold", esc(title))).append('\n');
        svg.append(text(8, 42, "start", "bold", "Study")).append('\n');
        svg.append(text(LABEL_WIDTH - 8, 42, "end", "bold", "Events/N")).append('\n');
        svg.append(text(LABEL_WIDTH + PLOT_WIDTH + 12, 42, "start", "bold", String.format(Locale.ROOT,
                "Proportion [%s%% CI]    Weight", levelText(pooled.options().level()))))
                .append('\n');
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"2 2\"/>%n",
                x(pooled.estimate()), TOP - 12, x(pooled.estimate()), axisY));
        body.forEach(line -> svg.append(line).append('\n'));
        svg.append(axis).append('\n');
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String studyRow(StudyRow s, int y) {
        final StringBuilder g = new StringBuilder("<g class=\"study\">");
        g.append(text(8, y + 4, "start", "normal", esc(trim(s.label(), 36))));
        g.append(text(LABEL_WIDTH - 8, y + 4, "end", "normal", s.events() + "/" + s.total()));
        g.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>",
                x(s.ciLower()), y, x(s.ciUpper()), y));
        final double side = Double.isFinite(s.weightPercent()) ? 4 + Math.sqrt(s.weightPercent()) * 2.2 : 7;
        g.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#333\"/>",
                x(s.proportion()) - side / 2, y - side / 2, side, side));
        final String weight = Double.isFinite(s.weightPercent())
                ? String.format(Locale.ROOT, "%5.1f%%", s.weightPercent()) : "";
        g.append(text(LABEL_WIDTH + PLOT_WIDTH + 12, y + 4, "start", "normal",
                String.format(Locale.ROOT, "%.2f [%.2f, %.2f]    %s", s.proportion(), s.ciLower(), s.ciUpper(),
                        weight)));
        return g.append("</g>").toString();
    }

    private static String diamond(PooledProportion p, int y, String label, String colour) {
        final double lo = Math.max(0, p.ciLower());
        final double hi = Math.min(1, p.ciUpper());
        return "<g class=\"pooled\">" + text(8, y + 4, "start", "bold", esc(label))
                + String.format(Locale.ROOT, "<polygon class=\"diamond\" points=\"%.1f,%d %.1f,%d %.1f,%d %.1f,%d\" "
                + "fill=\"%s\"/>", x(lo), y, x(p.estimate()), y - 7, x(hi), y, x(p.estimate()), y + 7, colour)
                + text(LABEL_WIDTH + PLOT_WIDTH + 12, y + 4, "start", "bold",
                String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", p.estimate(), p.ciLower(), p.ciUpper()))
                + "</g>";
    }

    private static String levelText(double level) {
        final double percent = level * 100;
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    private static double x(double proportion) {
        final double clamped = Math.max(0, Math.min(1, proportion));
        return LABEL_WIDTH + clamped * PLOT_WIDTH;
    }

    private static String text(int x, int y, String anchor, String weight, String content) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-weight=\"%s\">%s</text>",
                x, y, anchor, weight, content);
    }

    private static String trim(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
