package org.rediff.app.outcomes;

import java.util.Map;
import org.rediff.core.response.RecistResult;
import org.rediff.io.outcomes.PatientResponse;
import org.rediff.io.outcomes.RecistInputJson;
import org.rediff.io.outcomes.RecistReport;

/**
 * A finished RECIST (and thyroglobulin) evaluation.
 *
 * @param json     the input JSON as submitted (the download posts it again)
 * @param response the evaluation
 */
public record RecistRun(String json, PatientResponse response) {
    public RecistInputJson.Input input() {
        return response.input();
    }

    public RecistResult result() {
        return response.recist();
    }

    /** The report map of {@code rediff recist --format json}. */
    public Map<String, Object> report() {
        return RecistReport.toMap(response);
    }

    public String reportJson() {
        return RecistReport.toJson(response);
    }
}
