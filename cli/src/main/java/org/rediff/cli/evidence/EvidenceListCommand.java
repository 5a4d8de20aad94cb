package org.rediff.cli.evidence;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rediff.cli.OutputFormat;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.StudyRecordCsv;
import org.rediff.io.evidence.StudyRecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the evidence records. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the study cohorts of the evidence base (JSON: an array of the full structured records, "
                + "snake_case keys and the CSV's codes, as GET /api/evidence gives them).")
public final class EvidenceListCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--genotype", paramLabel = "G",
            description = "Only this genotype cohort: BRAF_V600E, BRAF_other, RAS, BRAF_wild_type, RET_fusion, "
                    + "NTRK_fusion, mixed, not_applicable.")
    String genotype;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    EvidenceSource source;

    @Override
    public Integer call() {
        List<StudyRecord> records = source.load();
        if (genotype != null) {
            final StudyRecord.Genotype wanted = parseGenotype(genotype);
            records = records.stream().filter(r -> r.regimen().genotype() == wanted).toList();
        }
        final PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(StudyRecordJson.write(records));
        } else {
            out.printf(Locale.ROOT, "%-6s %-46s %-15s %-22s %9s %9s %-10s%n", "id", "label", "genotype", "drugs",
                    "uptake", "response", "confidence");
            for (StudyRecord r : records) {
                out.printf(Locale.ROOT, "%-6s %-46s %-15s %-22s %9s %9s %-10s%n", r.id(), trim(r.label(), 46),
                        StudyRecordCsv.code(r.regimen().genotype()), trim(String.join("+", r.regimen().drugs()), 22),
                        ratio(r.uptake().restored(), r.uptake().evaluable()),
                        ratio(r.response().responders(), r.response().denominator()),
                        r.confidence() == null ? "" : trim(r.confidence(), 10));
            }
            out.printf("%d record(s) from the %s%n", records.size(), source.describe());
        }
        out.flush();
        return 0;
    }

    public static StudyRecord.Genotype parseGenotype(String text) {
        for (StudyRecord.Genotype g : StudyRecord.Genotype.values()) {
            if (g.code().equalsIgnoreCase(text) || g.name().equalsIgnoreCase(text)) {
                return g;
            }
        }
        throw new InvalidInputException("--genotype must be one of BRAF_V600E, BRAF_other, RAS, BRAF_wild_type, "
                + "RET_fusion, NTRK_fusion, mixed, not_applicable; got '" + text + "'");
    }

    private static String ratio(Integer a, Integer b) {
        return a == null || b == null ? "-" : a + "/" + b;
    }

    private static String trim(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "…";
    }
}
