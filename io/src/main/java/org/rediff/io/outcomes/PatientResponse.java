package org.rediff.io.outcomes;

import org.rediff.core.response.RecistResult;
import org.rediff.core.response.ThyroglobulinResponse;

/**
 * One patient's response assessment as rendered by {@link RecistReport}: the input, its RECIST 1.1 evaluation and,
 * when the input has a thyroglobulin section, the biochemical response (computed by the service layer's
 * {@code ResponseAssessment}).
 *
 * @param input         the parsed input
 * @param recist        the RECIST 1.1 evaluation
 * @param thyroglobulin the thyroglobulin evaluation, or null when the input has no thyroglobulin section
 */
public record PatientResponse(RecistInputJson.Input input, RecistResult recist,
                              ThyroglobulinResponse.Result thyroglobulin) {
}
