/**
 * Outcomes in the web app. The cohort page ({@code /outcomes}) reads a cohort CSV (one row per patient: best change,
 * best response, progression-free follow-up, on-study flag; pasted, uploaded or the bundled invented example) through
 * {@code CohortCsv} and {@code SurvivalInput}, and shows a waterfall plot, a swimmer plot, Kaplan-Meier curves with
 * the number at risk, the survival tables of {@code SurvivalAnalysis} (landmarks, medians, log-rank, Cox) — the
 * path {@code rediff survival} takes — and the objective response rate with its exact Clopper-Pearson interval. The
 * RECIST worksheet ({@code /outcomes/recist}) runs the input of {@code rediff recist} through
 * {@code RecistEvaluator}, lays out every time point and draws the spider plot; the adverse-event page summarises a
 * CTCAE listing by worst grade, no event included, and flags near-duplicate terms. Both run through the REST API
 * ({@code POST /api/outcomes/survival}, {@code POST /api/outcomes/recist}); input the core rejects gives 400 with
 * its message. Nothing is stored.
 */
package org.rediff.app.outcomes;
