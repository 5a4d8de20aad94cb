package org.rediff.io.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.rediff.core.response.Response;

/** The colours and labels of RECIST responses, shared by the waterfall and the swimmer plot. */
final class ResponseColours {
    /** Colour of a bar without a response. */
    static final String NONE = "#8a96a3";

    private ResponseColours() {
    }

    static String colour(Response r) {
        if (r == null) {
            return NONE;
        }
        return switch (r) {
            case CR -> "#0b4f6c";
            case PR -> "#3b8fd0";
            case SD -> "#e3a72f";
            case NON_CR_NON_PD -> "#b7a46a";
            case PD -> "#c0392b";
            case NE -> "#b0b6bd";
        };
    }

    static String label(Response r) {
        if (r == null) {
            return "not given";
        }
        return r.label();
    }

    static String code(Response r) {
        return r == null ? "none" : r.code();
    }

    /** The responses that occur, in legend order (CR, PR, SD, non-CR/non-PD, PD, NE, not given). */
    static List<Response> present(Collection<Response> responses) {
        final List<Response> out = new ArrayList<>();
        for (Response r : new Response[] {Response.CR, Response.PR, Response.SD, Response.NON_CR_NON_PD, Response.PD,
                Response.NE}) {
            if (responses.contains(r)) {
                out.add(r);
            }
        }
        if (responses.contains(null)) {
            out.add(null);
        }
        return out;
    }

    /** A legend row of coloured squares, starting at (x, y); returns the SVG. */
    static String legend(List<Response> responses, double x, double y) {
        final StringBuilder s = new StringBuilder("<g class=\"legend\">");
        double px = x;
        for (Response r : responses) {
            final String label = label(r);
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"11\" height=\"11\" fill=\"%s\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\">%s</text>", px, y - 10, colour(r), px + 15, y, label));
            px += 15 + 7.5 * label.length() + 14;
        }
        return s.append("</g>\n").toString();
    }

    /** A number for data attributes and tooltips: at most one decimal, no exponent. */
    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Like KaplanMeierSvg's: the next 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k at or above v. */
    static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        final double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= v * (1 - 1e-12)) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** A tick step of 1, 2 or 5 × 10^k giving about {@code target} intervals over span. */
    static double tickStep(double span, int target) {
        final double raw = span / target;
        final double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw * (1 - 1e-12)) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
