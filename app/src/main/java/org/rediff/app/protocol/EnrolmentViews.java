package org.rediff.app.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.io.json.JsonFields;
import org.rediff.io.outcomes.AdverseEventReport;
import org.rediff.io.outcomes.PatientResponse;
import org.rediff.io.outcomes.RecistReport;
import org.rediff.io.protocol.EnrolmentJson;
import org.rediff.service.protocol.EnrolmentOutcome;
import org.rediff.service.protocol.StoredEnrolment;

/**
 * An enrolment as the REST API returns it: the stored enrolment (decisions with their rule and numbers, the
 * prescription with its binding constraint), the schedule along the branches taken, the follow-up document and the
 * responses the outcome engines compute from it, in the same JSON as {@code rediff recist} and
 * {@code rediff adverse-events}.
 */
final class EnrolmentViews {
    private EnrolmentViews() {
    }

    static Map<String, Object> enrolment(StoredEnrolment e, ProtocolDefinition p, EnrolmentOutcome outcome) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("patient_id", e.patientId());
        m.put("version", e.version());
        m.put("protocol_title", p.title());
        m.putAll(EnrolmentJson.toMap(e.enrolment()));
        m.put("schedule", ProtocolJsonViews.schedule(e.enrolment().schedule(p)));
        m.put("follow_up", JsonFields.parse(e.followUp(), "follow-up"));
        m.put("outcome", outcome(outcome));
        return m;
    }

    static Map<String, Object> outcome(EnrolmentOutcome o) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("response", o.recist() == null ? null : RecistReport.toMap(new PatientResponse(o.followUp().recist(),
                o.recist(), o.thyroglobulin())));
        m.put("best_overall_response", o.recist() == null ? null : o.recist().bestOverallResponse().code());
        m.put("thyroglobulin_category", o.thyroglobulin() == null ? null : o.thyroglobulin().ataCategory().code());
        m.put("adverse_events", AdverseEventReport.toMap(o.adverseEvents()));
        return m;
    }
}
