package org.rediff.io.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rediff.core.response.Response;

/**
 * A spider plot of the percent change of the RECIST sum of target-lesion diameters from baseline over time: weeks
 * since baseline on x, percent change on y, the baseline at (0, 0), one marker per assessment coloured by its overall
 * response, and dashed reference lines at +20% and −30% (the RECIST 1.1 progression and partial-response thresholds,
 * Eisenhauer et al. 2009). The +20% line is drawn from baseline, as spider plots do, although PD is judged from the
 * nadir. Assessments without a sum (a target not assessed) break the line. Hand-built SVG; the root has class
 * {@code spider-plot}, each marker class {@code point} with {@code data-day}, {@code data-value} and
 * {@code data-response}, each connected stretch class {@code spider-line}.
 */
public final class SpiderSvg {
    private static final int WIDTH = 720;
    private static final int LEFT = 64;
    private static final int RIGHT = 86;
    private static final int TOP = 40;
    private static final int PLOT_H = 260;
    private static final double DAYS_PER_WEEK = 7;

    private SpiderSvg() {
    }

    /**
     * One assessment.
     *
     * @param day       days since baseline (0 for the baseline)
     * @param changePct percent change of the sum from baseline (0 at baseline, NaN when not evaluable)
     * @param response  overall time-point response, or null at baseline
     */
    public record Point(long day, double changePct, Response response) {
    }

    /**
     * @param title  chart title
     * @param points the baseline and the follow-ups in date order
     * @return the SVG
     */
    public static String render(String title, List<Point> points) {
        final int plotW = WIDTH - LEFT - RIGHT;
        final int height = TOP + PLOT_H + 76;
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spider-plot\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                + "font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-weight=\"bold\">%s</text>%n", LEFT,
                ForestPlotSvg.esc(title)));

        // y always shows both thresholds and 0; x at least 12 weeks so that one early assessment is not stretched
        double lo = -40;
        double hi = 30;
        double lastWeek = 12;
        for (Point p : points) {
            if (Double.isFinite(p.changePct())) {
                lo = Math.min(lo, p.changePct());
                hi = Math.max(hi, p.changePct());
            }
            lastWeek = Math.max(lastWeek, p.day() / DAYS_PER_WEEK);
        }
        final double yStep = ResponseColours.tickStep(hi - lo, 6);
        final double yMin = Math.floor(lo / yStep + 1e-9) * yStep;
        final double yMax = Math.ceil(hi / yStep - 1e-9) * yStep;
        final double xStep = ResponseColours.tickStep(lastWeek, 8);
        final double xMax = Math.ceil(lastWeek / xStep - 1e-9) * xStep;

        for (double v = yMin; v <= yMax + yStep / 2; v += yStep) {
            final double py = y(v, yMin, yMax);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, py, LEFT + plotW, py,
                    Math.abs(v) < 1e-9 ? "#444" : "#eee", LEFT - 6, py + 4, ResponseColours.num(v)));
        }
        for (double w = 0; w <= xMax + xStep / 2; w += xStep) {
            final double px = x(w, xMax, plotW);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, TOP + PLOT_H, px,
                    TOP + PLOT_H + 5, px, TOP + PLOT_H + 19, ResponseColours.num(w)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">Weeks since baseline"
                + "</text>%n", LEFT + plotW / 2, TOP + PLOT_H + 38));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\" text-anchor=\"middle\">"
                + "Change of the sum from baseline (%%)</text>%n", 18, TOP + PLOT_H / 2));
        svg.append(reference(20, "#c0392b", "+20% PD", yMin, yMax, plotW));
        svg.append(reference(-30, "#1f6fb0", "−30% PR", yMin, yMax, plotW));

        // the line, broken where a sum is missing, then the markers on top
        final List<String> coords = new ArrayList<>();
        for (Point p : points) {
            if (!Double.isFinite(p.changePct())) {
                svg.append(line(coords));
                coords.clear();
                continue;
            }
            coords.add(String.format(Locale.ROOT, "%.1f,%.1f", x(p.day() / DAYS_PER_WEEK, xMax, plotW),
                    y(p.changePct(), yMin, yMax)));
        }
        svg.append(line(coords));
        final Set<Response> responses = new LinkedHashSet<>();
        for (Point p : points) {
            if (!Double.isFinite(p.changePct())) {
                continue;
            }
            if (p.response() != null) {
                responses.add(p.response());
            }
            svg.append(String.format(Locale.ROOT, "<circle class=\"point\" data-day=\"%d\" data-value=\"%s\" "
                            + "data-response=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"white\">"
                            + "<title>day %d: %s%% (%s)</title></circle>%n", p.day(),
                    ResponseColours.num(p.changePct()), p.response() == null ? "baseline" : p.response().code(),
                    x(p.day() / DAYS_PER_WEEK, xMax, plotW), y(p.changePct(), yMin, yMax),
                    p.response() == null ? "#444" : ResponseColours.colour(p.response()), p.day(),
                    ResponseColours.num(p.changePct()), p.response() == null ? "baseline" : p.response().label()));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#444\"/>%n", LEFT, TOP, plotW, PLOT_H));
        svg.append(ResponseColours.legend(ResponseColours.present(responses), LEFT, TOP + PLOT_H + 64));
        return svg.append("</svg>\n").toString();
    }

    private static String line(List<String> coords) {
        if (coords.size() < 2) {
            return "";
        }
        return "<polyline class=\"spider-line\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\" points=\""
                + String.join(" ", coords) + "\"/>\n";
    }

    private static String reference(double v, String colour, String label, double yMin, double yMax, int plotW) {
        final double py = y(v, yMin, yMax);
        return String.format(Locale.ROOT, "<line class=\"ref-line\" data-value=\"%s\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" "
                + "y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"%.1f\" "
                + "fill=\"%s\" font-size=\"11\">%s</text>%n", ResponseColours.num(v), LEFT, py, LEFT + plotW, py,
                colour, LEFT + plotW + 6, py + 4, colour, label);
    }

    private static double x(double week, double xMax, int plotW) {
        return LEFT + plotW * week / xMax;
    }

    private static double y(double v, double yMin, double yMax) {
        return TOP + PLOT_H * (yMax - v) / (yMax - yMin);
    }
}
