package org.rediff.app.design;

import java.util.List;
import java.util.Map;
import org.rediff.core.design.DesignRequirements;
import org.rediff.core.design.SimonTwoStage;
import org.rediff.core.design.SingleStageExact;
import org.rediff.core.design.SurvivalSampleSize;
import org.rediff.core.design.TwoProportions;
import org.rediff.io.design.DesignReport;

/**
 * A computed design. Only the fields of its type are set.
 *
 * @param type         which design
 * @param params       the parameters as given (the downloads repeat them)
 * @param planning     where p0 and p1 came from when planned from the evidence, else null
 * @param requirements single-arm p0, p1, α and β, else null
 * @param simon        Simon's designs
 * @param single       the single-stage designs
 * @param twoArm       one row per sample-size method
 * @param survival     events and patients
 * @param report       the JSON report: a {@link DesignReport} map with the assumptions
 * @param ocSvg        the operating-characteristics plot (single-arm designs), the power curve (time-to-event),
 *                     else null
 * @param title        what was designed, for headings and the plot
 * @param warnings     the core's warnings and notes on the planning values
 */
public record DesignResult(DesignType type, DesignParams params, Planning planning, DesignRequirements requirements,
                           SimonTwoStage.Result simon, SingleStageExact.Result single, List<TwoArm> twoArm,
                           SurvivalSampleSize.Result survival, Map<String, Object> report, String ocSvg,
                           String title, List<String> warnings) {
    public DesignResult {
        twoArm = twoArm == null ? List.of() : List.copyOf(twoArm);
        warnings = List.copyOf(warnings);
    }

    /**
     * Planning values taken from the evidence base.
     *
     * @param values        the pooled result, the values and their description
     * @param outcome       uptake or response
     * @param genotype      genotype code, or "all"
     * @param measure       pooling model
     * @param p0From        lower, estimate or upper
     * @param p1From        lower, estimate or upper
     * @param p0Overridden  whether p0 was entered instead
     * @param p1Overridden  whether p1 was entered instead
     * @param dataVersion   version of the stored evidence base
     */
    public record Planning(org.rediff.service.design.EvidencePlanning.Values values, String outcome, String genotype,
                           String measure, String p0From, String p1From, boolean p0Overridden,
                           boolean p1Overridden, String dataVersion) {
    }

    /**
     * A two-arm sample size by one method.
     *
     * @param code   normal, cc or exact
     * @param result the sizes, or null when not computed
     * @param note   why it was not computed, else null
     */
    public record TwoArm(String code, TwoProportions.Result result, String note) {
    }

    /** The report as indented JSON. */
    public String reportJson() {
        return DesignReport.json(report);
    }

    /** The parameters as a query string for the downloads. */
    public String query() {
        return params.query();
    }
}
