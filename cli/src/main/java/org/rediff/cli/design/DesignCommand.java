package org.rediff.cli.design;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Trial design commands. */
@Command(name = "design", mixinStandardHelpOptions = true,
        description = "Trial designs: Simon two-stage, single-stage exact, two-arm proportions, time-to-event; "
                + "planning values can come from the evidence base.",
        subcommands = {SimonCommand.class, SingleStageCommand.class, TwoArmCommand.class, SurvivalDesignCommand.class,
                CommandLine.HelpCommand.class})
public final class DesignCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
