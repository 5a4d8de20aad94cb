package org.rediff.core.patient;

import java.time.LocalDate;

/**
 * A therapy given before (or outside) the redifferentiation protocol.
 *
 * @param kind        the kind
 * @param date        when it was given
 * @param activityMBq administered 131I activity in MBq (only for {@link TherapyKind#I131}), else null
 * @param description what was given (e.g. "total thyroidectomy", "lenvatinib 24 mg")
 */
public record PriorTherapy(TherapyKind kind, LocalDate date, Double activityMBq, String description) {
}
