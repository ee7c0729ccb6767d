package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.flag;
import static dev.jxl.cli.CommandModel.option;

import dev.jxl.config.RandomBytes;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.layout.pmem.infoblock.DecodedInfoBlock;
import dev.jxl.layout.pmem.infoblock.InfoBlockException;
import dev.jxl.layout.pmem.infoblock.InfoBlockLayout;
import dev.jxl.layout.pmem.infoblock.InfoBlockMode;
import dev.jxl.layout.pmem.infoblock.InfoBlockRequest;
import dev.jxl.layout.pmem.infoblock.InfoBlockWriter;
import dev.jxl.layout.pmem.infoblock.NdPfnSb;
import dev.jxl.layout.pmem.infoblock.PfnMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl pmem infoblock write -o FILE …}: the 8 KiB info area {@code ndctl write-infoblock} would
 * write, byte for byte. A new file (or one no bigger than the area) is replaced atomically; an
 * existing larger file or a device gets exactly the 8 KiB at its start and nothing else.
 */
final class PmemInfoblockWrite implements JxlCommand<PmemInfoblockWrite.Args> {
    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, "write", "Write the 8 KiB info area ndctl write-infoblock writes.",
                option("-o, --output", "FILE|DEVICE", Path.class, "The image file or namespace device to write.")
                        .required(true),
                option("-s, --size", "SIZE", Long.class, "Namespace size, with K/M/G/T suffixes (default: the size"
                        + " of the existing FILE|DEVICE).").converters(new PmemArgs.Size()),
                option("-m, --mode", "fsdax|devdax", InfoBlockMode.class, "Personality: fsdax (default) or devdax.")
                        .converters(new PmemArgs.Mode()),
                option("-M, --map", "dev|mem", PfnMode.class, "Where the memmap lives: dev (on the pmem, default) or"
                        + " mem (in RAM).").converters(new PmemArgs.Map()),
                option("-a, --align", "ALIGN", long.class, "Mapping alignment recorded in the block, a power of two"
                        + " >= 4K (default 2M).").converters(new PmemArgs.Size()),
                option("-u, --uuid", "UUID", UUID.class, "UUID of the pfn/dax instance (default: a random one).")
                        .converters(new PmemArgs.Uuid()),
                option("-p, --parent-uuid", "UUID", UUID.class, "UUID of the labelled namespace (default: the null"
                        + " UUID of label-less pmem).").converters(new PmemArgs.Uuid()),
                flag("-f, --force", "Overwrite a valid info block of the other mode."));
    }

    /** {@code size}: null for the target's own; {@code uuid}: null for a random one. */
    record Args(GlobalOptions global, Path output, Long size, InfoBlockMode mode, PfnMode map, long align, UUID uuid,
            UUID parentUuid, boolean force) {
    }

    @Override
    public Args args(Words words) {
        return new Args(words.global(), words.option("-o", null), words.option("-s", null),
                words.option("-m", InfoBlockMode.FSDAX), words.option("-M", PfnMode.PMEM), words.option("-a", 2L << 20),
                words.option("-u", null), words.option("-p", NdPfnSb.NULL_UUID), words.flag("-f"));
    }

    @Override
    public int run(Args args, PrintWriter out, PrintWriter err) {
        Path output = args.output();
        boolean exists = Files.exists(output);
        boolean regular = Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS) || !exists;
        long targetLength;
        try {
            targetLength = exists ? PmemFiles.length(output) : -1;
        } catch (IOException e) {
            throw DiagnosticException.of(Failure.CONFIG, PmemFiles.describe(output, e), e);
        }
        long namespaceSize;
        if (args.size() != null) {
            namespaceSize = args.size();
        } else if (targetLength > 0) {
            namespaceSize = targetLength;
        } else {
            throw new UsageException("--size is required: " + output + (exists ? " is empty" : " does not exist"));
        }
        InfoBlockRequest request;
        byte[] area;
        try {
            request = new InfoBlockRequest(namespaceSize, args.mode(), args.map(), args.align(),
                    args.uuid() != null ? args.uuid() : RandomBytes.uuid(), args.parentUuid());
            area = InfoBlockWriter.infoArea(request);
        } catch (InfoBlockException e) {
            throw DiagnosticException.of(Failure.CONFIG, "cannot write an info block for " + output + ": "
                    + e.getMessage());
        }
        Optional<InfoBlockMode> present = existingValidMode(output, exists, targetLength);
        if (present.isPresent() && present.get() != args.mode() && !args.force()) {
            throw DiagnosticException.of(Failure.CONFIG, output + " holds a valid " + present.get().ndctlName()
                    + " info block; writing " + args.mode().ndctlName() + " would change the namespace's mode (use"
                    + " --force to overwrite it)");
        }
        NdPfnSb sb = NdPfnSb.decode(area, InfoBlockLayout.INFO_BLOCK_OFFSET).sb();
        if (args.global().dryRun()) {
            out.print(sb.describe());
            out.println("not written (-N)");
            out.flush();
            return ExitCode.OK;
        }
        try {
            if (regular && targetLength <= InfoBlockLayout.INFO_AREA_SIZE) {
                PmemFiles.replaceAtomically(output, area);
            } else {
                PmemFiles.writeInPlace(output, area);
            }
        } catch (IOException e) {
            throw DiagnosticException.of(Failure.BACKEND, "writing " + PmemFiles.describe(output, e), e);
        }
        if (exists && targetLength >= InfoBlockLayout.INFO_AREA_SIZE && namespaceSize != targetLength) {
            err.printf("jxl: warning: %s is %d bytes, the block describes %d%n", output, targetLength, namespaceSize);
        }
        out.printf("wrote %s info block to %s: uuid %s, dataoff %d, npfns %d, align %d%n", args.mode().ndctlName(),
                output, sb.uuid(), sb.dataoff(), sb.npfns(), sb.align());
        out.flush();
        return ExitCode.OK;
    }

    /** The mode of a block with the right signature and checksum at +4 KiB, if there is one. */
    private static Optional<InfoBlockMode> existingValidMode(Path output, boolean exists, long length) {
        if (!exists || length < InfoBlockLayout.INFO_AREA_SIZE) {
            return Optional.empty();
        }
        try {
            byte[] head = PmemFiles.readHead(output, InfoBlockLayout.INFO_AREA_SIZE);
            if (head.length < InfoBlockLayout.INFO_AREA_SIZE) {
                return Optional.empty();
            }
            DecodedInfoBlock d = NdPfnSb.decode(head, InfoBlockLayout.INFO_BLOCK_OFFSET);
            return d.checksumMatches() ? d.sb().infoBlockMode() : Optional.empty();
        } catch (IOException e) {
            throw DiagnosticException.of(Failure.CONFIG, "reading " + PmemFiles.describe(output, e), e);
        }
    }
}
