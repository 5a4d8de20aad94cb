package org.rediff.cli.design;

import java.util.Map;
import java.util.concurrent.Callable;
import org.rediff.cli.OutputFormat;
import org.rediff.core.design.SingleStageExact;
import org.rediff.io.design.DesignReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Single-stage exact binomial design. */
@Command(name = "single", mixinStandardHelpOptions = true,
        description = "Single-stage exact binomial design: the smallest n and critical value r with P(X > r | p0) <= "
                + "alpha and P(X > r | p1) >= power; reports the non-monotone power and the n from which every n works.")
public final class SingleStageCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SingleArmOptions options;

    @Option(names = "--nmax", defaultValue = "500", description = "Largest n searched (default 500).")
    int nmax;

    @Override
    public Integer call() {
        final Map<String, Object> assumptions = SingleArmOptions.newAssumptions();
        final SingleStageExact.Result r = SingleStageExact.search(options.requirements(assumptions), nmax);
        final var out = spec.commandLine().getOut();
        if (options.format == OutputFormat.json) {
            out.println(DesignReport.json(DesignReport.single(r, assumptions)));
        } else {
            out.printf(java.util.Locale.ROOT, "n = %d, r = %d (promising if > %d responses); alpha %.4f, power %.4f%n",
                    r.smallest().n(), r.smallest().r(), r.smallest().r(), r.smallest().alpha(), r.smallest().power());
            out.printf("every n from %d works (r = %d)%n", r.stable().n(), r.stable().r());
            r.warnings().forEach(w -> out.println("warning: " + w));
        }
        out.flush();
        return 0;
    }
}
