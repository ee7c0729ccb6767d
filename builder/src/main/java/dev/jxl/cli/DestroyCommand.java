package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Echo;
import dev.jxl.diag.Failure;
import dev.jxl.build.Backends;
import dev.jxl.build.backend.BackendException;
import dev.jxl.build.backend.DomainInfo;
import dev.jxl.build.backend.HypervisorBackend;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jxl destroy NAME|ID}: destroy a domain at once, releasing everything it holds. */
@Command(name = "destroy", description = "Destroy a domain (by name or id) and release what it holds.")
final class DestroyCommand implements Callable<Integer> {
    @ParentCommand
    Jxl jxl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|ID", description = "The domain.")
    String domain;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (jxl.global().backend() == GlobalOptions.Backend.xl) {
            return XlHandover.destroy(jxl.global(), domain, spec.commandLine().getOut(), err);
        }
        try (HypervisorBackend backend = Backends.open(jxl.global(), line -> err.println("jxl: " + Echo.escape(line)))) {
            DomainInfo d = find(backend.list(), domain);
            if (jxl.global().dryRun()) {
                return ExitCode.OK;
            }
            backend.destroy(d.domid());
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, "destroy " + domain + ": " + e.getMessage(), e);
        }
        return ExitCode.OK;
    }

    /** As libxl_domain_qualifier_to_domid: all digits is an id, anything else a name. */
    static DomainInfo find(List<DomainInfo> domains, String qualifier) {
        boolean numeric = !qualifier.isEmpty() && qualifier.chars().allMatch(c -> c >= '0' && c <= '9');
        for (DomainInfo d : domains) {
            if (numeric ? qualifier.length() < 10 && d.domid() == Integer.parseInt(qualifier)
                    : d.name().equals(qualifier)) {
                return d;
            }
        }
        throw DiagnosticException.of(Failure.NO_SUCH_DOMAIN, "no domain " + (numeric ? "with id " : "named ") + qualifier)
                .withNote("'jxl list' shows the domains of this backend");
    }
}
