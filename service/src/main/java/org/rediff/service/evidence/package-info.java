/**
 * The evidence base as shared, audited data: {@link org.rediff.service.evidence.EvidenceStore} keeps the study
 * records in the database (seeded from the shipped base, corrected by imports and the web form), with optimistic
 * locking and every change in the generic audit trail.
 */
package org.rediff.service.evidence;
