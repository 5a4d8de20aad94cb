package org.rediff.io.chart;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.rediff.core.dosimetry.TimeActivityPoint;

/**
 * A time-activity curve as SVG: the measurements (converted to the therapy nuclide) as points and the fitted or
 * interpolated curve as a line, in percent of the administered activity against hours. Hand-built, like the
 * forest plot, so charts look alike and need no plotting library.
 */
public final class TimeActivityCurveSvg {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int LEFT = 92;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private TimeActivityCurveSvg() {
    }

    /**
     * @param title   chart title (region, model)
     * @param yLabel  y axis label, e.g. "% of administered (131I)"
     * @param points  measurements, fraction of administered
     * @param curve   fitted curve, hours → fraction
     */
    public static String render(String title, String yLabel, List<TimeActivityPoint> points, DoubleUnaryOperator curve) {
        final double tLast = points.get(points.size() - 1).hours();
        final double xMax = niceCeiling(Math.max(tLast * 1.5, 48));
        double yMax = 0;
        for (TimeActivityPoint p : points) {
            yMax = Math.max(yMax, p.fraction());
        }
        final int samples = 200;
        final double[] xs = new double[samples + 1];
        final double[] ys = new double[samples + 1];
        for (int i = 0; i <= samples; i++) {
            xs[i] = xMax * i / samples;
            ys[i] = curve.applyAsDouble(xs[i]);
            if (Double.isFinite(ys[i])) {
                yMax = Math.max(yMax, ys[i]);
            }
        }
        final double yTop = niceCeiling(yMax * 100 * 1.1) / 100;
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tac-plot\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-weight=\"bold\">%s</text>%n", LEFT,
                ForestPlotSvg.esc(title)));
        final int plotW = WIDTH - LEFT - RIGHT;
        final int plotH = HEIGHT - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#444\"/>%n", LEFT, TOP, plotW, plotH));
        for (int i = 0; i <= 5; i++) {
            final double xv = xMax * i / 5;
            final double px = LEFT + plotW * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, TOP, px, TOP + plotH, px,
                    TOP + plotH + 16, trimNumber(xv)));
            final double yv = yTop * 100 * i / 5;
            final double py = TOP + plotH - plotH * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, py, LEFT + plotW, py,
                    LEFT - 6, py + 4, trimNumber(yv)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">hours after "
                + "administration</text>%n", LEFT + plotW / 2, HEIGHT - 12));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(16,%d) rotate(-90)\" text-anchor=\"middle\">"
                + "%s</text>%n", TOP + plotH / 2, ForestPlotSvg.esc(yLabel)));
        final StringBuilder path = new StringBuilder();
        for (int i = 0; i <= samples; i++) {
            if (!Double.isFinite(ys[i])) {
                continue;
            }
            final double px = LEFT + plotW * xs[i] / xMax;
            final double py = TOP + plotH - plotH * Math.min(ys[i], yTop) / yTop;
            path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
        }
        svg.append("<path class=\"fit\" d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f5c99\" "
                + "stroke-width=\"2\"/>\n");
        for (TimeActivityPoint p : points) {
            svg.append(String.format(Locale.ROOT, "<circle class=\"measurement\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" "
                    + "fill=\"#c0392b\"><title>%s h: %.4g%%</title></circle>%n", LEFT + plotW * p.hours() / xMax,
                    TOP + plotH - plotH * p.fraction() / yTop, trimNumber(p.hours()), p.fraction() * 100));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        final double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String trimNumber(double v) {
        if (v == Math.rint(v)) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
