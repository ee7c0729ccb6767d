package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Echo;
import dev.jxl.diag.Failure;
import dev.jxl.builder.Backends;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.backend.HostInfo;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.layout.host.PmemRegion;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jxl info}: the backend's host, in xl info's {@code key : value} lines plus jxl's pmem lines. */
final class InfoCommand implements JxlCommand<GlobalOptions> {
    static final String NAME = "info";
    static final String DESCRIPTION = "Show the backend's host: Xen, CPUs, memory, pmem regions.";

    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, NAME, DESCRIPTION);
    }

    /** info takes the global options only. */
    @Override
    public GlobalOptions args(Words words) {
        return words.global();
    }

    @Override
    public int run(GlobalOptions global, PrintWriter out, PrintWriter err) {
        if (global.backend() == GlobalOptions.Backend.xl) {
            return XlHandover.info(out, err);
        }
        HostInfo h;
        try (HypervisorBackend backend = Backends.open(global, line -> err.println("jxl: " + Echo.escape(line)))) {
            h = backend.hostInfo();
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
        }
        out.print(text(global.backend().name(), h));
        out.flush();
        return ExitCode.OK;
    }

    static String text(String backend, HostInfo h) {
        StringBuilder b = new StringBuilder();
        line(b, "backend", backend);
        line(b, "xen_version", h.xenVersion());
        line(b, "nr_cpus", Integer.toString(h.cpus()));
        line(b, "total_memory", Long.toString(h.memoryKib() / 1024)); // MiB, as xl prints
        line(b, "free_memory", Long.toString(h.freeMemoryKib() / 1024));
        line(b, "paddr_bits", Integer.toString(h.paddrBits()));
        line(b, "e820_entries", Integer.toString(h.e820().size()));
        for (PmemRegion r : h.pmem()) {
            line(b, "pmem_region", hex(r.spa()) + "-" + hex(r.end() - 1) + " " + (r.size() >>> 20) + " MiB node "
                    + r.node());
        }
        for (HostInfo.PmemMgmtRegion r : h.pmemMgmt()) {
            line(b, "pmem_mgmt", "mfn " + hex(r.smfn()) + "-" + hex(r.emfn() - 1) + " used " + hex(r.usedMfns()));
        }
        for (HostInfo.PmemDataRegion r : h.pmemData()) {
            line(b, "pmem_data", "mfn " + hex(r.smfn()) + "-" + hex(r.emfn() - 1) + " mgmt " + hex(r.mgmtSmfn())
                    + "-" + hex(r.mgmtEmfn() - 1));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(String.format("%-23s: %s%n", key, value));
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
