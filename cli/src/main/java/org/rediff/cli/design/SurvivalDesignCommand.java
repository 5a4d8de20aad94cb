package org.rediff.cli.design;

import java.util.concurrent.Callable;
import org.rediff.cli.OutputFormat;
import org.rediff.core.design.SurvivalSampleSize;
import org.rediff.io.design.DesignReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Time-to-event comparison. */
@Command(name = "survival", mixinStandardHelpOptions = true,
        description = "Events for a log-rank comparison (Schoenfeld 1981), and patients under exponential survival "
                + "with uniform accrual when --median-control, --accrual and --follow-up are given (same time unit).")
public final class SurvivalDesignCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--hr", required = true, description = "Hazard ratio to detect (not 1).")
    double hr;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Two-sided type I error (default 0.05).")
    double alpha;

    @Option(names = "--power", defaultValue = "0.8", description = "Power (default 0.8).")
    double power;

    @Option(names = "--allocation", defaultValue = "0.5", description = "Share allocated to the experimental arm.")
    double allocation;

    @Option(names = "--median-control", description = "Median survival in the control arm.")
    Double medianControl;

    @Option(names = "--accrual", description = "Accrual period.")
    Double accrual;

    @Option(names = "--follow-up", description = "Follow-up after the last patient is enrolled.")
    Double followUp;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        final SurvivalSampleSize.Result r = SurvivalSampleSize.compute(hr, alpha, power, allocation, medianControl,
                accrual, followUp);
        final var out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            final java.util.Map<String, Object> report = DesignReport.survival(r, hr, alpha, power, allocation);
            report.put("assumptions", DesignReport.survivalAssumptions(hr, alpha, power, allocation, medianControl,
                    accrual, followUp));
            out.println(DesignReport.json(report));
        } else {
            out.printf(java.util.Locale.ROOT, "events = %d (%.2f unrounded)%s%n", r.events(), r.eventsExact(),
                    r.patients() < 0 ? "" : String.format(java.util.Locale.ROOT, "; patients = %d (event probability "
                            + "%.3f)", r.patients(), r.eventProbability()));
        }
        out.flush();
        return 0;
    }
}
