package org.rediff.service.design;

import java.util.List;
import java.util.Locale;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.PooledProportion;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.PoolingOptions;
import org.rediff.core.evidence.ProportionMetaAnalysis;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.core.evidence.Tau2Method;
import org.rediff.io.evidence.EvidenceInputs;
import org.rediff.io.meta.MetaInput;

/**
 * Planning values for a single-arm design taken from the evidence base: pool the chosen outcome over the chosen
 * genotype's cohorts and take p0 and p1 from the pooled estimate or its confidence bounds, recording where they
 * came from (e.g. "RAS cohorts, uptake restoration, GLMM, lower CI bound as p0").
 */
public final class EvidencePlanning {
    private EvidencePlanning() {
    }

    /** Which number of the pooled result becomes a planning value. */
    public enum From { LOWER, ESTIMATE, UPPER;

        /** @param parameter the core name of the parameter ({@code p0_from} or {@code p1_from}) */
        public static From parse(String text, String parameter) {
            try {
                return valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw InvalidInputException.of(parameter, "'" + text + "'", "must be lower, estimate or upper");
            }
        }
    }

    /**
     * @param p0          planning p0
     * @param p1          planning p1
     * @param description where they came from
     * @param pooled      the pooled analysis
     * @param studyIds    cohorts pooled
     */
    public record Values(double p0, double p1, String description, PooledProportion pooled, List<String> studyIds) {
    }

    public static Values plan(List<StudyRecord> records, String dataVersion, EvidenceSelection.Outcome outcome,
                              StudyRecord.Genotype genotype, PoolingModel model, From p0From, From p1From) {
        final List<StudyRecord> chosen = genotype == null ? records
                : records.stream().filter(r -> r.regimen().genotype() == genotype).toList();
        final MetaInput input = EvidenceInputs.of(chosen, outcome, EvidenceSelection.DEFAULT_TYPES);
        if (input.studies().size() < 2) {
            throw InvalidInputException.of("evidence_genotype", genotype == null ? "all" : genotype.code(),
                    "must have at least 2 cohorts reporting " + outcome.code() + " to plan from the evidence; it has "
                    + input.studies().size());
        }
        final PooledProportion pooled = ProportionMetaAnalysis.pool(input.studies(),
                new PoolingOptions(model, Tau2Method.REML, false, 0.95));
        final double p0 = pick(pooled, p0From);
        final double p1 = pick(pooled, p1From);
        final String description = String.format(Locale.ROOT, "%s cohorts (k = %d: %s), %s, %s pooled %.3f [%.3f, "
                        + "%.3f]; %s as p0 = %.3f, %s as p1 = %.3f; evidence base %s",
                genotype == null ? "all genotype" : genotype.name(), pooled.k(), String.join(", ", input.columns()
                        .get("id")), outcome == EvidenceSelection.Outcome.UPTAKE ? "uptake restoration"
                        : "objective response", model.name() + (model == PoolingModel.GLMM ? "" : "/REML"),
                pooled.estimate(), pooled.ciLower(), pooled.ciUpper(), label(p0From), p0, label(p1From), p1,
                dataVersion);
        return new Values(p0, p1, description, pooled, input.columns().get("id"));
    }

    private static double pick(PooledProportion p, From from) {
        return switch (from) {
            case LOWER -> p.ciLower();
            case ESTIMATE -> p.estimate();
            case UPPER -> p.ciUpper();
        };
    }

    private static String label(From from) {
        return switch (from) {
            case LOWER -> "lower 95% CI bound";
            case ESTIMATE -> "pooled estimate";
            case UPPER -> "upper 95% CI bound";
        };
    }
}
