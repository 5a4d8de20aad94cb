/**
 * The evidence base in the web app: the pages, exports, edit form and REST endpoints over the service layer's
 * {@link org.rediff.service.evidence.EvidenceStore}. Every record is validated by {@code StudyRecord} and
 * {@code StudyRecordCsv} on its way in and out of the database.
 */
package org.rediff.app.evidence;
