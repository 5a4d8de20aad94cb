package org.rediff.service.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.design.DesignRequirements;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.StudyRecord;

/**
 * The requirements of a single-arm design (Simon two-stage or single-stage exact), with p0 and p1 given or planned
 * from the evidence base, and the record of where they came from: the one use case behind {@code rediff design
 * simon|single} and the design page. Parameters carry the core's names ({@code p0}, {@code beta},
 * {@code evidence_outcome}); each front end renders them its own way.
 */
public final class SingleArmPlanning {
    private SingleArmPlanning() {
    }

    /**
     * What to plan from the evidence.
     *
     * @param outcome  the pooled outcome
     * @param genotype only cohorts of this genotype, or null for all
     * @param measure  the pooling model
     * @param p0From   which number of the pooled result becomes p0
     * @param p1From   which number becomes p1
     */
    public record FromEvidence(EvidenceSelection.Outcome outcome, StudyRecord.Genotype genotype, PoolingModel measure,
                               EvidencePlanning.From p0From, EvidencePlanning.From p1From) {
    }

    /**
     * The request.
     *
     * @param p0       given p0, or null (required unless planned)
     * @param p1       given p1, or null (required unless planned)
     * @param alpha    type I error
     * @param beta     type II error, or null
     * @param power    power 1 − β, or null (not both with beta; neither means β = 0.2)
     * @param evidence what to plan from, or null when p0 and p1 are given
     * @param givenAs  how to describe given values in the assumptions (e.g. "given on the command line")
     */
    public record Request(Double p0, Double p1, double alpha, Double beta, Double power, FromEvidence evidence,
                          String givenAs) {
    }

    /**
     * The planned design inputs.
     *
     * @param requirements the validated p0, p1, α, β
     * @param assumptions  where they came from (source, study ids, overrides, the pooled evidence, the values)
     * @param planned      the evidence planning, or null when p0 and p1 were given
     * @param warnings     given values that replaced planned ones
     */
    public record Planned(DesignRequirements requirements, Map<String, Object> assumptions,
                          EvidencePlanning.Values planned, List<String> warnings) {
    }

    /**
     * @param records     the evidence base to plan from (unused when p0 and p1 are given)
     * @param dataVersion its data version, recorded in the assumptions
     * @throws InvalidInputException naming the parameters at fault
     */
    public static Planned plan(Request r, List<StudyRecord> records, String dataVersion) {
        if (r.beta() != null && r.power() != null) {
            throw InvalidInputException.of("beta", r.beta(), "cannot be given with {power}; give one of them");
        }
        final double beta = r.beta() != null ? r.beta() : r.power() != null ? 1 - r.power() : 0.2;
        final Map<String, Object> assumptions = new LinkedHashMap<>();
        final List<String> warnings = new ArrayList<>();
        EvidencePlanning.Values v = null;
        final double p0;
        final double p1;
        if (r.evidence() != null) {
            final FromEvidence e = r.evidence();
            v = EvidencePlanning.plan(records, dataVersion, e.outcome(), e.genotype(), e.measure(), e.p0From(),
                    e.p1From());
            p0 = r.p0() != null ? r.p0() : v.p0();
            p1 = r.p1() != null ? r.p1() : v.p1();
            assumptions.put("source", v.description());
            assumptions.put("study_ids", v.studyIds());
            assumptions.put("p0_overridden", r.p0() != null);
            assumptions.put("p1_overridden", r.p1() != null);
            final Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("outcome", e.outcome().code());
            evidence.put("genotype", e.genotype() == null ? "all" : e.genotype().code());
            evidence.put("measure", e.measure().name());
            evidence.put("p0_from", e.p0From().name().toLowerCase(Locale.ROOT));
            evidence.put("p1_from", e.p1From().name().toLowerCase(Locale.ROOT));
            evidence.put("k", v.pooled().k());
            evidence.put("estimate", v.pooled().estimate());
            evidence.put("ci_lower", v.pooled().ciLower());
            evidence.put("ci_upper", v.pooled().ciUpper());
            evidence.put("data_version", dataVersion);
            assumptions.put("evidence", evidence);
            if (r.p0() != null) {
                warnings.add(String.format(Locale.ROOT, "p0 = %s was entered instead of the evidence's %.4f",
                        upTo6(r.p0()), v.p0()));
            }
            if (r.p1() != null) {
                warnings.add(String.format(Locale.ROOT, "p1 = %s was entered instead of the evidence's %.4f",
                        upTo6(r.p1()), v.p1()));
            }
        } else {
            if (r.p0() == null || r.p1() == null) {
                throw InvalidInputException.of(r.p0() == null ? "p0" : "p1", null, "is needed: give {p0} and {p1}, "
                        + "or plan them from the evidence ({evidence_outcome})");
            }
            p0 = r.p0();
            p1 = r.p1();
            assumptions.put("source", r.givenAs());
        }
        assumptions.put("p0", p0);
        assumptions.put("p1", p1);
        assumptions.put("alpha", r.alpha());
        assumptions.put("beta", beta);
        return new Planned(new DesignRequirements(p0, p1, r.alpha(), beta), assumptions, v, warnings);
    }

    /** Up to 6 decimals without trailing zeros, as the pages print entered values. */
    private static String upTo6(double v) {
        final BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
