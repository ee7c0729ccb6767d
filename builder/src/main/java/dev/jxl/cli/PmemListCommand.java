package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.format;

import dev.jxl.builder.Backends;
import dev.jxl.builder.backend.HostInfo;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl pmem list}: the host's pmem regions and how they are set up, on the chosen backend. With
 * {@code --backend xl} the regions of the live host (or of {@code --host FILE}), all raw.
 */
final class PmemListCommand implements JxlCommand<PmemListCommand.Args> {
    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, "list",
                "Host pmem regions, management areas and data areas (as `xl pmem-list` in the vNVDIMM series).",
                format("Output format (default: text)."));
    }

    record Args(GlobalOptions global, OutputFormat format) {
    }

    @Override
    public Args args(Words words) {
        return new Args(words.global(), words.option("--format", OutputFormat.text));
    }

    /** After the table with {@code --backend xl}: why there is nothing but raw regions. */
    static final String XL_RAW_ONLY = "upstream Xen 4.17 has no pmem management or data set-up"
            + " (XEN_SYSCTL_nvdimm_pmem_setup was never merged): every region is raw; vnvdimms reach it as iomem=\n";

    @Override
    public int run(Args args, PrintWriter out, PrintWriter err) {
        GlobalOptions global = args.global();
        boolean asJson = args.format() == OutputFormat.json;
        if (global.backend() == GlobalOptions.Backend.xl) {
            HostInfo host = raw(Backends.host(global, err::println));
            out.print(asJson ? json(host) : text(host) + XL_RAW_ONLY);
            out.flush();
            return ExitCode.OK;
        }
        HostInfo host;
        try (HypervisorBackend backend = Backends.open(global, err::println)) {
            host = backend.hostInfo();
        }
        out.print(asJson ? json(host) : text(host));
        out.flush();
        return ExitCode.OK;
    }

    /** Real Xen's host as the tables show it: its pmem regions, none set up (Xen 4.17 cannot). */
    static HostInfo raw(Host h) {
        return HostInfo.booted(h);
    }

    static String text(HostInfo h) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-5s %-14s %-14s %10s %s%n", "type", "smfn", "emfn", "MiB", "detail"));
        for (PmemRegion r : h.pmem()) {
            b.append(String.format("%-5s 0x%-12x 0x%-12x %10d node %d%n", "raw", r.spa() >>> 12, r.end() >>> 12,
                    r.size() >>> 20, r.node()));
        }
        for (HostInfo.PmemMgmtRegion m : h.pmemMgmt()) {
            b.append(String.format("%-5s 0x%-12x 0x%-12x %10d used 0x%x pages%n", "mgmt", m.smfn(), m.emfn(),
                    (m.emfn() - m.smfn()) >>> 8, m.usedMfns()));
        }
        for (HostInfo.PmemDataRegion d : h.pmemData()) {
            b.append(String.format("%-5s 0x%-12x 0x%-12x %10d tables in 0x%x-0x%x%n", "data", d.smfn(), d.emfn(),
                    (d.emfn() - d.smfn()) >>> 8, d.mgmtSmfn(), d.mgmtEmfn()));
        }
        return b.toString();
    }

    static String json(HostInfo h) {
        YajlWriter w = new YajlWriter().openMap();
        w.key("regions").openArray();
        for (PmemRegion r : h.pmem()) {
            w.openMap().key("spa").value(r.spa()).key("size").value(r.size()).key("node").value(r.node()).closeMap();
        }
        w.closeArray().key("mgmt").openArray();
        for (HostInfo.PmemMgmtRegion m : h.pmemMgmt()) {
            w.openMap().key("smfn").value(m.smfn()).key("emfn").value(m.emfn()).key("used_mfns").value(m.usedMfns())
                    .closeMap();
        }
        w.closeArray().key("data").openArray();
        for (HostInfo.PmemDataRegion d : h.pmemData()) {
            w.openMap().key("smfn").value(d.smfn()).key("emfn").value(d.emfn()).key("mgmt_smfn").value(d.mgmtSmfn())
                    .key("mgmt_emfn").value(d.mgmtEmfn()).closeMap();
        }
        return w.closeArray().closeMap().toString();
    }
}
