/**
 * The registry's patients as shared, audited data: {@link org.rediff.service.patients.PatientStore} keeps each
 * record (validated by the core's rules) as one row with a row version, every create, update and delete in the
 * generic audit trail with the record before and after.
 */
package org.rediff.service.patients;
