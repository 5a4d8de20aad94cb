package org.rediff.cli.meta;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rediff.core.common.InvalidInputException;
import org.rediff.service.synthesis.MetaAnalysisRunner;
import org.rediff.io.meta.MetaInput;
import org.rediff.io.meta.MetaInputCsv;
import org.rediff.io.meta.MetaReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Meta-analysis of proportions from a CSV file, agreeing with R metafor. */
@Command(name = "meta", mixinStandardHelpOptions = true,
        description = {"Pool proportions (events/total) from a CSV file as R metafor does: PR, PLO, PAS, PFT or the "
                + "binomial-normal GLMM; tau² by REML, DL, PM, ML, HS, SJ or EB; Knapp-Hartung; subgroups; "
                + "meta-regression; forest plot.",
                "Input: CSV with a header, a 'study' column and the counts (columns 'events' and 'total' unless "
                        + "--events/--total name others)."})
public final class MetaCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "Input CSV file.")
    Path input;

    @Option(names = "--events", defaultValue = "events", paramLabel = "COL", description = "Events column.")
    String events;

    @Option(names = "--total", defaultValue = "total", paramLabel = "COL", description = "Totals column.")
    String total;

    @Mixin
    PoolingArguments pooling;

    @Override
    public Integer call() {
        final var options = pooling.options();
        final List<String> extra = new ArrayList<>();
        if (pooling.by != null) {
            extra.add(pooling.by);
        }
        if (pooling.mods != null) {
            extra.addAll(pooling.mods);
        }
        final MetaInput data;
        try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            data = MetaInputCsv.read(in, input.toString(), events, total, extra);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("--input " + input + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException("--input " + input + ": cannot read: " + e.getMessage());
        }
        final Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("input", input.toString());
        final MetaReport report;
        try {
            report = MetaAnalysisRunner.run(data, options, pooling.by, pooling.mods, pooling.leaveOneOut,
                    provenance);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(input + ": " + e.getMessage());
        }
        ReportPrinter.emit(report, pooling, "Meta-analysis of " + input.getFileName(), spec.commandLine().getOut());
        return 0;
    }
}
