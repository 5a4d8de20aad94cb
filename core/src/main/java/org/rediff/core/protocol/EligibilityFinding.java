package org.rediff.core.protocol;

/**
 * One eligibility criterion for one patient.
 *
 * @param criterion what is checked
 * @param met       true when met, false when not, null when the record does not say (checked by the clinician)
 * @param detail    the patient's value against the protocol's
 */
public record EligibilityFinding(String criterion, Boolean met, String detail) {
}
