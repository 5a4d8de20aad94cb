/**
 * The evidence base in the web app: its persistence with an audit trail ({@link org.rediff.app.evidence.EvidenceStore},
 * usable without Spring by the CLI), and the pages, exports, edit form and REST endpoints over it. Every record is
 * validated by {@code StudyRecord} and {@code StudyRecordCsv} on its way in and out of the database.
 */
package org.rediff.app.evidence;
