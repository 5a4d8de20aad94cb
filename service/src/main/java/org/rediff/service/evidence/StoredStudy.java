package org.rediff.service.evidence;

import org.rediff.core.evidence.StudyRecord;

/**
 * A study as stored, with the row version an edit of it must name.
 *
 * @param record  the validated record
 * @param version its row version (1 when inserted, +1 with every update)
 */
public record StoredStudy(StudyRecord record, long version) {
}
