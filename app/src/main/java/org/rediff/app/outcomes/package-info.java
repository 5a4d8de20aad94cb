/**
 * Outcomes in the web app. The cohort page ({@code /outcomes}) reads a cohort CSV (one row per patient: best change,
 * best response, progression-free follow-up, on-study flag; pasted, uploaded or the bundled invented example) through
 * {@code CohortCsv} and {@code SurvivalInput}, and shows a waterfall plot, a swimmer plot, Kaplan-Meier curves with
 * the number at risk, and the survival tables of {@code SurvivalAnalysis} (landmarks, medians, log-rank, Cox) — the
 * path {@code rediff survival} takes. The RECIST worksheet ({@code /outcomes/recist}) runs the input of
 * {@code rediff recist} through {@code RecistEvaluator} and lays out every time point. Both run through the REST API
 * ({@code POST /api/outcomes/survival}, {@code POST /api/outcomes/recist}); input the core rejects gives 400 with
 * its message. Nothing is stored.
 */
package org.rediff.app.outcomes;
