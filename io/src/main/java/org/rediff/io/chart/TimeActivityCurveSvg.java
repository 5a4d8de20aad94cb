package org.rediff.io.chart;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.TimeActivityPoint;

/**
 * A time-activity curve as SVG: the measurements (converted to the therapy nuclide) as points and the fitted or
 * interpolated curve as a line, in percent of the administered activity against hours, on a linear or a logarithmic
 * y axis. The axes fit the data: time runs to the first tick after the last measurement (ticks every 24 h for
 * curves over days), the activity to the first tick above the largest point or fitted value (log: the decades the
 * data span). Text is 16 px in a 480 px wide chart, so that it stays at least 11 px when the chart shrinks to a
 * two-column print page. Hand-built, like the forest plot, so charts look alike and need no plotting library.
 */
public final class TimeActivityCurveSvg {
    /** Font size of every text, px in chart units. */
    public static final int FONT_PX = 16;
    private static final int WIDTH = 480;
    private static final int HEIGHT = 360;
    private static final int LEFT = 78;
    private static final int RIGHT = 16;
    private static final int TOP = 46;
    private static final int BOTTOM = 58;
    private static final int SAMPLES = 240;

    /** The y axis. */
    public enum Scale {
        /** Linear from 0. */
        LINEAR,
        /** Logarithmic (decades); an exponential clearance is a straight line. */
        LOG;

        /** @return linear or log */
        public String code() {
            return this == LINEAR ? "linear" : "log";
        }

        /**
         * Reads a scale code, ignoring case.
         *
         * @param text  linear or log
         * @param field the option or field, for the message
         * @return the scale
         * @throws InvalidInputException if {@code text} is neither
         */
        public static Scale parse(String text, String field) {
            for (Scale s : values()) {
                if (s.code().equalsIgnoreCase(text)) {
                    return s;
                }
            }
            throw new InvalidInputException(field + " must be linear or log, got '" + text + "'");
        }
    }

    private TimeActivityCurveSvg() {
    }

    /**
     * The chart on a linear y axis.
     *
     * @param title   chart title (region, model)
     * @param yLabel  y axis label, e.g. "% of administered (I-131)"
     * @param points  measurements, fraction of administered
     * @param curve   fitted curve, hours → fraction
     * @return the SVG document
     */
    public static String render(String title, String yLabel, List<TimeActivityPoint> points, DoubleUnaryOperator curve) {
        return render(title, yLabel, points, curve, Scale.LINEAR);
    }

    /**
     * The chart.
     *
     * @param title   chart title (region, model)
     * @param yLabel  y axis label, e.g. "% of administered (I-131)"
     * @param points  measurements, fraction of administered
     * @param curve   fitted curve, hours → fraction
     * @param scale   the y axis
     * @return the SVG document
     */
    public static String render(String title, String yLabel, List<TimeActivityPoint> points, DoubleUnaryOperator curve,
                                Scale scale) {
        final double tLast = points.get(points.size() - 1).hours();
        final double xStep = timeStep(tLast);
        final double xMax = Math.max(xStep, Math.ceil(tLast * 1.04 / xStep) * xStep);
        final double[] xs = new double[SAMPLES + 1];
        final double[] ys = new double[SAMPLES + 1];
        double yMax = 0;
        double dataMax = 0;
        double yMinPositive = Double.POSITIVE_INFINITY;
        for (TimeActivityPoint p : points) {
            yMax = Math.max(yMax, p.fraction());
            dataMax = Math.max(dataMax, p.fraction());
            if (p.fraction() > 0) {
                yMinPositive = Math.min(yMinPositive, p.fraction());
            }
        }
        for (int i = 0; i <= SAMPLES; i++) {
            xs[i] = xMax * i / SAMPLES;
            ys[i] = curve.applyAsDouble(xs[i]);
            if (Double.isFinite(ys[i])) {
                yMax = Math.max(yMax, ys[i]);
            }
        }
        final double curveEnd = ys[SAMPLES];
        if (Double.isFinite(curveEnd) && curveEnd > 0) {
            yMinPositive = Math.min(yMinPositive, curveEnd);
        }
        final int plotW = WIDTH - LEFT - RIGHT;
        final int plotH = HEIGHT - TOP - BOTTOM;
        final Axis y = scale == Scale.LINEAR ? Axis.linear(yMax * 100) : Axis.log(yMinPositive * 100, dataMax * 100,
                yMax * 100);

        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tac-plot\" "
                + "data-scale=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"%d\">%n", scale.code(), WIDTH, HEIGHT,
                WIDTH, HEIGHT, FONT_PX));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"24\" font-weight=\"bold\">%s</text>%n",
                ForestPlotSvg.esc(title)));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#444\"/>%n", LEFT, TOP, plotW, plotH));
        for (double xv = 0; xv <= xMax + 1e-9; xv += xStep) {
            final double px = LEFT + plotW * xv / xMax;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, TOP, px,
                    TOP + plotH, px, TOP + plotH + 20, trimNumber(xv)));
        }
        for (Tick t : y.ticks()) {
            final double py = TOP + plotH - plotH * y.position(t.value());
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>",
                    LEFT, py, LEFT + plotW, py, t.label().isEmpty() ? "#eee" : "#ddd"));
            if (!t.label().isEmpty()) {
                svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" "
                        + "text-anchor=\"end\">%s</text>", LEFT - 6, py + 5, t.label()));
            }
            svg.append('\n');
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">hours after "
                + "administration</text>%n", LEFT + plotW / 2, HEIGHT - 10));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\" "
                + "text-anchor=\"middle\">%s%s</text>%n", FONT_PX + 2, TOP + plotH / 2, ForestPlotSvg.esc(yLabel),
                scale == Scale.LOG ? ", log" : ""));
        final StringBuilder path = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i <= SAMPLES; i++) {
            final double v = ys[i] * 100;
            if (!Double.isFinite(v) || (scale == Scale.LOG && !(v >= y.min()))) {
                pen = false;
                continue;
            }
            final double px = LEFT + plotW * xs[i] / xMax;
            final double py = TOP + plotH - plotH * Math.min(1, y.position(v));
            path.append(path.length() == 0 ? "" : " ").append(pen ? "L" : "M")
                    .append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
            pen = true;
        }
        svg.append("<path class=\"fit\" d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f5c99\" "
                + "stroke-width=\"2\"/>\n");
        for (TimeActivityPoint p : points) {
            final double v = p.fraction() * 100;
            final double pos = Math.max(0, Math.min(1, y.position(v)));
            svg.append(String.format(Locale.ROOT, "<circle class=\"measurement\" cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" "
                    + "fill=\"#c0392b\"><title>%s h: %.4g%%</title></circle>%n", LEFT + plotW * p.hours() / xMax,
                    TOP + plotH - plotH * pos, trimNumber(p.hours()), v));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Time ticks: every 24 h for curves over days, finer for hours. */
    static double timeStep(double tLast) {
        for (double step : new double[] {1, 2, 4, 6, 12, 24, 48, 96, 168}) {
            if (tLast * 1.04 / step <= 7) {
                return step;
            }
        }
        return Math.ceil(tLast * 1.04 / 7 / 168) * 168;
    }

    private record Tick(double value, String label) {
    }

    /** A y axis in percent: its range, where a value falls (0 at the bottom, 1 at the top) and its ticks. */
    private record Axis(boolean log, double min, double max, List<Tick> ticks) {
        static Axis linear(double dataMax) {
            // the step of 4 to 7 ticks whose top is the lowest at or above the largest value
            final double max = dataMax > 0 ? dataMax : 1;
            double step = niceStep(max / 7);
            double top = Math.ceil(max / step * (1 - 1e-9)) * step;
            for (double s = step; s <= max; s = niceStep(s * 1.0001)) {
                final double t = Math.ceil(max / s * (1 - 1e-9)) * s;
                if (t / s <= 7 && t / s >= 4 && t < top * (1 - 1e-9)) {
                    step = s;
                    top = t;
                }
            }
            final List<Tick> ticks = new java.util.ArrayList<>();
            for (int i = 0; i * step <= top + step * 1e-9; i++) {
                ticks.add(new Tick(i * step, trimNumber(i * step)));
            }
            return new Axis(false, 0, top, ticks);
        }

        static Axis log(double dataMin, double dataMax, double curveMax) {
            final double hi = dataMax > 0 ? dataMax : curveMax > 0 ? curveMax : 1;
            // at most four decades below the largest value, so that a curve tending to 0 does not flatten the data
            final double lo = Double.isFinite(dataMin) && dataMin > 0 ? Math.max(dataMin, hi * 1e-4) : hi / 100;
            int lowDecade = (int) Math.floor(Math.log10(lo) + 1e-9);
            // the decade above every point; the curve may overshoot it by 15% (a fit's value at 0 h), and is clipped
            int highDecade = (int) Math.max(Math.ceil(Math.log10(hi) - 1e-9),
                    Math.ceil(Math.log10(Math.max(curveMax, hi) / 1.15) - 1e-9));
            if (highDecade <= lowDecade) {
                highDecade = lowDecade + 1;
            }
            final List<Tick> ticks = new java.util.ArrayList<>();
            final boolean few = highDecade - lowDecade <= 2;
            for (int d = lowDecade; d <= highDecade; d++) {
                final double decade = Math.pow(10, d);
                ticks.add(new Tick(decade, trimNumber(decade)));
                if (d < highDecade) {
                    for (int m : new int[] {2, 5}) {
                        ticks.add(new Tick(m * decade, few ? trimNumber(m * decade) : ""));
                    }
                }
            }
            return new Axis(true, Math.pow(10, lowDecade), Math.pow(10, highDecade), ticks);
        }

        double position(double v) {
            if (!log) {
                return v / max;
            }
            return v > 0 ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) : -1;
        }
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code v}. */
    private static double niceStep(double v) {
        final double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= v * (1 - 1e-9)) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String trimNumber(double v) {
        final double r = Math.abs(v) < 1e-12 ? 0 : v;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return String.valueOf((long) r);
        }
        return java.math.BigDecimal.valueOf(r).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }
}
