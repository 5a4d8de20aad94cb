package org.rediff.io.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rediff.core.survival.KaplanMeierCurve;
import org.rediff.core.survival.KaplanMeierStep;
import org.rediff.core.survival.SurvivalObservation;

/**
 * Kaplan-Meier curves as SVG: a step line per group with its pointwise confidence band, censoring marks, and a
 * number-at-risk table under the time axis (the layout survminer and most journals use).
 */
public final class KaplanMeierSvg {
    private static final String[] COLOURS = {"#1f5c99", "#c0392b", "#2e8b57", "#8e44ad", "#d68910", "#555555"};
    private static final int WIDTH = 720;
    private static final int LEFT = 110;
    private static final int RIGHT = 30;
    private static final int TOP = 40;
    private static final int PLOT_H = 300;

    private KaplanMeierSvg() {
    }

    /**
     * @param title     chart title
     * @param timeLabel time axis label (with unit)
     * @param curves    curves by label (one "All" curve without groups)
     * @param data      subjects by the same labels, for the number at risk
     */
    public static String render(String title, String timeLabel, Map<String, KaplanMeierCurve> curves,
                                Map<String, List<SurvivalObservation>> data) {
        double tMax = 0;
        for (KaplanMeierCurve c : curves.values()) {
            for (KaplanMeierStep s : c.steps()) {
                tMax = Math.max(tMax, s.time());
            }
        }
        final double xMax = niceCeiling(tMax);
        final int plotW = WIDTH - LEFT - RIGHT;
        final int tableTop = TOP + PLOT_H + 50;
        final int height = tableTop + 24 + 18 * curves.size() + 10;
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"km-plot\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">%n",
                WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-weight=\"bold\">%s</text>%n", LEFT,
                ForestPlotSvg.esc(title)));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#444\"/>%n", LEFT, TOP, plotW, PLOT_H));
        final double[] ticks = new double[6];
        for (int i = 0; i <= 5; i++) {
            ticks[i] = xMax * i / 5;
            final double px = LEFT + plotW * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, TOP, px, TOP + PLOT_H, px,
                    TOP + PLOT_H + 16, trim(ticks[i])));
            final double py = TOP + PLOT_H - PLOT_H * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>%n", LEFT, py, LEFT + plotW, py,
                    LEFT - 6, py + 4, i / 5.0));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                LEFT + plotW / 2, TOP + PLOT_H + 34, ForestPlotSvg.esc(timeLabel)));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\" text-anchor=\"middle\">"
                + "Survival probability</text>%n", LEFT - 42, TOP + PLOT_H / 2));
        int k = 0;
        for (Map.Entry<String, KaplanMeierCurve> e : curves.entrySet()) {
            final String colour = COLOURS[k % COLOURS.length];
            final List<KaplanMeierStep> steps = e.getValue().steps();
            svg.append(band(steps, xMax, plotW, colour));
            svg.append(line(steps, xMax, plotW, colour, e.getKey()));
            for (KaplanMeierStep s : steps) {
                if (s.censored() > 0) {
                    final double px = LEFT + plotW * s.time() / xMax;
                    final double py = TOP + PLOT_H * (1 - s.survival());
                    svg.append(String.format(Locale.ROOT, "<path class=\"censor\" d=\"M%.1f %.1f v8 M%.1f %.1f h0\" "
                            + "stroke=\"%s\" transform=\"translate(0,-4)\"/>%n", px, py, px, py, colour));
                }
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\" font-weight=\"bold\">%s</text>%n",
                    LEFT + plotW - 150, TOP + 18 + 16 * k, colour, ForestPlotSvg.esc(e.getKey())));
            k++;
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"%d\" font-weight=\"bold\">Number at risk</text>%n",
                tableTop + 6));
        k = 0;
        for (Map.Entry<String, List<SurvivalObservation>> e : data.entrySet()) {
            final int y = tableTop + 24 + 18 * k;
            svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"%d\" fill=\"%s\">%s</text>", y,
                    COLOURS[k % COLOURS.length], ForestPlotSvg.esc(shorten(e.getKey()))));
            for (int i = 0; i <= 5; i++) {
                int atRisk = 0;
                for (SurvivalObservation o : e.getValue()) {
                    if (o.time() >= ticks[i]) {
                        atRisk++;
                    }
                }
                svg.append(String.format(Locale.ROOT, "<text class=\"n-risk\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">"
                        + "%d</text>", LEFT + plotW * i / 5.0, y, atRisk));
            }
            svg.append('\n');
            k++;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String line(List<KaplanMeierStep> steps, double xMax, int plotW, String colour, String label) {
        final StringBuilder d = new StringBuilder(String.format(Locale.ROOT, "M%d %d", LEFT, TOP));
        for (KaplanMeierStep s : steps) {
            final double px = LEFT + plotW * s.time() / xMax;
            d.append(String.format(Locale.ROOT, " H%.1f V%.1f", px, TOP + PLOT_H * (1 - s.survival())));
        }
        d.append(String.format(Locale.ROOT, " H%.1f", LEFT + plotW * steps.get(steps.size() - 1).time() / xMax));
        return String.format(Locale.ROOT, "<path class=\"km-curve\" data-group=\"%s\" d=\"%s\" fill=\"none\" "
                + "stroke=\"%s\" stroke-width=\"2\"/>%n", ForestPlotSvg.esc(label), d, colour);
    }

    private static String band(List<KaplanMeierStep> steps, double xMax, int plotW, String colour) {
        final List<double[]> upper = new ArrayList<>();
        final List<double[]> lower = new ArrayList<>();
        double x0 = LEFT;
        double up = 1;
        double lo = 1;
        for (KaplanMeierStep s : steps) {
            final double px = LEFT + plotW * s.time() / xMax;
            upper.add(new double[] {x0, up});
            upper.add(new double[] {px, up});
            lower.add(new double[] {x0, lo});
            lower.add(new double[] {px, lo});
            if (Double.isNaN(s.lower()) || Double.isNaN(s.upper())) {
                break;
            }
            up = s.upper();
            lo = s.lower();
            x0 = px;
        }
        final StringBuilder d = new StringBuilder();
        for (double[] p : upper) {
            d.append(d.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", p[0],
                    TOP + PLOT_H * (1 - p[1])));
        }
        for (int i = lower.size() - 1; i >= 0; i--) {
            d.append(String.format(Locale.ROOT, " L%.1f %.1f", lower.get(i)[0], TOP + PLOT_H * (1 - lower.get(i)[1])));
        }
        return String.format(Locale.ROOT, "<path class=\"ci-band\" d=\"%s Z\" fill=\"%s\" fill-opacity=\"0.15\" "
                + "stroke=\"none\"/>%n", d, colour);
    }

    private static String shorten(String s) {
        return s.length() <= 14 ? s : s.substring(0, 13) + "…";
    }

    private static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        final double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
