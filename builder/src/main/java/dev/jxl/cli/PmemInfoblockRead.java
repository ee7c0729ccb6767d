package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.option;
import static dev.jxl.cli.CommandModel.parameter;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.layout.pmem.infoblock.DecodedInfoBlock;
import dev.jxl.layout.pmem.infoblock.InfoBlockCheck;
import dev.jxl.layout.pmem.infoblock.InfoBlockLayout;
import dev.jxl.layout.pmem.infoblock.InfoBlockValidator;
import dev.jxl.layout.pmem.infoblock.KernelProfile;
import dev.jxl.layout.pmem.infoblock.Namespace;
import dev.jxl.layout.pmem.infoblock.NdPfnSb;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl pmem infoblock read FILE|DEVICE}: the fields of the block at +4 KiB, then the kernel's
 * verdict ({@code nd_pfn_validate} at probe time) for a namespace of the target's size; exit 1 if the
 * kernel would not use it.
 */
final class PmemInfoblockRead implements JxlCommand<PmemInfoblockRead.Args> {
    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, "read", "Print an info block's fields and check them as the kernel does.",
                parameter("0", "FILE|DEVICE", Path.class, "An image file or namespace device."),
                option("-s, --size", "SIZE", Long.class, "Namespace size to check against (default: the target's size;"
                        + " for an 8 KiB image, the size the block implies).").converters(new PmemArgs.Size()),
                option("--start", "ADDR", long.class, "Physical start of the namespace (default 0, i.e. aligned).")
                        .converters(new PmemArgs.Size()),
                option("-p, --parent-uuid", "UUID", UUID.class, "The namespace's UUID (0 for label-less pmem); without"
                        + " it the parent check is skipped.").converters(new PmemArgs.Uuid()));
    }

    /** {@code size}: null for the target's own; {@code parentUuid}: null to skip the parent check. */
    record Args(Path input, Long size, long start, UUID parentUuid) {
    }

    @Override
    public Args args(Words words) {
        return new Args(words.parameter("FILE|DEVICE", null), words.option("-s", null), words.option("--start", 0L),
                words.option("-p", null));
    }

    @Override
    public int run(Args args, PrintWriter out, PrintWriter err) {
        Path input = args.input();
        Long size = args.size();
        long start = args.start();
        UUID parentUuid = args.parentUuid();
        byte[] head;
        long length;
        try {
            length = PmemFiles.length(input);
            head = PmemFiles.readHead(input, InfoBlockLayout.INFO_AREA_SIZE);
        } catch (IOException e) {
            throw DiagnosticException.of(Failure.CONFIG, PmemFiles.describe(input, e), e);
        }
        if (head.length < InfoBlockLayout.INFO_AREA_SIZE) {
            throw DiagnosticException.of(Failure.CONFIG, input + " is " + head.length
                    + " bytes; an info area is " + InfoBlockLayout.INFO_AREA_SIZE);
        }
        DecodedInfoBlock block = NdPfnSb.decode(head, InfoBlockLayout.INFO_BLOCK_OFFSET);
        NdPfnSb sb = block.sb();
        out.println(input + ":");
        out.print(sb.describe());
        long nsSize;
        String sizeNote;
        if (size != null) {
            nsSize = size;
            sizeNote = "given";
        } else if (length > InfoBlockLayout.INFO_AREA_SIZE) {
            nsSize = length;
            sizeNote = "the size of " + input;
        } else {
            nsSize = Math.max(InfoBlockLayout.INFO_AREA_SIZE,
                    sb.startPad() + sb.dataoff() + sb.npfns() * InfoBlockLayout.PAGE_SIZE + sb.endTrunc());
            sizeNote = "implied by start_pad + dataoff + npfns * 4096 + end_trunc; pass --size for the real one";
        }
        out.printf("namespace: start %#x, size %d (%s), uuid %s%n", start, nsSize, sizeNote,
                parentUuid == null ? "unknown (parent check skipped)" : parentUuid);
        InfoBlockCheck check = InfoBlockValidator.check(block,
                new Namespace(input.toString(), start, nsSize, Optional.ofNullable(parentUuid)),
                KernelProfile.x86_64());
        int rc;
        if (check instanceof InfoBlockCheck.Valid v) {
            out.printf("kernel check: valid %s block: align %d, %d data pages (%d bytes)%n",
                    v.mode().ndctlName(), v.align(), v.npfns(), v.dataBytes());
            v.notes().forEach(n -> out.println("  note: " + n));
            rc = ExitCode.OK;
        } else {
            InfoBlockCheck.Invalid i = (InfoBlockCheck.Invalid) check;
            out.println("kernel check: invalid (" + i.rule() + "): " + i.describe());
            rc = ExitCode.CONFIG_ERROR;
        }
        out.flush();
        return rc;
    }
}
