package org.rediff.app.outcomes;

import java.util.Map;
import org.rediff.io.outcomes.CohortCsv;
import org.rediff.io.outcomes.SurvivalAnalysis;

/**
 * An analysed cohort.
 *
 * @param csv       the cohort CSV as submitted (the downloads post it again)
 * @param form      the settings as entered
 * @param cohort    the patients
 * @param analysis  the survival analysis
 * @param waterfall waterfall plot (SVG)
 * @param swimmer   swimmer plot (SVG)
 * @param km        Kaplan-Meier curves with the number at risk (SVG)
 */
public record CohortRun(String csv, CohortForm form, CohortCsv cohort, SurvivalAnalysis analysis, String waterfall,
                        String swimmer, String km) {
    /** The survival report of {@code rediff survival --format json}. */
    public Map<String, Object> report() {
        return analysis.toMap();
    }
}
