package org.rediff.cli.outcomes;

import org.rediff.service.outcomes.CohortSurvival;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rediff.cli.OutputFormat;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.survival.ConfidenceType;
import org.rediff.core.survival.CoxModel;
import org.rediff.io.outcomes.SurvivalAnalysis;
import org.rediff.io.outcomes.SurvivalInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Kaplan-Meier, log-rank and Cox from a CSV file, as R's survival package. */
@Command(name = "survival", mixinStandardHelpOptions = true,
        description = {"Kaplan-Meier (Greenwood variance; log, log-log or plain CI), medians with CI as R computes "
                + "them, survival at landmark times with the number at risk, log-rank test for k groups, Cox "
                + "proportional hazards (Efron or Breslow ties; categorical covariates against the first sorted "
                + "level; factor(COL) treats a numeric column as categorical)."})
public final class SurvivalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "Data, one row per subject.")
    Path input;

    @Option(names = "--time", required = true, paramLabel = "COL", description = "Follow-up time column.")
    String time;

    @Option(names = "--event", required = true, paramLabel = "COL", description = "Event column: 1 event, 0 censored.")
    String event;

    @Option(names = "--group", paramLabel = "COL", description = "Group column (curves per group, log-rank test).")
    String group;

    @Option(names = "--covariates", split = ",", paramLabel = "A,B", description = "Cox covariates.")
    List<String> covariates = new ArrayList<>();

    @Option(names = "--times", split = ",", paramLabel = "T1,T2", description = "Landmark times (default: every "
            + "event time).")
    List<Double> times = new ArrayList<>();

    @Option(names = "--conf-type", defaultValue = "log", description = "log (default), log-log or plain.")
    String confType;

    @Option(names = "--ties", defaultValue = "efron", description = "efron (default) or breslow.")
    String ties;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--plot", paramLabel = "FILE.svg", description = "Kaplan-Meier curves with CI bands and a "
            + "number-at-risk table as SVG.")
    Path plot;

    @Override
    public Integer call() {
        final ConfidenceType type = ConfidenceType.parse(confType);
        final CoxModel.Ties tieMethod = CoxModel.Ties.parse(ties);
        for (double t : times) {
            if (!(t >= 0) || !Double.isFinite(t)) {
                throw new InvalidInputException("--times must be numbers >= 0, got " + t);
            }
        }
        final SurvivalInput in;
        try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            in = SurvivalInput.read(reader, input.toString(), time, event, group, covariates);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("--input " + input + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException("--input " + input + ": cannot read: " + e.getMessage());
        }
        final SurvivalAnalysis a;
        try {
            a = CohortSurvival.run(in, times, type, tieMethod, 0.95);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(input + ": " + e.getMessage());
        }
        final String rendered = format == OutputFormat.json ? a.toJson() : a.toText();
        if (plot != null) {
            writePlot(a, in);
        }
        spec.commandLine().getOut().println(rendered);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void writePlot(SurvivalAnalysis a, SurvivalInput in) {
        final String svg = a.kaplanMeierSvg("Kaplan-Meier: " + input.getFileName(), time);
        try {
            final Path dir = plot.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            final Path tmp = Files.createTempFile(dir, ".rediff-", ".tmp");
            Files.writeString(tmp, svg, StandardCharsets.UTF_8);
            Files.move(tmp, plot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidInputException("--plot " + plot + ": cannot write: " + e.getMessage());
        }
    }
}
