package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.flag;
import static dev.jxl.cli.CommandModel.format;
import static dev.jxl.cli.CommandModel.words;

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
import picocli.CommandLine.Model.CommandSpec;

/** {@code jxl list [-l] [DOMAIN…]}: the domains of the backend, in xl list's columns; with -l their configs. */
final class ListCommand implements JxlCommand<ListCommand.Args> {
    static final String NAME = "list";
    static final String DESCRIPTION = "List the domains (xl list's columns), or only the ones named; with -l each"
            + " one's libxl config as JSON (xl list -l).";

    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, NAME, DESCRIPTION,
                format("Output format (default: text)."),
                flag("-l, --long", "Each domain's libxl config as JSON, as xl list -l prints it"
                        + " (the config the domain was created with, as create -N prints it)."),
                words("0..*", "DOMAIN", String.class, "Domain names or ids (default: all)."));
    }

    /** {@code only}: the domains named, none for all. */
    record Args(GlobalOptions global, OutputFormat format, boolean details, List<String> only) {
        Args {
            only = List.copyOf(only);
        }
    }

    @Override
    public Args args(Words words) {
        Args args = new Args(words.global(), words.option("--format", OutputFormat.text), words.flag("-l"),
                words.parameter("DOMAIN", List.of()));
        if (args.details() && args.format() == OutputFormat.json) {
            throw DiagnosticException.of(Failure.USAGE, "-l prints libxl's JSON, --format json jxl's summary of each"
                    + " domain: give one of them");
        }
        return args;
    }

    @Override
    public int run(Args args, PrintWriter out, PrintWriter err) {
        List<String> only = args.only();
        if (args.global().backend() == GlobalOptions.Backend.xl) {
            if (args.format() == OutputFormat.json) {
                throw DiagnosticException.of(Failure.USAGE, "--format json lists the sim's domains; with --backend xl,"
                        + " `jxl list -l` prints libxl's JSON (xl list -l)");
            }
            List<String> xlArgs = new java.util.ArrayList<>(args.details() ? List.of("-l") : List.of());
            xlArgs.addAll(only);
            return XlHandover.list(xlArgs, out, err);
        }
        String text;
        try (HypervisorBackend backend = Backends.open(args.global(), line -> err.println("jxl: " + Echo.escape(line)))) {
            List<DomainInfo> all = backend.list();
            List<DomainInfo> domains = only.isEmpty() ? all : only.stream().map(q -> DomainCommand.find(all, q)).toList();
            text = args.details() ? details(backend, domains, err)
                    : args.format() == OutputFormat.json ? json(domains) : text(domains);
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
        }
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
