package org.rediff.cli;

import java.io.PrintWriter;
import org.rediff.cli.bench.BenchCommand;
import org.rediff.cli.design.DesignCommand;
import org.rediff.cli.dosimetry.DosimetryCommand;
import org.rediff.cli.evidence.EvidenceCommand;
import org.rediff.cli.meta.MetaCommand;
import org.rediff.cli.outcomes.AdverseEventsCommand;
import org.rediff.cli.outcomes.RecistCommand;
import org.rediff.cli.outcomes.SurvivalCommand;
import org.rediff.cli.serve.ServeCommand;
import org.rediff.core.common.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rediff} command line. Every command but {@code serve} runs without starting Spring. Exit codes:
 * 0 success, 2 invalid input or usage (the message names the file, row or option and what is allowed), 1 any
 * other failure.
 */
@Command(name = "rediff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"rediff: the redifferentiation-therapy workbench for radioiodine-refractory thyroid cancer.",
                "Evidence synthesis, dosimetry, outcomes and trial design, from the command line and the browser.",
                ""},
        subcommands = {ServeCommand.class, MetaCommand.class, EvidenceCommand.class, DosimetryCommand.class,
                RecistCommand.class, SurvivalCommand.class, AdverseEventsCommand.class, DesignCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'rediff <command> --help' for a command's options."})
public final class Main implements Runnable {
    public static final int EXIT_INVALID_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (args.length == 0 || !"serve".equals(args[0])) {
            // Quiet logging for short commands; read by logback when the first logger is created.
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        final int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != 0 || !ServeCommand.isServing()) {
            System.exit(code);
        }
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        final CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidInputException invalid) {
                err.println("error: " + invalid.message(CliNames::option));
                err.flush();
                return EXIT_INVALID_INPUT;
            }
            err.println("error: " + e);
            err.flush();
            return 1;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            e.getCommandLine().usage(err);
            err.flush();
            return EXIT_INVALID_INPUT;
        });
        return cli.execute(args);
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            final String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"rediff " + (v == null ? "dev" : v)};
        }
    }
}
