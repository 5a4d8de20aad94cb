package org.rediff.io.dosimetry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rediff.core.dosimetry.CurveFit;
import org.rediff.core.dosimetry.LesionInput;
import org.rediff.core.dosimetry.PlanInput;
import org.rediff.core.dosimetry.PlanResult;
import org.rediff.core.dosimetry.TimeActivityCurve;
import org.rediff.io.chart.TimeActivityCurveSvg;

/** The time-activity curves of a plan as SVG charts, keyed by file name (whole_body.svg, blood.svg, lesion-ID.svg). */
public final class PlanPlots {
    private PlanPlots() {
    }

    public static Map<String, String> render(PlanInput in, PlanResult r) {
        final Map<String, String> out = new LinkedHashMap<>();
        final String ther = in.therapy().code();
        out.put("whole_body.svg", chart("Whole body", r.wholeBody().fit(), new TimeActivityCurve("whole_body",
                in.wholeBody()).convert(in.tracer(), in.therapy()), "% of administered (" + ther + ")", in));
        out.put("blood.svg", chart("Blood (per ml)", r.blood().fit(), new TimeActivityCurve("blood", in.bloodPerMl())
                .convert(in.tracer(), in.therapy()), "% of administered per ml (" + ther + ")", in));
        for (int i = 0; i < in.lesions().size(); i++) {
            final LesionInput l = in.lesions().get(i);
            final PlanResult.Lesion lr = r.lesions().get(i);
            out.put("lesion-" + safe(l.id()) + ".svg", chart("Lesion " + l.id(), lr.fit(),
                    new TimeActivityCurve("lesion " + l.id(), l.measurements()).dividedBy(lr.recoveryCoefficient())
                            .convert(in.tracer(), in.therapy()), "% of administered (" + ther + ")", in));
        }
        return out;
    }

    private static String chart(String region, CurveFit.Evaluated fit, TimeActivityCurve points, String yLabel,
                                PlanInput in) {
        final String title = String.format(Locale.ROOT, "%s — %s, τ = %.4g h%s", region, fit.model().code(),
                fit.residenceTimeHours(), in.tracer() == in.therapy() ? "" : " (" + in.tracer().code() + " → "
                        + in.therapy().code() + ")");
        return TimeActivityCurveSvg.render(title, yLabel, points.points(), fit.curve());
    }

    /** File-name-safe lesion id. */
    public static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
