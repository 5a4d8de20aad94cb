package org.rediff.service.protocol;

import org.rediff.core.common.InvalidInputException;
import org.rediff.core.response.AdverseEventSummary;
import org.rediff.core.response.RecistEvaluator;
import org.rediff.core.response.RecistResult;
import org.rediff.core.response.ThyroglobulinResponse;
import org.rediff.io.protocol.FollowUpJson;

/**
 * An enrolment's follow-up with the responses the outcome engines compute from it: RECIST 1.1 once there are
 * lesions and a baseline, the thyroglobulin response once there is a sample, and the adverse events by worst grade
 * (one treated patient).
 *
 * @param followUp       the follow-up as read
 * @param recist         the RECIST 1.1 evaluation, or null before lesions and a baseline are recorded
 * @param thyroglobulin  the thyroglobulin response, or null without samples
 * @param adverseEvents  the adverse-event summary for this patient
 */
public record EnrolmentOutcome(FollowUpJson.FollowUp followUp, RecistResult recist,
                               ThyroglobulinResponse.Result thyroglobulin, AdverseEventSummary.Result adverseEvents) {
    /** The worst CTCAE grade recorded, or null without events. */
    public Integer worstGrade() {
        return followUp.adverseEvents().stream().map(org.rediff.core.response.AdverseEvent::grade)
                .max(Integer::compare).orElse(null);
    }

    /**
     * Reads and evaluates a follow-up document of {@code e}.
     *
     * @throws InvalidInputException naming the path of the problem
     */
    static EnrolmentOutcome of(StoredEnrolment e, String document) {
        final String source = "follow-up of enrolment " + e.id();
        final FollowUpJson.FollowUp f = FollowUpJson.read(document, source, e.patientId());
        try {
            final RecistResult recist = f.evaluable() ? RecistEvaluator.evaluate(f.recist().lesions(),
                    f.recist().assessments(), f.recist().settings()) : null;
            final ThyroglobulinResponse.Result tg = f.recist().thyroglobulin() == null ? null
                    : f.recist().thyroglobulin().evaluate();
            return new EnrolmentOutcome(f, recist, tg, AdverseEventSummary.summarise(f.adverseEvents(), 1, false));
        } catch (InvalidInputException x) {
            throw x.inContext(source + ": ");
        }
    }
}
