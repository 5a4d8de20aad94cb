/**
 * The registry's web front: the REST API {@code /api/v1/patients} with its nested sections and the audit trail
 * {@code /api/v1/audit}, and the patient pages; researchers see the pseudonymised view of {@link
 * org.rediff.service.patients.Pseudonyms}.
 */
package org.rediff.app.patients;
