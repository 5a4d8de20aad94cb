package org.rediff.service.protocol;

import org.rediff.core.protocol.Enrolment;

/**
 * An enrolment as stored.
 *
 * @param id        the enrolment's id
 * @param patientId the registry patient
 * @param enrolment the enrolment
 * @param followUp  the follow-up document (io FollowUpJson)
 * @param version   its row version
 */
public record StoredEnrolment(long id, String patientId, Enrolment enrolment, String followUp, long version) {
}
