package dev.jxl.cli;

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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jxl pmem infoblock write -o FILE …}: the 8 KiB info area {@code ndctl write-infoblock} would
 * write, byte for byte. A new file (or one no bigger than the area) is replaced atomically; an
 * existing larger file or a device gets exactly the 8 KiB at its start and nothing else.
 */
@Command(name = "write", mixinStandardHelpOptions = true, description = "Write the 8 KiB info area ndctl write-infoblock writes.")
final class PmemInfoblockWrite implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE|DEVICE",
            description = "The image file or namespace device to write.")
    Path output;

    @Option(names = {"-s", "--size"}, paramLabel = "SIZE", converter = PmemArgs.Size.class,
            description = "Namespace size, with K/M/G/T suffixes (default: the size of the existing FILE|DEVICE).")
    Long size;

    @Option(names = {"-m", "--mode"}, paramLabel = "fsdax|devdax", converter = PmemArgs.Mode.class,
            description = "Personality: fsdax (default) or devdax.")
    InfoBlockMode mode = InfoBlockMode.FSDAX;

    @Option(names = {"-M", "--map"}, paramLabel = "dev|mem", converter = PmemArgs.Map.class,
            description = "Where the memmap lives: dev (on the pmem, default) or mem (in RAM).")
    PfnMode map = PfnMode.PMEM;

    @Option(names = {"-a", "--align"}, paramLabel = "ALIGN", converter = PmemArgs.Size.class,
            description = "Mapping alignment recorded in the block, a power of two >= 4K (default 2M).")
    long align = 2L << 20;

    @Option(names = {"-u", "--uuid"}, paramLabel = "UUID", converter = PmemArgs.Uuid.class,
            description = "UUID of the pfn/dax instance (default: a random one).")
    UUID uuid;

    @Option(names = {"-p", "--parent-uuid"}, paramLabel = "UUID", converter = PmemArgs.Uuid.class,
            description = "UUID of the labelled namespace (default: the null UUID of label-less pmem).")
    UUID parentUuid = NdPfnSb.NULL_UUID;

    @Option(names = {"-f", "--force"}, description = "Overwrite a valid info block of the other mode.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean exists = Files.exists(output);
        boolean regular = Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS) || !exists;
        long targetLength;
        try {
            targetLength = exists ? PmemFiles.length(output) : -1;
        } catch (IOException e) {
            throw DiagnosticException.of(Failure.CONFIG, PmemFiles.describe(output, e), e);
        }
        long namespaceSize;
        if (size != null) {
            namespaceSize = size;
        } else if (targetLength > 0) {
            namespaceSize = targetLength;
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--size is required: " + output + (exists ? " is empty" : " does not exist"));
        }
        InfoBlockRequest request;
        byte[] area;
        try {
            request = new InfoBlockRequest(namespaceSize, mode, map, align,
                    uuid != null ? uuid : RandomBytes.uuid(), parentUuid);
            area = InfoBlockWriter.infoArea(request);
        } catch (InfoBlockException e) {
            throw DiagnosticException.of(Failure.CONFIG, "cannot write an info block for " + output + ": "
                    + e.getMessage());
        }
        Optional<InfoBlockMode> present = existingValidMode(exists, targetLength);
        if (present.isPresent() && present.get() != mode && !force) {
            throw DiagnosticException.of(Failure.CONFIG, output + " holds a valid " + present.get().ndctlName()
                    + " info block; writing " + mode.ndctlName() + " would change the namespace's mode (use"
                    + " --force to overwrite it)");
        }
        NdPfnSb sb = NdPfnSb.decode(area, InfoBlockLayout.INFO_BLOCK_OFFSET).sb();
        if (jxl().global().dryRun()) {
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
            spec.commandLine().getErr().printf("jxl: warning: %s is %d bytes, the block describes %d%n", output,
                    targetLength, namespaceSize);
        }
        out.printf("wrote %s info block to %s: uuid %s, dataoff %d, npfns %d, align %d%n", mode.ndctlName(),
                output, sb.uuid(), sb.dataoff(), sb.npfns(), sb.align());
        out.flush();
        return ExitCode.OK;
    }

    /** The mode of a block with the right signature and checksum at +4 KiB, if there is one. */
    private Optional<InfoBlockMode> existingValidMode(boolean exists, long length) {
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

    private Jxl jxl() {
        return (Jxl) spec.root().userObject();
    }
}
