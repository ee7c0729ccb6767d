package dev.jxl.cli;

import dev.jxl.builder.backend.HypervisorBackend;
import java.io.PrintWriter;

/**
 * {@code jxl unpause DOMAIN}: one toolstack pause less, as xl unpause (XEN_DOMCTL_unpausedomain): a
 * domain created with {@code create -p} starts; one paused twice needs two. Unpausing a domain that
 * is not paused is refused (Xen: -EINVAL; xl logs it and exits 0, jxl exits 4).
 */
final class UnpauseCommand extends DomainCommand {
    static final String NAME = "unpause";
    static final String DESCRIPTION = "Unpause a paused domain (by name or id), as xl unpause.";

    UnpauseCommand() {
        super(NAME, DESCRIPTION);
    }

    @Override
    void apply(HypervisorBackend backend, int domid) {
        backend.unpause(domid);
    }

    @Override
    int handOver(GlobalOptions global, String domain, PrintWriter out, PrintWriter err) {
        return XlHandover.pauseOrUnpause(global, operation(), domain, out, err);
    }
}
