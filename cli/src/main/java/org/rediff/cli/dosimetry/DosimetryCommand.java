package org.rediff.cli.dosimetry;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Dosimetry commands. */
@Command(name = "dosimetry", mixinStandardHelpOptions = true,
        description = "Lesion and blood dosimetry from serial 124I (or 131I/123I) measurements and the 131I "
                + "prescription; voxel dose maps from PET series.",
        subcommands = {DosimetryPlanCommand.class, DosimetryVoxelCommand.class, CommandLine.HelpCommand.class})
public final class DosimetryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
