package dev.jxl.cli;

import dev.jxl.builder.backend.HypervisorBackend;
import java.io.PrintWriter;

/** {@code jxl destroy NAME|ID}: destroy a domain at once, releasing everything it holds. */
final class DestroyCommand extends DomainCommand {
    static final String NAME = "destroy";
    static final String DESCRIPTION = "Destroy a domain (by name or id) and release what it holds.";

    DestroyCommand() {
        super(NAME, DESCRIPTION);
    }

    @Override
    void apply(HypervisorBackend backend, int domid) {
        backend.destroy(domid);
    }

    @Override
    int handOver(GlobalOptions global, String domain, PrintWriter out, PrintWriter err) {
        return XlHandover.destroy(global, domain, out, err);
    }
}
