/**
 * The one append-only audit trail of every change to shared data (evidence records now, registry entities next):
 * entity, id, action, the acting {@link org.rediff.service.audit.Principal}, the time from an injected clock, and
 * the entity before and after as JSON. Rows are only ever inserted; nothing in the code updates or deletes them.
 */
package org.rediff.service.audit;
