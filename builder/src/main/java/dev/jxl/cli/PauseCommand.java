package dev.jxl.cli;

import dev.jxl.builder.backend.HypervisorBackend;
import java.io.PrintWriter;

/**
 * {@code jxl pause DOMAIN}: one more toolstack pause of the domain, as xl pause (XEN_DOMCTL_pausedomain;
 * Xen counts them, so each pause needs its unpause). xl logs a refused pause and exits 0; jxl exits 4.
 */
final class PauseCommand extends DomainCommand {
    static final String NAME = "pause";
    static final String DESCRIPTION = "Pause a domain (by name or id), as xl pause.";

    PauseCommand() {
        super(NAME, DESCRIPTION);
    }

    @Override
    void apply(HypervisorBackend backend, int domid) {
        backend.pause(domid);
    }

    @Override
    int handOver(GlobalOptions global, String domain, PrintWriter out, PrintWriter err) {
        return XlHandover.pauseOrUnpause(global, operation(), domain, out, err);
    }
}
