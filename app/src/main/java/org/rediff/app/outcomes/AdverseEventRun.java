package org.rediff.app.outcomes;

import java.util.Map;
import org.rediff.core.response.AdverseEventSummary;
import org.rediff.io.outcomes.AdverseEventReport;

/**
 * A finished adverse-event summary.
 *
 * @param csv     the event listing as submitted (the download posts it again)
 * @param summary the summary
 */
public record AdverseEventRun(String csv, AdverseEventSummary.Result summary) {
    /** The report map of {@code rediff adverse-events --format json}. */
    public Map<String, Object> report() {
        return AdverseEventReport.toMap(summary);
    }

    public String reportJson() {
        return AdverseEventReport.toJson(summary);
    }
}
