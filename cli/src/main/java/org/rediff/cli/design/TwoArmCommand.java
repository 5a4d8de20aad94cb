package org.rediff.cli.design;

import java.util.concurrent.Callable;
import org.rediff.cli.OutputFormat;
import org.rediff.core.design.TwoProportions;
import org.rediff.io.design.DesignReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Two-arm comparison of proportions. */
@Command(name = "two-arm", mixinStandardHelpOptions = true,
        description = "Sample size to compare two proportions (two-sided): normal approximation as R's "
                + "power.prop.test, the Fleiss continuity correction, or the Fisher exact test.")
public final class TwoArmCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--p1", required = true, description = "Proportion in arm 1, in (0, 1).")
    double p1;

    @Option(names = "--p2", required = true, description = "Proportion in arm 2, in (0, 1).")
    double p2;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Two-sided type I error (default 0.05).")
    double alpha;

    @Option(names = "--power", defaultValue = "0.8", description = "Power (default 0.8).")
    double power;

    @Option(names = "--ratio", defaultValue = "1", description = "Allocation ratio n2/n1 (default 1).")
    double ratio;

    @Option(names = "--method", defaultValue = "normal", description = "normal (default), cc or exact.")
    String method;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        final TwoProportions.Result r = TwoProportions.sampleSize(p1, p2, alpha, power, ratio,
                TwoProportions.Method.parse(method));
        final var out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            final java.util.Map<String, Object> report = DesignReport.twoArm(r, ratio);
            report.put("assumptions", DesignReport.twoArmAssumptions(p1, p2, alpha, power, ratio));
            out.println(DesignReport.json(report));
        } else {
            out.printf(java.util.Locale.ROOT, "n1 = %d, n2 = %d, total %d (attained power %.4f; %s)%n", r.n1(), r.n2(),
                    r.total(), r.power(), DesignReport.twoArm(r, ratio).get("method"));
        }
        out.flush();
        return 0;
    }
}
