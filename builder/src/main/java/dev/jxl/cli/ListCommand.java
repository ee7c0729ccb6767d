package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Echo;
import dev.jxl.diag.Failure;
import dev.jxl.builder.Backends;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.backend.DomainInfo;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.builder.json.JsonTree;
import dev.jxl.config.libxl.YajlWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jxl list [-l] [DOMAIN…]}: the domains of the backend, in xl list's columns; with -l their configs. */
@Command(name = "list", description = "List the domains (xl list's columns), or only the ones named; with -l each"
        + " one's libxl config as JSON (xl list -l).")
final class ListCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    Jxl jxl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    Format format = Format.text;

    @Option(names = {"-l", "--long"}, description = "Each domain's libxl config as JSON, as xl list -l prints it"
            + " (the config the domain was created with, as create -N prints it).")
    boolean details;

    @Parameters(arity = "0..*", paramLabel = "DOMAIN", description = "Domain names or ids (default: all).")
    List<String> only = List.of();

    @Override
    public Integer call() {
        List<DomainInfo> domains;
        PrintWriter err = spec.commandLine().getErr();
        if (details && format == Format.json) {
            throw DiagnosticException.of(Failure.USAGE, "-l prints libxl's JSON, --format json jxl's summary of each"
                    + " domain: give one of them");
        }
        if (jxl.global().backend() == GlobalOptions.Backend.xl) {
            if (format == Format.json) {
                throw DiagnosticException.of(Failure.USAGE, "--format json lists the sim's domains; with --backend xl,"
                        + " `jxl list -l` prints libxl's JSON (xl list -l)");
            }
            List<String> args = new java.util.ArrayList<>(details ? List.of("-l") : List.of());
            args.addAll(only);
            return XlHandover.list(args, spec.commandLine().getOut(), err);
        }
        String text;
        try (HypervisorBackend backend = Backends.open(jxl.global(), line -> err.println("jxl: " + Echo.escape(line)))) {
            List<DomainInfo> all = backend.list();
            domains = only.isEmpty() ? all : only.stream().map(q -> DomainCommand.find(all, q)).toList();
            text = details ? details(backend, domains, err) : format == Format.json ? json(domains) : text(domains);
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return ExitCode.OK;
    }

    /**
     * xl list -l (xl_info.c list_domains_details): an array of {@code {"domid": N, "config": …}}, the
     * config as the domain's create kept it, then the blank line xl's puts adds after yajl's own
     * newline. A domain with no kept config is left out, as xl leaves out one whose config it cannot
     * retrieve; jxl says so on stderr.
     */
    static String details(HypervisorBackend backend, List<DomainInfo> domains, PrintWriter err) {
        YajlWriter w = new YajlWriter();
        w.openArray();
        for (DomainInfo d : domains) {
            java.util.Optional<String> config = backend.storedConfig(d.domid());
            if (config.isEmpty()) {
                err.println("jxl: list -l: " + d.name() + " (" + d.domid() + ") left out: " + (d.domid() == 0
                        ? "the sim keeps no libxl config for Domain-0 (on real Xen, xen-init-dom0 stores a stub one)"
                        : "no libxl config is kept for it (created by a jxl that did not keep configs yet, or still"
                        + " being built), as xl list -l leaves out a domain whose config it cannot retrieve"));
                continue;
            }
            w.openMap().key("domid").value(d.domid()).key("config");
            try {
                JsonTree.writeValue(w, JsonTree.parse(config.get()).root());
            } catch (JsonTree.SyntaxError e) {
                throw new IllegalStateException("domain " + d.domid() + "'s kept config does not read back: "
                        + e.getMessage(), e);
            }
            w.closeMap();
        }
        w.closeArray();
        return w + "\n";
    }

    /** xl's own layout (xl_info.c list_domains), Time(s) included: a simulated guest has used none. */
    static String text(List<DomainInfo> domains) {
        StringBuilder b = new StringBuilder("Name                                        ID   Mem VCPUs\tState\tTime(s)\n");
        for (DomainInfo d : domains) {
            // "%-40s %5d %5d %5d     %s  %8.1f\n", spelled out: a cold String.format costs milliseconds
            b.append(rightPad(d.name(), 40)).append(' ')
                    .append(leftPad(Integer.toString(d.domid()), 5)).append(' ')
                    .append(leftPad(Long.toString(d.currentMemKib() / 1024), 5)).append(' ')
                    .append(leftPad(Integer.toString(d.vcpus()), 5)).append("     ")
                    .append(d.state()).append("  ").append(leftPad("0.0", 8)).append('\n');
        }
        return b.toString();
    }

    /** printf's {@code %-Ns}: xl's columns never cut a longer value. */
    private static String rightPad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** printf's {@code %Nd}. */
    private static String leftPad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    static String json(List<DomainInfo> domains) {
        YajlWriter w = new YajlWriter();
        w.openArray();
        for (DomainInfo d : domains) {
            w.openMap();
            w.key("name").value(d.name());
            w.key("domid").value(d.domid());
            w.key("current_memkb").value(d.currentMemKib());
            w.key("vcpus").value(d.vcpus());
            w.key("state").value(d.state());
            w.closeMap();
        }
        w.closeArray();
        return w.toString();
    }
}
