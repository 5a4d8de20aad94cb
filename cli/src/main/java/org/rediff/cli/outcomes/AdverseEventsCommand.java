package org.rediff.cli.outcomes;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rediff.cli.OutputFormat;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.response.AdverseEvent;
import org.rediff.core.response.AdverseEventSummary;
import org.rediff.io.outcomes.AdverseEventCsv;
import org.rediff.io.outcomes.AdverseEventReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Per-cohort adverse-event summary from an event listing (CTCAE v5.0). */
@Command(name = "adverse-events", mixinStandardHelpOptions = true,
        description = {"Adverse-event summary of one cohort by each patient's worst CTCAE v5.0 grade: patients per "
                + "worst grade, grade >= 3, interruptions or dose reductions, withdrawals (the ITOG 2025 Table 4 "
                + "columns), and per-term counts; percentages of all treated patients.",
                "Input CSV, one row per event: patient, term, grade (1-5), attribution (unrelated|unlikely|possible|"
                        + "probable|definite), onset (yyyy-mm-dd), and optionally resolution (yyyy-mm-dd, empty "
                        + "while ongoing) and action (none|dose_reduced|interrupted|withdrawn)."})
public final class AdverseEventsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "Event listing.")
    Path input;

    @Option(names = "--treated", required = true, paramLabel = "N", description = "Patients treated: the "
            + "denominator, including patients without events.")
    int treated;

    @Option(names = "--related-only", description = "Count only events possibly, probably or definitely related "
            + "to the drug.")
    boolean relatedOnly;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        if (treated < 1) {
            throw new InvalidInputException("--treated must be a whole number >= 1 (patients treated), got "
                    + treated);
        }
        final List<AdverseEvent> events;
        try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            events = AdverseEventCsv.read(reader, input.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("--input " + input + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException("--input " + input + ": cannot read: " + e.getMessage());
        }
        final AdverseEventSummary.Result r;
        try {
            r = AdverseEventSummary.summarise(events, treated, relatedOnly);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(input + " with --treated " + treated + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println(format == OutputFormat.json ? AdverseEventReport.toJson(r)
                : AdverseEventReport.toText(r));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
