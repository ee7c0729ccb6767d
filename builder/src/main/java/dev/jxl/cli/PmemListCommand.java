package dev.jxl.cli;

import dev.jxl.build.Backends;
import dev.jxl.build.backend.HostInfo;
import dev.jxl.build.backend.HypervisorBackend;
import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.layout.host.PmemRegion;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jxl pmem list}: the host's pmem regions and how they are set up, on the chosen backend. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Host pmem regions, management areas and data areas (as `xl pmem-list` in the vNVDIMM series).")
final class PmemListCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.ParentCommand
    PmemCommand pmem;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    Format format = Format.text;

    @Override
    public Integer call() {
        HostInfo host;
        try (HypervisorBackend backend = Backends.open(pmem.jxl.global(), spec.commandLine().getErr()::println)) {
            host = backend.hostInfo();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(host) : text(host));
        out.flush();
        return ExitCode.OK;
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
