package org.rediff.cli.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rediff.cli.OutputFormat;
import org.rediff.cli.evidence.EvidenceListCommand;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.design.DesignRequirements;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.service.design.EvidencePlanning;
import org.rediff.service.design.SingleArmPlanning;
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

    /**
     * The requirements, planned by the service layer's {@link SingleArmPlanning} (the same use case as the design
     * page's) from the shipped evidence base or the given values; the assumptions record says where they came from.
     */
    DesignRequirements requirements(Map<String, Object> assumptions) {
        SingleArmPlanning.FromEvidence evidence = null;
        if (evidenceOutcome != null) {
            final EvidenceSelection.Outcome outcome = switch (evidenceOutcome.toLowerCase(Locale.ROOT)) {
                case "uptake" -> EvidenceSelection.Outcome.UPTAKE;
                case "response" -> EvidenceSelection.Outcome.RESPONSE;
                default -> throw new InvalidInputException("--evidence-outcome must be uptake or response, got '"
                        + evidenceOutcome + "'");
            };
            evidence = new SingleArmPlanning.FromEvidence(outcome, evidenceGenotype == null ? null
                    : EvidenceListCommand.parseGenotype(evidenceGenotype), evidenceMeasure,
                    EvidencePlanning.From.parse(p0From, "p0_from"), EvidencePlanning.From.parse(p1From, "p1_from"));
        }
        final SingleArmPlanning.Planned planned = SingleArmPlanning.plan(new SingleArmPlanning.Request(p0, p1, alpha,
                beta, power, evidence, "given on the command line"), evidence == null ? List.of()
                : ShippedEvidence.load(), ShippedEvidence.dataVersion());
        assumptions.putAll(planned.assumptions());
        return planned.requirements();
    }

    static Map<String, Object> newAssumptions() {
        return new LinkedHashMap<>();
    }
}
