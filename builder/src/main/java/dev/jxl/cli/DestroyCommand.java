package dev.jxl.cli;

import dev.jxl.builder.backend.HypervisorBackend;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code jxl destroy NAME|ID}: destroy a domain at once, releasing everything it holds. */
@Command(name = "destroy", description = "Destroy a domain (by name or id) and release what it holds.")
final class DestroyCommand extends DomainCommand {
    @Override
    String operation() {
        return "destroy";
    }

    @Override
    void apply(HypervisorBackend backend, int domid) {
        backend.destroy(domid);
    }

    @Override
    int handOver(GlobalOptions global, PrintWriter out, PrintWriter err) {
        return XlHandover.destroy(global, domain, out, err);
    }
}
