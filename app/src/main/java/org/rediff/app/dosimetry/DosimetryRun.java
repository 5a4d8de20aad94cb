package org.rediff.app.dosimetry;

import java.util.Map;
import org.rediff.core.dosimetry.PlanInput;
import org.rediff.core.dosimetry.PlanResult;
import org.rediff.io.dosimetry.PlanRecord;
import org.rediff.io.dosimetry.PlanReport;

/**
 * A finished plan.
 *
 * @param json   the plan JSON as submitted (the downloads post it again)
 * @param input  the validated input
 * @param result the dosimetry and prescription
 * @param plots    the time-activity curves as SVG on a linear y axis, keyed by file name (whole_body.svg,
 *                 blood.svg, lesion-ID.svg)
 * @param logPlots the same on a logarithmic y axis
 * @param record   the plan's record: patient id, administration and measurement date-times (optional fields)
 */
public record DosimetryRun(String json, PlanInput input, PlanResult result, Map<String, String> plots,
                           Map<String, String> logPlots, PlanRecord record) {
    public DosimetryRun {
        plots = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(plots));
        logPlots = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(logPlots));
    }

    /** The report map of {@code rediff dosimetry plan --format json}. */
    public Map<String, Object> report() {
        return PlanReport.toMap(result);
    }

    public String reportJson() {
        return PlanReport.toJson(result);
    }
}
