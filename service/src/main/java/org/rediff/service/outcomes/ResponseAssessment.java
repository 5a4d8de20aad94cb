package org.rediff.service.outcomes;

import org.rediff.core.common.InvalidInputException;
import org.rediff.core.response.RecistEvaluator;
import org.rediff.core.response.RecistResult;
import org.rediff.core.response.ThyroglobulinResponse;
import org.rediff.io.outcomes.PatientResponse;
import org.rediff.io.outcomes.RecistInputJson;

/**
 * One patient's response assessment, the one use case behind {@code rediff recist} and the RECIST worksheet page:
 * RECIST 1.1 from the lesion measurements and, when the input has a thyroglobulin section, the biochemical
 * response.
 */
public final class ResponseAssessment {
    private ResponseAssessment() {
    }

    /**
     * @param source what the input is called in messages (a file name)
     * @throws InvalidInputException naming the source and the lesion, assessment or sample
     */
    public static PatientResponse evaluate(RecistInputJson.Input in, String source) {
        try {
            final RecistResult recist = RecistEvaluator.evaluate(in.lesions(), in.assessments(), in.settings());
            final ThyroglobulinResponse.Result tg = in.thyroglobulin() == null ? null : in.thyroglobulin().evaluate();
            return new PatientResponse(in, recist, tg);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
    }
}
