package org.rediff.app.outcomes;

import java.util.Map;
import org.rediff.core.response.RecistResult;
import org.rediff.io.outcomes.RecistInputJson;
import org.rediff.io.outcomes.RecistReport;

/**
 * A finished RECIST evaluation.
 *
 * @param json   the input JSON as submitted (the download posts it again)
 * @param input  the parsed input
 * @param result the evaluation
 */
public record RecistRun(String json, RecistInputJson.Input input, RecistResult result) {
    /** The report map of {@code rediff recist --format json}. */
    public Map<String, Object> report() {
        return RecistReport.toMap(result);
    }

    public String reportJson() {
        return RecistReport.toJson(result);
    }
}
