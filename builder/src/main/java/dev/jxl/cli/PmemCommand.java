package dev.jxl.cli;

/**
 * {@code jxl pmem …}: host persistent memory. A group of nested subcommands (regions, management/data
 * setup, info blocks).
 */
final class PmemCommand {
    static final String NAME = "pmem";
    static final String DESCRIPTION = "Host persistent memory: info blocks, regions, management areas.";

    private PmemCommand() {
    }

    static CommandGroup group() {
        return new CommandGroup(NAME, DESCRIPTION, "a pmem command is required", new PmemListCommand(),
                new PmemSetupCommand(), PmemInfoblockCommand.group());
    }
}
