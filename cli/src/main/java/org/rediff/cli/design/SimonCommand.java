package org.rediff.cli.design;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rediff.cli.OutputFormat;
import org.rediff.core.design.SimonTwoStage;
import org.rediff.core.design.TwoStageDesign;
import org.rediff.io.design.DesignReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Simon two-stage designs. */
@Command(name = "simon", mixinStandardHelpOptions = true,
        description = {"Simon two-stage designs (Simon 1989): optimal (minimum EN under p0), minimax (minimum n) and "
                + "the admissible designs between them (Jung 2004), with exact type I error, power, expected N and "
                + "probability of early termination; searched up to --nmax with a warning when a design reaches it.",
                "Stop after stage 1 if <= r1 responses in n1; promising if > r responses in n."})
public final class SimonCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SingleArmOptions options;

    @Option(names = "--nmax", defaultValue = "150", description = "Largest total sample size searched (default 150).")
    int nmax;

    @Override
    public Integer call() {
        final Map<String, Object> assumptions = SingleArmOptions.newAssumptions();
        final SimonTwoStage.Result r = SimonTwoStage.search(options.requirements(assumptions), nmax);
        final var out = spec.commandLine().getOut();
        if (options.format == OutputFormat.json) {
            out.println(DesignReport.json(DesignReport.simon(r, assumptions)));
        } else {
            out.printf(Locale.ROOT, "p0 = %.4f, p1 = %.4f, alpha = %.3f, beta = %.3f (%s)%n", assumptions.get("p0"),
                    assumptions.get("p1"), assumptions.get("alpha"), assumptions.get("beta"), assumptions.get("source"));
            out.printf("%-14s %5s %5s %5s %5s %9s %8s %8s %8s%n", "design", "r1", "n1", "r", "n", "EN(p0)", "PET(p0)",
                    "alpha", "power");
            row(out, "optimal", r.optimal());
            row(out, "minimax", r.minimax());
            for (SimonTwoStage.Admissible a : r.admissible()) {
                row(out, String.format(Locale.ROOT, "q [%.2f, %.2f]", a.qLower(), a.qUpper()), a.design());
            }
            r.warnings().forEach(w -> out.println("warning: " + w));
        }
        out.flush();
        return 0;
    }

    private static void row(java.io.PrintWriter out, String name, TwoStageDesign d) {
        out.printf(Locale.ROOT, "%-14s %5d %5d %5d %5d %9.2f %8.4f %8.4f %8.4f%n", name, d.r1(), d.n1(), d.r(), d.n(),
                d.en0(), d.pet0(), d.alpha(), d.power());
    }
}
