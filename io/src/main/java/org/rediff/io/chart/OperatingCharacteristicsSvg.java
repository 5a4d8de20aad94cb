package org.rediff.io.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.design.OperatingCharacteristics;
import org.rediff.core.design.TwoStageDesign;

/**
 * Operating-characteristic curves of single-arm designs as SVG: against the true response rate p from 0 to 1, the
 * probability of declaring the treatment promising (solid, left axis) and, for two-stage designs, the expected
 * number of patients (dashed, right axis); dashed vertical markers at p0 and p1, with the attained α and power
 * marked on each curve. Computed exactly by {@link OperatingCharacteristics}. Hand-built like the other charts.
 */
public final class OperatingCharacteristicsSvg {
    private static final String[] COLOURS = {"#1f5c99", "#c0392b", "#2e8b57", "#8e44ad", "#d68910", "#555555"};
    private static final int WIDTH = 720;
    private static final int LEFT = 70;
    private static final int RIGHT = 70;
    private static final int TOP = 50;
    private static final int PLOT_H = 280;
    /** Baseline of the title; the p0 and p1 labels sit between it and the plot. */
    private static final int TITLE_Y = 20;
    /** Response rates drawn: 0, 0.005, …, 1. */
    static final int STEPS = 200;

    private OperatingCharacteristicsSvg() {
    }

    /**
     * One design on the chart.
     *
     * @param key       short name, e.g. "optimal" (the data-design attribute)
     * @param label     legend text, e.g. "Optimal 1/10, 5/29"
     * @param design    the design's boundaries
     * @param expectedN whether to draw its expected sample size (two-stage designs)
     */
    public record Series(String key, String label, OperatingCharacteristics.Boundaries design, boolean expectedN) {
        /** A two-stage design: both curves, labelled "Label r1/n1, r/n". */
        public static Series twoStage(String key, String label, TwoStageDesign d) {
            return new Series(key, label + " " + d.r1() + "/" + d.n1() + ", " + d.r() + "/" + d.n(),
                    OperatingCharacteristics.Boundaries.of(d), true);
        }

        /** A single-stage design (promising if more than r responses in n): the power curve only. */
        public static Series singleStage(String key, String label, int r, int n) {
            return new Series(key, label + " r = " + r + ", n = " + n,
                    OperatingCharacteristics.Boundaries.singleStage(r, n), false);
        }
    }

    /**
     * @param title  chart title
     * @param series designs, at least one
     * @param p0     uninteresting response rate (marker)
     * @param p1     desirable response rate (marker)
     */
    public static String render(String title, List<Series> series, double p0, double p1) {
        if (series.isEmpty()) {
            throw new InvalidInputException("an operating-characteristics chart needs at least one design");
        }
        final boolean anyN = series.stream().anyMatch(Series::expectedN);
        int nMax = 0;
        for (Series s : series) {
            nMax = Math.max(nMax, s.design().n());
        }
        final double enTop = enAxisTop(Math.max(nMax, 1));
        final int plotW = WIDTH - LEFT - RIGHT;
        final int axisBottom = TOP + PLOT_H;
        final int legendTop = axisBottom + 52;
        final int height = legendTop + 18 * series.size() + (anyN ? 22 : 4);
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"oc-plot\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                + "font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", LEFT, TITLE_Y,
                ForestPlotSvg.esc(title)));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#444\"/>%n", LEFT, TOP, plotW, PLOT_H));
        for (int i = 0; i <= 10; i++) {
            final double px = LEFT + plotW * i / 10.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>%n", px, TOP, px, axisBottom, px,
                    axisBottom + 16, i / 10.0));
        }
        for (int i = 0; i <= 5; i++) {
            final double py = axisBottom - PLOT_H * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>", LEFT, py, LEFT + plotW, py,
                    LEFT - 6, py + 4, i / 5.0));
            if (anyN) {
                svg.append(String.format(Locale.ROOT, "<text class=\"en-tick\" x=\"%d\" y=\"%.1f\">%s</text>",
                        LEFT + plotW + 6, py + 4, trim(enTop * i / 5)));
            }
            svg.append('\n');
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">True response rate p"
                + "</text>%n", LEFT + plotW / 2, axisBottom + 36));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\" text-anchor=\"middle\">"
                + "P(declare promising)</text>%n", LEFT - 44, TOP + PLOT_H / 2));
        if (anyN) {
            svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(90)\" "
                    + "text-anchor=\"middle\">Expected N</text>%n", LEFT + plotW + 52, TOP + PLOT_H / 2));
        }
        marker(svg, "p0", p0, plotW, "end");
        marker(svg, "p1", p1, plotW, "start");

        for (int k = 0; k < series.size(); k++) {
            final Series s = series.get(k);
            final String colour = COLOURS[k % COLOURS.length];
            final OperatingCharacteristics.Point[] curve = OperatingCharacteristics.curve(s.design(), STEPS);
            final StringBuilder power = new StringBuilder();
            final StringBuilder en = new StringBuilder();
            for (OperatingCharacteristics.Point pt : curve) {
                final double px = LEFT + plotW * pt.p();
                power.append(power.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px,
                        axisBottom - PLOT_H * pt.promising()));
                en.append(en.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px,
                        axisBottom - PLOT_H * pt.expectedN() / enTop));
            }
            svg.append(String.format(Locale.ROOT, "<path class=\"oc-power\" data-design=\"%s\" d=\"%s\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"2\"/>%n", ForestPlotSvg.esc(s.key()), power, colour));
            if (s.expectedN()) {
                svg.append(String.format(Locale.ROOT, "<path class=\"oc-en\" data-design=\"%s\" d=\"%s\" fill=\"none\" "
                        + "stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>%n", ForestPlotSvg.esc(s.key()),
                        en, colour));
            }
            for (double p : new double[] {p0, p1}) {
                if (!(p >= 0 && p <= 1)) {
                    continue;
                }
                final OperatingCharacteristics.Point at = OperatingCharacteristics.at(s.design(), p);
                svg.append(String.format(Locale.ROOT, "<circle class=\"oc-point\" data-design=\"%s\" cx=\"%.1f\" "
                        + "cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s at p = %s: P(promising) = %.4f%s</title>"
                        + "</circle>%n", ForestPlotSvg.esc(s.key()), LEFT + plotW * p,
                        axisBottom - PLOT_H * at.promising(), colour, ForestPlotSvg.esc(s.label()), trim(p),
                        at.promising(), s.expectedN() ? String.format(Locale.ROOT, ", EN = %.2f", at.expectedN())
                                : ""));
            }
            final int y = legendTop + 18 * k;
            svg.append(String.format(Locale.ROOT, "<g class=\"legend\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
                    + "stroke=\"%s\" stroke-width=\"2\"/>", LEFT, y - 4, LEFT + 24, y - 4, colour));
            if (s.expectedN()) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                        + "stroke-width=\"2\" stroke-dasharray=\"6 4\"/>", LEFT + 30, y - 4, LEFT + 54, y - 4, colour));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\" font-weight=\"bold\">%s</text>"
                    + "</g>%n", LEFT + (s.expectedN() ? 62 : 32), y, colour, ForestPlotSvg.esc(s.label())));
        }
        if (anyN) {
            svg.append(String.format(Locale.ROOT, "<text class=\"legend-note\" x=\"%d\" y=\"%d\" fill=\"#555\">solid: "
                    + "probability of declaring the treatment promising (left axis); dashed: expected N (right axis)"
                    + "</text>%n", LEFT, legendTop + 18 * series.size() + 4));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void marker(StringBuilder svg, String name, double p, int plotW, String anchor) {
        if (!(p >= 0 && p <= 1)) {
            return;
        }
        final double px = LEFT + plotW * p;
        svg.append(String.format(Locale.ROOT, "<line class=\"oc-marker\" data-name=\"%s\" data-p=\"%s\" x1=\"%.1f\" "
                + "y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#777\" stroke-dasharray=\"3 3\"/>"
                + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" fill=\"#444\">%s = %s</text>%n", name, trim(p), px,
                TOP - 6, px, TOP + PLOT_H, px + (anchor.equals("end") ? -3 : 3), TOP - 8, anchor, name, trim(p)));
    }

    /** The top of the expected-N axis: 5 ticks of a whole, round step (29 → 30, 25 → 25, 150 → 150). */
    static int enAxisTop(int nMax) {
        for (int m = 1; ; m *= 10) {
            for (int step : new int[] {1, 2, 3, 4, 5, 6, 8}) {
                if (5L * step * m >= nMax) {
                    return 5 * step * m;
                }
            }
        }
    }

    /** A number with at most 4 decimals and no trailing zeros (0.1, 0.6128, 30). */
    static String trim(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        final BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
