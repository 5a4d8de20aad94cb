/**
 * Outcome use cases both front ends call: a cohort's survival analysis ({@link
 * org.rediff.service.outcomes.CohortSurvival}) and one patient's RECIST 1.1 and thyroglobulin assessment ({@link
 * org.rediff.service.outcomes.ResponseAssessment}). Computation is in core, formats in io.
 */
package org.rediff.service.outcomes;
