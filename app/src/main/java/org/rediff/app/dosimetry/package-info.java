/**
 * Pre-therapeutic dosimetry in the web app: the plan JSON of {@code rediff dosimetry plan} (pasted, uploaded or the
 * shipped example) goes through {@code PlanInputJson} and {@code DosimetryPlanner} — the path the CLI takes — and
 * the page shows the fitted time-activity curves, lesion and blood doses, the retention limit and the 131I
 * prescription with its binding constraint, method and warnings; the same plan downloads as a printable HTML report
 * and as the JSON report, and runs through {@code POST /api/dosimetry/plan}. Nothing is stored.
 */
package org.rediff.app.dosimetry;
