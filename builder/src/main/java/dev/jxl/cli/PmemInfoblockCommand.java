package dev.jxl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jxl pmem infoblock write|read}: Linux's fsdax/devdax info block, as ndctl writes and reads it. */
@Command(name = "infoblock", mixinStandardHelpOptions = true, description = "Write or read a Linux fsdax/devdax info block (nd_pfn_sb v1.4).",
        subcommands = {
            PmemInfoblockWrite.class,
            PmemInfoblockRead.class,
        })
final class PmemInfoblockCommand implements Runnable {
    @CommandLine.ParentCommand
    PmemCommand pmem;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "write or read is required");
    }
}
