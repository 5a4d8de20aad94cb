package org.rediff.cli.evidence;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rediff.cli.meta.PoolingArguments;
import org.rediff.cli.meta.ReportPrinter;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.service.synthesis.EvidenceSynthesis;
import org.rediff.io.meta.MetaReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Pools an outcome over the evidence base. */
@Command(name = "pool", mixinStandardHelpOptions = true,
        description = {"Pool uptake restoration or objective response over the evidence base.",
                "By default only prospective trials and their genotype cohorts enter (case reports and retrospective "
                        + "series are selected for success); a study split into genotype cohorts enters through its "
                        + "cohorts. --by and --mods take study attributes: " + "genotype, drugs, record_type, "
                        + "uptake_method, tsh_stimulation, i131_activity_rule, dosimetry, days_on_drug_before_uptake, "
                        + "i131_activity_mean_gbq, year."})
public final class EvidencePoolCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--outcome", required = true, description = "uptake or response.")
    String outcome;

    @Option(names = "--types", split = ",", paramLabel = "TYPE[,TYPE...]",
            description = "Record types to include (default prospective_trial,trial_cohort; also "
                    + "retrospective_series, case_report).")
    List<String> types;

    @Mixin
    PoolingArguments pooling;

    @Mixin
    EvidenceSource source;

    @Override
    public Integer call() {
        final EvidenceSelection.Outcome chosen = switch (outcome.toLowerCase(Locale.ROOT)) {
            case "uptake" -> EvidenceSelection.Outcome.UPTAKE;
            case "response" -> EvidenceSelection.Outcome.RESPONSE;
            default -> throw new InvalidInputException("--outcome must be uptake or response, got '" + outcome + "'");
        };
        final Set<StudyRecord.RecordType> kinds = types == null ? EvidenceSelection.DEFAULT_TYPES : parseTypes(types);
        final Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("input", source.describe());
        final MetaReport report = EvidenceSynthesis.pool(source.load(), chosen, kinds, pooling.options(),
                pooling.by(), pooling.mods(), pooling.leaveOneOut(), provenance).report();
        ReportPrinter.emit(report, pooling, "Pooled " + chosen.code() + " (" + source.describe() + ")",
                spec.commandLine().getOut());
        return 0;
    }

    private static Set<StudyRecord.RecordType> parseTypes(List<String> names) {
        final Set<StudyRecord.RecordType> out = EnumSet.noneOf(StudyRecord.RecordType.class);
        for (String n : names) {
            try {
                out.add(StudyRecord.RecordType.parse(n.trim()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("--types: unknown record type '" + n + "'; allowed: prospective_trial,"
                        + " trial_cohort, retrospective_series, case_report");
            }
        }
        return out;
    }
}
