package dev.jxl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code jxl pmem …}: host persistent memory. A container of nested subcommands (regions, management/data
 * setup, info blocks).
 */
@Command(name = "pmem", mixinStandardHelpOptions = true, description = "Host persistent memory: info blocks, regions, management areas.",
        subcommands = {
            PmemListCommand.class,
            PmemSetupCommand.class,
            PmemInfoblockCommand.class,
        })
final class PmemCommand implements Runnable {
    @CommandLine.ParentCommand
    Jxl jxl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a pmem command is required");
    }
}
