package dev.jxl.cli;

import dev.jxl.builder.backend.HypervisorBackend;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code jxl pause DOMAIN}: one more toolstack pause of the domain, as xl pause (XEN_DOMCTL_pausedomain;
 * Xen counts them, so each pause needs its unpause). xl logs a refused pause and exits 0; jxl exits 4.
 */
@Command(name = "pause", description = "Pause a domain (by name or id), as xl pause.")
final class PauseCommand extends DomainCommand {
    @Override
    String operation() {
        return "pause";
    }

    @Override
    void apply(HypervisorBackend backend, int domid) {
        backend.pause(domid);
    }

    @Override
    int handOver(GlobalOptions global, PrintWriter out, PrintWriter err) {
        return XlHandover.pauseOrUnpause(global, operation(), domain, out, err);
    }
}
