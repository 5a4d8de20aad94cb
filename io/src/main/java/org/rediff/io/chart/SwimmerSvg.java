package org.rediff.io.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rediff.core.response.Response;

/**
 * A swimmer plot: one horizontal bar per patient for the time on study, longest at the top, coloured by best
 * overall response; a diamond where progression or death ended it and an arrow where the patient is still on study.
 * Hand-built SVG; the root has class {@code swimmer-plot}, each bar class {@code bar} (with {@code data-label},
 * {@code data-time}, {@code data-response}), the markers classes {@code event} and {@code ongoing}.
 */
public final class SwimmerSvg {
    private static final int WIDTH = 720;
    private static final int LEFT = 150;
    private static final int RIGHT = 40;
    private static final int TOP = 40;

    private SwimmerSvg() {
    }

    /**
     * A patient's lane.
     *
     * @param label    patient identifier
     * @param group    group, or null
     * @param time     time on study (≥ 0)
     * @param event    progression or death at {@code time}
     * @param ongoing  still on study at {@code time}
     * @param response best overall response, or null
     */
    public record Lane(String label, String group, double time, boolean event, boolean ongoing, Response response) {
    }

    /** The lanes as drawn, top to bottom: longest time first (ties keep their input order). */
    public static List<Lane> ordered(List<Lane> lanes) {
        final List<Lane> out = new ArrayList<>(lanes);
        out.sort(Comparator.comparingDouble(Lane::time).reversed());
        return out;
    }

    /**
     * @param title     chart title
     * @param timeLabel time axis label (with unit)
     * @param lanes     one per patient
     */
    public static String render(String title, String timeLabel, List<Lane> lanes) {
        final List<Lane> drawn = ordered(lanes);
        final int row = drawn.size() > 40 ? 12 : 20;
        final double barH = row * 0.6;
        final int plotW = WIDTH - LEFT - RIGHT;
        final int plotH = Math.max(row, drawn.size() * row) + 8;
        final int axisY = TOP + plotH;
        final int height = axisY + 88;
        double tMax = 0;
        for (Lane l : drawn) {
            tMax = Math.max(tMax, l.time());
        }
        final double xMax = ResponseColours.niceCeiling(tMax);
        final double step = ResponseColours.tickStep(xMax, 6);

        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"swimmer-plot\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                + "font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-weight=\"bold\">%s</text>%n", 8,
                ForestPlotSvg.esc(title)));
        for (double t = 0; t <= xMax + step / 2; t += step) {
            final double px = x(t, xMax, plotW);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, TOP, px, axisY, px,
                    axisY + 16,
                    ResponseColours.num(t)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n", LEFT, axisY, LEFT + plotW, axisY,
                LEFT, TOP, LEFT, axisY));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                LEFT + plotW / 2, axisY + 34, ForestPlotSvg.esc(timeLabel)));

        final int fontSize = row < 20 ? 9 : 11;
        for (int i = 0; i < drawn.size(); i++) {
            final Lane l = drawn.get(i);
            final double cy = TOP + 4 + row * (i + 0.5);
            final double end = x(l.time(), xMax, plotW);
            svg.append(String.format(Locale.ROOT, "<text class=\"lane-label\" x=\"8\" y=\"%.1f\" font-size=\"%d\">%s"
                    + "</text>", cy + 4, fontSize, ForestPlotSvg.esc(shorten(l.label(), 10))));
            if (l.group() != null) {
                svg.append(String.format(Locale.ROOT, "<text class=\"lane-group\" x=\"%d\" y=\"%.1f\" "
                        + "text-anchor=\"end\" fill=\"#666\" font-size=\"%d\">%s</text>", LEFT - 6, cy + 4, fontSize,
                        ForestPlotSvg.esc(shorten(l.group(), 10))));
            }
            final StringBuilder tip = new StringBuilder(l.label());
            if (l.group() != null) {
                tip.append(" (").append(l.group()).append(')');
            }
            tip.append(": ").append(ResponseColours.num(l.time())).append(", best response ")
                    .append(ResponseColours.label(l.response()));
            if (l.event()) {
                tip.append(", progression or death");
            }
            if (l.ongoing()) {
                tip.append(", ongoing");
            }
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-label=\"%s\" data-time=\"%s\" "
                            + "data-response=\"%s\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                            + "<title>%s</title></rect>", ForestPlotSvg.esc(l.label()),
                    ResponseColours.num(l.time()), ResponseColours.code(l.response()), LEFT, cy - barH / 2,
                    Math.max(0.8, end - LEFT), barH, ResponseColours.colour(l.response()),
                    ForestPlotSvg.esc(tip.toString())));
            if (l.event()) {
                final double r = barH / 2 + 2;
                svg.append(String.format(Locale.ROOT, "<path class=\"event\" d=\"M%.1f %.1f l%.1f %.1f l%.1f %.1f "
                        + "l%.1f %.1f Z\" fill=\"#1d2630\" stroke=\"white\" stroke-width=\"0.8\"/>", end, cy - r, r, r,
                        -r, r, -r, -r));
            }
            if (l.ongoing()) {
                final double a = end + (l.event() ? barH / 2 + 4 : 2);
                svg.append(String.format(Locale.ROOT, "<path class=\"ongoing\" d=\"M%.1f %.1f h9 M%.1f %.1f l9 %.1f "
                        + "l-9 %.1f Z\" stroke=\"#1d2630\" stroke-width=\"1.5\" fill=\"#1d2630\"/>", a, cy, a + 8,
                        cy - barH / 2, barH / 2, barH / 2));
            }
            svg.append('\n');
        }

        final Set<Response> responses = new LinkedHashSet<>();
        drawn.forEach(l -> responses.add(l.response()));
        final List<Response> present = ResponseColours.present(responses);
        final int ly = axisY + 58;
        svg.append(ResponseColours.legend(present, LEFT, ly));
        final int my = ly + 20;
        double px = LEFT;
        final StringBuilder markers = new StringBuilder();
        if (drawn.stream().anyMatch(Lane::event)) {
            markers.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d l6 6 l-6 6 l-6 -6 Z\" fill=\"#1d2630\"/>"
                    + "<text x=\"%.1f\" y=\"%d\">progression or death</text>", px + 6, my - 11, px + 16, my));
            px += 16 + 7.2 * "progression or death".length() + 14;
        }
        if (drawn.stream().anyMatch(Lane::ongoing)) {
            markers.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d h9 M%.1f %d l9 5 l-9 5 Z\" "
                    + "stroke=\"#1d2630\" stroke-width=\"1.5\" fill=\"#1d2630\"/><text x=\"%.1f\" y=\"%d\">ongoing"
                    + "</text>", px, my - 5, px + 8, my - 10, px + 22, my));
        }
        if (markers.length() > 0) {
            svg.append("<g class=\"legend\">").append(markers).append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(double t, double xMax, int plotW) {
        return LEFT + plotW * t / xMax;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
