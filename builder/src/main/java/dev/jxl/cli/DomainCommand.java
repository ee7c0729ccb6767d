package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.parameter;

import dev.jxl.builder.Backends;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.backend.DomainInfo;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Echo;
import dev.jxl.diag.Failure;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command on one domain named by name or id ({@code destroy}, {@code pause}, {@code unpause}): with
 * {@code --backend xl} handed to real xl, else the domain is looked up on the backend and, unless
 * {@code -N}, the operation done; a refusal is exit 4 naming the operation and the domain.
 */
abstract class DomainCommand implements JxlCommand<DomainCommand.Args> {
    private final String operation;
    private final String description;

    /** {@code operation}: xl's name of it, the command's name too. */
    DomainCommand(String operation, String description) {
        this.operation = operation;
        this.description = description;
    }

    @Override
    public final CommandSpec spec() {
        return CommandModel.command(this, operation, description, parameter("0", "NAME|ID", String.class, "The domain."));
    }

    record Args(GlobalOptions global, String domain) {
    }

    @Override
    public final Args args(Words words) {
        return new Args(words.global(), words.parameter("NAME|ID", null));
    }

    /** xl's name of the operation, as the error message and the xl hand-over say it. */
    final String operation() {
        return operation;
    }

    /** The operation on the backend, on the domain found. */
    abstract void apply(HypervisorBackend backend, int domid);

    /** The same operation by real xl. */
    abstract int handOver(GlobalOptions global, String domain, PrintWriter out, PrintWriter err);

    @Override
    public final int run(Args args, PrintWriter out, PrintWriter err) {
        GlobalOptions global = args.global();
        if (global.backend() == GlobalOptions.Backend.xl) {
            return handOver(global, args.domain(), out, err);
        }
        try (HypervisorBackend backend = Backends.open(global, line -> err.println("jxl: " + Echo.escape(line)))) {
            DomainInfo d = find(backend.list(), args.domain());
            if (!global.dryRun()) {
                apply(backend, d.domid());
            }
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, operation + " " + args.domain() + ": " + e.getMessage(), e);
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
