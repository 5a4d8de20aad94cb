package org.rediff.io.chart;

import java.util.Locale;

/**
 * A bar chart of patients by their worst CTCAE grade: a bar for the treated patients without a (counted) event, then
 * grades 1 to 5, each labelled with its count and percent of all treated patients, so that the bars add up to the
 * denominator. Hand-built SVG; the root has class {@code grade-chart} and each bar class {@code bar} with
 * {@code data-grade} ({@code none}, 1 … 5) and {@code data-patients}.
 */
public final class WorstGradeSvg {
    private static final int WIDTH = 560;
    private static final int LEFT = 56;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int PLOT_H = 220;
    /** Grey for no event, then yellow to dark red with the grade, black for death. */
    private static final String[] COLOURS = {"#b0b6bd", "#f2d16b", "#e8a33d", "#d9622b", "#a61b1b", "#2b2b2b"};

    private WorstGradeSvg() {
    }

    /**
     * @param title        chart title
     * @param noEventLabel label of the first bar, e.g. "No event"
     * @param noEvent      treated patients without a counted event
     * @param worstGrade   patients by worst grade 1..5 (index 0 = grade 1)
     * @param treated      patients treated, the denominator of the percentages
     * @return the SVG
     */
    public static String render(String title, String noEventLabel, int noEvent, int[] worstGrade, int treated) {
        final int[] counts = new int[6];
        counts[0] = noEvent;
        System.arraycopy(worstGrade, 0, counts, 1, 5);
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        final double yMax = ResponseColours.niceCeiling(max);
        final double step = Math.max(1, ResponseColours.tickStep(yMax, 5));
        final int plotW = WIDTH - LEFT - RIGHT;
        final int height = TOP + PLOT_H + 50;
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grade-chart\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                + "font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-weight=\"bold\">%s</text>%n", LEFT,
                ForestPlotSvg.esc(title)));
        for (double v = 0; v <= yMax + step / 2; v += step) {
            final double py = y(v, yMax);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, py, LEFT + plotW, py,
                    v == 0 ? "#444" : "#eee", LEFT - 6, py + 4, ResponseColours.num(v)));
        }
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\" text-anchor=\"middle\">"
                + "Patients</text>%n", 16, TOP + PLOT_H / 2));
        final double slot = plotW / 6.0;
        for (int i = 0; i < 6; i++) {
            final String label = i == 0 ? noEventLabel : "Grade " + i;
            final double x = LEFT + slot * i + slot * 0.15;
            final double top = y(counts[i], yMax);
            final double pct = treated > 0 ? 100.0 * counts[i] / treated : Double.NaN;
            final String value = counts[i] + " (" + String.format(Locale.ROOT, "%.0f", pct) + "%)";
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-grade=\"%s\" data-patients=\"%d\" "
                            + "x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title>"
                            + "</rect>%n", i == 0 ? "none" : String.valueOf(i), counts[i], x, top, slot * 0.7,
                    TOP + PLOT_H - top, COLOURS[i], ForestPlotSvg.esc(label), value));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                    + "font-size=\"11\">%s</text>%n", x + slot * 0.35, top - 5, value));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x + slot * 0.35, TOP + PLOT_H + 18, ForestPlotSvg.esc(label)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\" "
                + "font-size=\"11\">Worst CTCAE grade per patient; %% of %d treated</text>%n", LEFT + plotW / 2,
                TOP + PLOT_H + 40, treated));
        return svg.append("</svg>\n").toString();
    }

    private static double y(double v, double yMax) {
        return TOP + PLOT_H * (yMax - v) / yMax;
    }
}
