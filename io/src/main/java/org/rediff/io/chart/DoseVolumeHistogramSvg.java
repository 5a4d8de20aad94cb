package org.rediff.io.chart;

import java.util.List;
import java.util.Locale;
import org.rediff.core.dosimetry.voxel.LabelDose;

/**
 * Cumulative dose-volume histograms of the labels of a voxel dose map, one line per label: percent of the label's
 * volume receiving at least each dose (Gy per GBq, or Gy at an activity). Hand-built SVG; the root has class
 * {@code dvh-chart}, each curve class {@code dvh} with {@code data-label}.
 */
public final class DoseVolumeHistogramSvg {
    private static final int WIDTH = 560;
    private static final int LEFT = 60;
    private static final int RIGHT = 120;
    private static final int TOP = 36;
    private static final int PLOT_H = 240;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
        "#e377c2", "#17becf"};

    private DoseVolumeHistogramSvg() {
    }

    /**
     * @param labels      the labels with their DVHs
     * @param activityGBq the activity to scale the dose axis to (Gy), or null for Gy per GBq
     * @return the SVG
     */
    public static String render(List<LabelDose> labels, Double activityGBq) {
        final double scale = activityGBq == null ? 1 : activityGBq;
        double max = 0;
        for (LabelDose l : labels) {
            max = Math.max(max, l.maxDosePerGBqGy() * scale);
        }
        final double xMax = ResponseColours.niceCeiling(Math.max(max, 1e-9));
        final double step = ResponseColours.tickStep(xMax, 5);
        final int plotW = WIDTH - LEFT - RIGHT;
        final int height = TOP + PLOT_H + 50;
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dvh-chart\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                + "font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-weight=\"bold\">Cumulative dose-volume "
                + "histograms</text>%n", LEFT));
        for (int p = 0; p <= 100; p += 20) {
            final double py = TOP + PLOT_H * (1 - p / 100.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n", LEFT, py, LEFT + plotW, py,
                    p == 0 ? "#444" : "#eee", LEFT - 6, py + 4, p));
        }
        for (double v = 0; v <= xMax + step / 2; v += step) {
            final double px = LEFT + plotW * v / xMax;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, TOP + PLOT_H, px,
                    TOP + PLOT_H + 5, px, TOP + PLOT_H + 18, ResponseColours.num(v)));
        }
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(16,%d) rotate(-90)\" text-anchor=\"middle\">"
                + "Volume (%%)</text>%n", TOP + PLOT_H / 2));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">Dose (%s)</text>%n",
                LEFT + plotW / 2, TOP + PLOT_H + 38, activityGBq == null ? "Gy per GBq of I-131"
                        : String.format(Locale.ROOT, "Gy at %.2f GBq of I-131", activityGBq)));
        for (int n = 0; n < labels.size(); n++) {
            final LabelDose l = labels.get(n);
            final String colour = COLOURS[n % COLOURS.length];
            final StringBuilder points = new StringBuilder();
            for (int i = 0; i < l.dvh().dosePerGBqGy().length; i++) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + plotW * l.dvh().dosePerGBqGy()[i]
                        * scale / xMax, TOP + PLOT_H * (1 - l.dvh().volumeFraction()[i])));
            }
            svg.append(String.format(Locale.ROOT, "<polyline class=\"dvh\" data-label=\"%d\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", l.label(), colour, points.toString().strip()));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"2\"/><text x=\"%d\" y=\"%d\">label %d</text>%n", LEFT + plotW + 12,
                    TOP + 10 + 18 * n, LEFT + plotW + 32, TOP + 10 + 18 * n, colour, LEFT + plotW + 38,
                    TOP + 14 + 18 * n, l.label()));
        }
        return svg.append("</svg>\n").toString();
    }
}
