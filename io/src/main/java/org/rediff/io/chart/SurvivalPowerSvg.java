package org.rediff.io.chart;

import java.util.Locale;
import org.rediff.core.design.SurvivalSampleSize;

/**
 * The power curve of a time-to-event design as SVG: the power of the two-sided log-rank test with the design's
 * events against the true hazard ratio, by Schoenfeld's approximation ({@link SurvivalSampleSize#power}), from the
 * design's side of HR = 1 up to 1; a dashed line at the power asked for and a dot at the design point (the planned
 * HR and the power its rounded-up events attain). Hand-built like the other charts.
 */
public final class SurvivalPowerSvg {
    private static final int WIDTH = 720;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 40;
    private static final int PLOT_H = 280;
    /** Hazard ratios drawn: STEPS + 1 points over the axis. */
    static final int STEPS = 200;

    private SurvivalPowerSvg() {
    }

    /**
     * The hazard-ratio axis: from below the planned HR to 1 when it is below 1, else from 1 to above it, wide
     * enough that the curve is seen falling to α/2 at 1 and rising towards 1 away from it.
     *
     * @param hr the planned hazard ratio
     * @return {lower, upper}
     */
    static double[] axis(double hr) {
        return hr < 1 ? new double[] {Math.min(0.3, 0.75 * hr), 1} : new double[] {1, Math.max(2.5, 1.3 * hr)};
    }

    /**
     * @param title      chart title
     * @param hr         planned hazard ratio (not 1)
     * @param alpha      two-sided α
     * @param events     the design's events (rounded up)
     * @param allocation proportion in the experimental arm
     * @param target     the power asked for
     */
    public static String render(String title, double hr, double alpha, int events, double allocation,
                                double target) {
        final double[] range = axis(hr);
        final int plotW = WIDTH - LEFT - RIGHT;
        final int bottom = TOP + PLOT_H;
        final int height = bottom + 70;
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"survival-power-plot\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                + "font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-weight=\"bold\">%s</text>%n", LEFT,
                ForestPlotSvg.esc(TextWidth.fit(title, WIDTH - LEFT - 8, 12, true))));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#444\"/>%n", LEFT, TOP, plotW, PLOT_H));
        final double step = tickStep(range[1] - range[0]);
        for (long t = (long) Math.ceil(range[0] / step - 1e-9); t * step <= range[1] + 1e-9; t++) {
            final double v = t * step;
            final double px = x(v, range, plotW);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, TOP, px, bottom, px,
                    bottom + 16, OperatingCharacteristicsSvg.trim(Math.round(v * 1000) / 1000.0)));
        }
        for (int i = 0; i <= 5; i++) {
            final double py = bottom - PLOT_H * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>%n", LEFT, py, LEFT + plotW, py,
                    LEFT - 6, py + 4, i / 5.0));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">True hazard ratio "
                + "(experimental / control; no unit)</text>%n", LEFT + plotW / 2, bottom + 36));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\" text-anchor=\"middle\">"
                + "Power of the log-rank test</text>%n", LEFT - 44, TOP + PLOT_H / 2));
        final double ty = bottom - PLOT_H * target;
        svg.append(String.format(Locale.ROOT, "<line class=\"target-power\" data-power=\"%s\" x1=\"%d\" y1=\"%.1f\" "
                + "x2=\"%d\" y2=\"%.1f\" stroke=\"#777\" stroke-dasharray=\"3 3\"/><text x=\"%d\" y=\"%.1f\" "
                + "fill=\"#444\">power asked for %s</text>%n", OperatingCharacteristicsSvg.trim(target), LEFT, ty,
                LEFT + plotW, ty, LEFT + 6, ty - 4, OperatingCharacteristicsSvg.trim(target)));
        final StringBuilder d = new StringBuilder();
        for (int i = 0; i <= STEPS; i++) {
            final double h = range[0] + (range[1] - range[0]) * i / STEPS;
            final double p = SurvivalSampleSize.power(h, alpha, events, allocation);
            d.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.2f %.2f", x(h, range, plotW),
                    bottom - PLOT_H * p));
        }
        svg.append(String.format(Locale.ROOT, "<path class=\"power-curve\" d=\"%s\" fill=\"none\" stroke=\"#1f5c99\" "
                + "stroke-width=\"2\"/>%n", d));
        final double attained = SurvivalSampleSize.power(hr, alpha, events, allocation);
        svg.append(String.format(Locale.ROOT, "<circle class=\"design-point\" data-hr=\"%s\" data-power=\"%.6f\" "
                + "cx=\"%.2f\" cy=\"%.2f\" r=\"4\" fill=\"#c0392b\"><title>HR %s with %d events: power %.4f"
                + "</title></circle>%n", OperatingCharacteristicsSvg.trim(hr), attained, x(hr, range, plotW),
                bottom - PLOT_H * attained, OperatingCharacteristicsSvg.trim(hr), events, attained));
        svg.append(String.format(Locale.ROOT, "<text class=\"legend-note\" x=\"%d\" y=\"%d\" fill=\"#555\">%d events, "
                + "two-sided α = %s, %s%% experimental; dot: the planned HR, power %.4f</text>%n", LEFT, bottom + 58,
                events, OperatingCharacteristicsSvg.trim(alpha), OperatingCharacteristicsSvg.trim(allocation * 100),
                attained));
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** A round spacing of the hazard-ratio ticks giving at most about ten of them. */
    static double tickStep(double width) {
        for (double step : new double[] {0.1, 0.25, 0.5, 1, 2, 5, 10}) {
            if (width / step <= 10) {
                return step;
            }
        }
        return Math.ceil(width / 10);
    }

    private static double x(double hr, double[] range, int plotW) {
        return LEFT + plotW * (hr - range[0]) / (range[1] - range[0]);
    }
}
