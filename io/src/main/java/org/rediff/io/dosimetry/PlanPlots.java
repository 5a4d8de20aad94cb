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

    /**
     * The charts on a linear y axis.
     *
     * @param in the plan
     * @param r  its result
     * @return SVG by file name
     */
    public static Map<String, String> render(PlanInput in, PlanResult r) {
        return render(in, r, TimeActivityCurveSvg.Scale.LINEAR);
    }

    /**
     * The charts.
     *
     * @param in    the plan
     * @param r     its result
     * @param scale the y axis: linear or logarithmic
     * @return SVG by file name
     */
    public static Map<String, String> render(PlanInput in, PlanResult r, TimeActivityCurveSvg.Scale scale) {
        final Map<String, String> out = new LinkedHashMap<>();
        final String ther = in.therapy().code();
        out.put("whole_body.svg", chart("Whole body", r.wholeBody().fit(), "h", new TimeActivityCurve("whole_body",
                in.wholeBody()).convert(in.tracer(), in.therapy()), "% of administered (" + ther + ")", scale));
        out.put("blood.svg", chart("Blood", r.blood().fit(), "h/ml", new TimeActivityCurve("blood", in.bloodPerMl())
                .convert(in.tracer(), in.therapy()), "% of administered/ml (" + ther + ")", scale));
        for (int i = 0; i < in.lesions().size(); i++) {
            final LesionInput l = in.lesions().get(i);
            final PlanResult.Lesion lr = r.lesions().get(i);
            out.put("lesion-" + safe(l.id()) + ".svg", chart("Lesion " + l.id(), lr.fit(), "h",
                    new TimeActivityCurve("lesion " + l.id(), l.measurements()).dividedBy(lr.recoveryCoefficient())
                            .convert(in.tracer(), in.therapy()), "% of administered (" + ther + ")", scale));
        }
        return out;
    }

    private static String chart(String region, CurveFit.Evaluated fit, String unit, TimeActivityCurve points,
                                String yLabel, TimeActivityCurveSvg.Scale scale) {
        final String title = String.format(Locale.ROOT, "%s — %s, τ = %.4g %s", region, fit.model().code(),
                fit.residenceTimeHours(), unit);
        return TimeActivityCurveSvg.render(title, yLabel, points.points(), fit.curve(), scale);
    }

    /** File-name-safe lesion id. */
    public static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
