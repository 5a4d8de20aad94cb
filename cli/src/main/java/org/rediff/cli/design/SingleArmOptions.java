package org.rediff.cli.design;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rediff.cli.OutputFormat;
import org.rediff.cli.evidence.EvidenceListCommand;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.design.DesignRequirements;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.io.design.EvidencePlanning;
import org.rediff.io.evidence.ShippedEvidence;
import picocli.CommandLine.Option;

/** p0, p1, alpha and beta/power for single-arm designs, given directly or planned from the evidence base. */
public final class SingleArmOptions {
    @Option(names = "--p0", description = "Uninteresting response rate, in (0, 1).")
    Double p0;

    @Option(names = "--p1", description = "Desirable response rate, in (p0, 1).")
    Double p1;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Type I error, in (0, 0.5] (default 0.05).")
    double alpha;

    @Option(names = "--beta", description = "Type II error, in (0, 0.5] (or give --power).")
    Double beta;

    @Option(names = "--power", description = "Power, 1 - beta (default 0.8).")
    Double power;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--evidence-outcome", paramLabel = "uptake|response",
            description = "Plan p0/p1 from the shipped evidence base: pool this outcome (prospective cohorts).")
    String evidenceOutcome;

    @Option(names = "--evidence-genotype", paramLabel = "G", description = "Only cohorts of this genotype (e.g. RAS).")
    String evidenceGenotype;

    @Option(names = "--evidence-measure", defaultValue = "GLMM", description = "Pooling model (default GLMM).")
    PoolingModel evidenceMeasure;

    @Option(names = "--p0-from", defaultValue = "lower", description = "lower, estimate or upper (default lower CI "
            + "bound).")
    String p0From;

    @Option(names = "--p1-from", defaultValue = "estimate", description = "lower, estimate or upper (default the "
            + "pooled estimate).")
    String p1From;

    /** The requirements, and the assumptions record describing where p0 and p1 came from. */
    DesignRequirements requirements(Map<String, Object> assumptions) {
        if (beta != null && power != null) {
            throw new InvalidInputException("give --beta or --power, not both");
        }
        final double b = beta != null ? beta : power != null ? 1 - power : 0.2;
        double p0v;
        double p1v;
        if (evidenceOutcome != null) {
            final EvidenceSelection.Outcome outcome = switch (evidenceOutcome.toLowerCase(Locale.ROOT)) {
                case "uptake" -> EvidenceSelection.Outcome.UPTAKE;
                case "response" -> EvidenceSelection.Outcome.RESPONSE;
                default -> throw new InvalidInputException("--evidence-outcome must be uptake or response, got '"
                        + evidenceOutcome + "'");
            };
            final EvidencePlanning.Values v = EvidencePlanning.plan(ShippedEvidence.load(),
                    ShippedEvidence.dataVersion(), outcome, evidenceGenotype == null ? null
                            : EvidenceListCommand.parseGenotype(evidenceGenotype), evidenceMeasure,
                    EvidencePlanning.From.parse(p0From, "--p0-from"), EvidencePlanning.From.parse(p1From, "--p1-from"));
            p0v = p0 != null ? p0 : v.p0();
            p1v = p1 != null ? p1 : v.p1();
            assumptions.put("source", v.description());
            assumptions.put("study_ids", v.studyIds());
            assumptions.put("p0_overridden", p0 != null);
            assumptions.put("p1_overridden", p1 != null);
        } else {
            if (p0 == null || p1 == null) {
                throw new InvalidInputException("give --p0 and --p1, or plan them from the evidence with "
                        + "--evidence-outcome");
            }
            p0v = p0;
            p1v = p1;
            assumptions.put("source", "given on the command line");
        }
        assumptions.put("p0", p0v);
        assumptions.put("p1", p1v);
        assumptions.put("alpha", alpha);
        assumptions.put("beta", b);
        return new DesignRequirements(p0v, p1v, alpha, b);
    }

    static Map<String, Object> newAssumptions() {
        return new LinkedHashMap<>();
    }
}
