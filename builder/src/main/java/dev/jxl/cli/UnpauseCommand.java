package dev.jxl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jxl unpause DOMAIN}: one toolstack pause less, as xl unpause (XEN_DOMCTL_unpausedomain): a
 * domain created with {@code create -p} starts; one paused twice needs two. Unpausing a domain that
 * is not paused is refused (Xen: -EINVAL; xl logs it and exits 0, jxl exits 4).
 */
@Command(name = "unpause", description = "Unpause a paused domain (by name or id), as xl unpause.")
final class UnpauseCommand implements Callable<Integer> {
    @ParentCommand
    Jxl jxl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|ID", description = "The domain.")
    String domain;

    @Override
    public Integer call() {
        return PauseCommand.run(jxl.global(), spec, domain, false);
    }
}
