package dev.jxl.cli;

/** {@code jxl pmem infoblock write|read}: Linux's fsdax/devdax info block, as ndctl writes and reads it. */
final class PmemInfoblockCommand {
    private PmemInfoblockCommand() {
    }

    static CommandGroup group() {
        return new CommandGroup("infoblock", "Write or read a Linux fsdax/devdax info block (nd_pfn_sb v1.4).",
                "write or read is required", new PmemInfoblockWrite(), new PmemInfoblockRead());
    }
}
