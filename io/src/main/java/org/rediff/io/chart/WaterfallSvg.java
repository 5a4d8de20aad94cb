package org.rediff.io.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rediff.core.response.Response;

/**
 * A waterfall plot of the best percent change of the tumour burden (RECIST sum of diameters) from baseline: one bar
 * per patient with a value, sorted from the largest increase on the left to the largest decrease on the right,
 * coloured by best overall response, with dashed reference lines at +20% (the progression threshold) and −30% (the
 * partial-response threshold) of RECIST 1.1. Hand-built SVG; the root has class {@code waterfall-plot} and each bar
 * class {@code bar} with {@code data-label}, {@code data-value} and {@code data-response}.
 */
public final class WaterfallSvg {
    private static final int WIDTH = 720;
    private static final int LEFT = 64;
    private static final int RIGHT = 86;
    private static final int TOP = 40;
    private static final int PLOT_H = 280;
    private static final int LABELS_H = 58;

    private WaterfallSvg() {
    }

    /**
     * A patient's bar.
     *
     * @param label     patient identifier
     * @param changePct best percent change from baseline (NaN: no bar)
     * @param response  best overall response, or null
     */
    public record Bar(String label, double changePct, Response response) {
    }

    /** The bars as drawn: those with a finite change, largest first (ties keep their input order). */
    public static List<Bar> ordered(List<Bar> bars) {
        final List<Bar> out = new ArrayList<>();
        for (Bar b : bars) {
            if (Double.isFinite(b.changePct())) {
                out.add(b);
            }
        }
        out.sort(Comparator.comparingDouble(Bar::changePct).reversed());
        return out;
    }

    /**
     * @param title chart title
     * @param bars  one per patient; patients without a change are left out
     */
    public static String render(String title, List<Bar> bars) {
        final List<Bar> drawn = ordered(bars);
        final int plotW = WIDTH - LEFT - RIGHT;
        final int height = drawn.isEmpty() ? TOP + 60 : TOP + PLOT_H + LABELS_H + 34;
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"waterfall-plot\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                + "font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-weight=\"bold\">%s</text>%n", LEFT,
                ForestPlotSvg.esc(title)));
        if (drawn.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text class=\"empty\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
                    + "fill=\"#666\">No patient has a best change from baseline</text>%n", WIDTH / 2, TOP + 24));
            return svg.append("</svg>\n").toString();
        }
        double lo = -100;
        double hi = 40;
        for (Bar b : drawn) {
            lo = Math.min(lo, b.changePct());
            hi = Math.max(hi, b.changePct());
        }
        final double step = ResponseColours.tickStep(hi - lo, 7);
        final double yMin = Math.floor(lo / step + 1e-9) * step;
        final double yMax = Math.ceil(hi / step - 1e-9) * step;

        // axes and grid
        for (double v = yMin; v <= yMax + step / 2; v += step) {
            final double py = y(v, yMin, yMax);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, py, LEFT + plotW, py,
                    Math.abs(v) < 1e-9 ? "#444" : "#eee", LEFT - 6, py + 4, ResponseColours.num(v)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n", LEFT,
                TOP, LEFT, TOP + PLOT_H));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\" text-anchor=\"middle\">"
                + "Best change from baseline (%%)</text>%n", 18, TOP + PLOT_H / 2));

        // bars
        final double slot = (double) plotW / drawn.size();
        final double barW = Math.max(1, slot * (drawn.size() > 60 ? 0.9 : 0.78));
        final double zero = y(0, yMin, yMax);
        final boolean rotate = drawn.size() > 10 || drawn.stream().anyMatch(b -> b.label().length() * 7 > slot);
        final int fontSize = slot < 12 ? 8 : 10;
        for (int i = 0; i < drawn.size(); i++) {
            final Bar b = drawn.get(i);
            final double x = LEFT + slot * i + (slot - barW) / 2;
            final double top = Math.min(zero, y(b.changePct(), yMin, yMax));
            final double h = Math.max(0.8, Math.abs(y(b.changePct(), yMin, yMax) - zero));
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-label=\"%s\" data-value=\"%s\" "
                            + "data-response=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                            + "<title>%s: %s%% (%s)</title></rect>%n", ForestPlotSvg.esc(b.label()),
                    ResponseColours.num(b.changePct()), ResponseColours.code(b.response()), x, top, barW, h,
                    ResponseColours.colour(b.response()), ForestPlotSvg.esc(b.label()),
                    signed(b.changePct()), ResponseColours.label(b.response())));
            final double cx = LEFT + slot * (i + 0.5);
            final String label = ForestPlotSvg.esc(shorten(b.label()));
            if (rotate) {
                svg.append(String.format(Locale.ROOT, "<text class=\"bar-label\" transform=\"translate(%.1f,%d) "
                        + "rotate(-60)\" text-anchor=\"end\" font-size=\"%d\">%s</text>%n", cx + 3, TOP + PLOT_H + 10,
                        fontSize, label));
            } else {
                svg.append(String.format(Locale.ROOT, "<text class=\"bar-label\" x=\"%.1f\" y=\"%d\" "
                        + "text-anchor=\"middle\" font-size=\"%d\">%s</text>%n", cx, TOP + PLOT_H + 16, fontSize,
                        label));
            }
        }

        // RECIST thresholds
        svg.append(reference(20, "#c0392b", "+20% PD", yMin, yMax, plotW));
        svg.append(reference(-30, "#1f6fb0", "−30% PR", yMin, yMax, plotW));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#444\"/>%n", LEFT, TOP, plotW, PLOT_H));

        final Set<Response> responses = new LinkedHashSet<>();
        drawn.forEach(b -> responses.add(b.response()));
        svg.append(ResponseColours.legend(ResponseColours.present(responses), LEFT, TOP + PLOT_H + LABELS_H + 20));
        return svg.append("</svg>\n").toString();
    }

    private static String reference(double v, String colour, String label, double yMin, double yMax, int plotW) {
        final double py = y(v, yMin, yMax);
        return String.format(Locale.ROOT, "<line class=\"ref-line\" data-value=\"%s\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" "
                + "y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"%.1f\" "
                + "fill=\"%s\" font-size=\"11\">%s</text>%n", ResponseColours.num(v), LEFT, py, LEFT + plotW, py,
                colour,
                LEFT + plotW + 6, py + 4, colour, label);
    }

    private static double y(double v, double yMin, double yMax) {
        return TOP + PLOT_H * (yMax - v) / (yMax - yMin);
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : v < 0 ? "−" : "") + ResponseColours.num(Math.abs(v));
    }

    private static String shorten(String s) {
        return s.length() <= 10 ? s : s.substring(0, 9) + "…";
    }
}
