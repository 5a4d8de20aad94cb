package org.rediff.cli.evidence;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The evidence base: list, pool, import. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "The redifferentiation evidence base: every published study cohort with sourced numbers.",
        subcommands = {EvidenceListCommand.class, EvidencePoolCommand.class, EvidenceImportCommand.class,
                CommandLine.HelpCommand.class})
public final class EvidenceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
