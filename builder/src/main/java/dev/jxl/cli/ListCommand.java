package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Echo;
import dev.jxl.diag.Failure;
import dev.jxl.build.Backends;
import dev.jxl.build.backend.BackendException;
import dev.jxl.build.backend.DomainInfo;
import dev.jxl.build.backend.HypervisorBackend;
import dev.jxl.config.libxl.YajlWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.lang3.StringUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jxl list [DOMAIN…]}: the domains of the backend, in xl list's columns. */
@Command(name = "list", description = "List the domains (xl list's columns), or only the ones named.")
final class ListCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    Jxl jxl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    Format format = Format.text;

    @Parameters(arity = "0..*", paramLabel = "DOMAIN", description = "Domain names or ids (default: all).")
    List<String> only = List.of();

    @Override
    public Integer call() {
        List<DomainInfo> domains;
        PrintWriter err = spec.commandLine().getErr();
        if (jxl.global().backend() == GlobalOptions.Backend.xl) {
            if (format == Format.json) {
                throw DiagnosticException.of(Failure.USAGE, "--format json lists the sim's domains; with --backend xl,"
                        + " `xl list -l` prints libxl's JSON");
            }
            return XlHandover.list(only, spec.commandLine().getOut(), err);
        }
        try (HypervisorBackend backend = Backends.open(jxl.global(), line -> err.println("jxl: " + Echo.escape(line)))) {
            List<DomainInfo> all = backend.list();
            domains = only.isEmpty() ? all : only.stream().map(q -> DestroyCommand.find(all, q)).toList();
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(domains) : text(domains));
        out.flush();
        return ExitCode.OK;
    }

    /** xl's own layout (xl_info.c list_domains), Time(s) included: a simulated guest has used none. */
    static String text(List<DomainInfo> domains) {
        StringBuilder b = new StringBuilder("Name                                        ID   Mem VCPUs\tState\tTime(s)\n");
        for (DomainInfo d : domains) {
            // "%-40s %5d %5d %5d     %s  %8.1f\n", spelled out: a cold String.format costs milliseconds
            b.append(StringUtils.rightPad(d.name(), 40)).append(' ')
                    .append(StringUtils.leftPad(Integer.toString(d.domid()), 5)).append(' ')
                    .append(StringUtils.leftPad(Long.toString(d.currentMemKib() / 1024), 5)).append(' ')
                    .append(StringUtils.leftPad(Integer.toString(d.vcpus()), 5)).append("     ")
                    .append(d.state()).append("  ").append(StringUtils.leftPad("0.0", 8)).append('\n');
        }
        return b.toString();
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
