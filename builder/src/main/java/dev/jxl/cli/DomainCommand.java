package dev.jxl.cli;

import dev.jxl.builder.Backends;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.backend.DomainInfo;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Echo;
import dev.jxl.diag.Failure;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command on one domain named by name or id ({@code destroy}, {@code pause}, {@code unpause}): with
 * {@code --backend xl} handed to real xl, else the domain is looked up on the backend and, unless
 * {@code -N}, the operation done; a refusal is exit 4 naming the operation and the domain.
 */
abstract class DomainCommand implements Callable<Integer> {
    @ParentCommand
    Jxl jxl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|ID", description = "The domain.")
    String domain;

    /** xl's name of the operation, as the error message and the xl hand-over say it. */
    abstract String operation();

    /** The operation on the backend, on the domain found. */
    abstract void apply(HypervisorBackend backend, int domid);

    /** The same operation by real xl. */
    abstract int handOver(GlobalOptions global, PrintWriter out, PrintWriter err);

    @Override
    public final Integer call() {
        GlobalOptions global = jxl.global();
        PrintWriter err = spec.commandLine().getErr();
        if (global.backend() == GlobalOptions.Backend.xl) {
            return handOver(global, spec.commandLine().getOut(), err);
        }
        try (HypervisorBackend backend = Backends.open(global, line -> err.println("jxl: " + Echo.escape(line)))) {
            DomainInfo d = find(backend.list(), domain);
            if (!global.dryRun()) {
                apply(backend, d.domid());
            }
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, operation() + " " + domain + ": " + e.getMessage(), e);
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
