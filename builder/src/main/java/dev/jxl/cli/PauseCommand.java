package dev.jxl.cli;

import dev.jxl.build.Backends;
import dev.jxl.build.backend.BackendException;
import dev.jxl.build.backend.DomainInfo;
import dev.jxl.build.backend.HypervisorBackend;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jxl pause DOMAIN}: one more toolstack pause of the domain, as xl pause (XEN_DOMCTL_pausedomain;
 * Xen counts them, so each pause needs its unpause). xl logs a refused pause and exits 0; jxl exits 4.
 */
@Command(name = "pause", description = "Pause a domain (by name or id), as xl pause.")
final class PauseCommand implements Callable<Integer> {
    @ParentCommand
    Jxl jxl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|ID", description = "The domain.")
    String domain;

    @Override
    public Integer call() {
        return run(jxl.global(), spec, domain, true);
    }

    /** Pause or unpause on the chosen backend; with -N only the domain is looked up. */
    static int run(GlobalOptions global, picocli.CommandLine.Model.CommandSpec spec, String domain, boolean pause) {
        String op = pause ? "pause" : "unpause";
        PrintWriter err = spec.commandLine().getErr();
        if (global.backend() == GlobalOptions.Backend.xl) {
            return XlHandover.pauseOrUnpause(global, op, domain, spec.commandLine().getOut(), err);
        }
        try (HypervisorBackend backend = Backends.open(global, line -> err.println("jxl: " + line))) {
            DomainInfo d = DestroyCommand.find(backend.list(), domain);
            if (global.dryRun()) {
                return ExitCode.OK;
            }
            if (pause) {
                backend.pause(d.domid());
            } else {
                backend.unpause(d.domid());
            }
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, op + " " + domain + ": " + e.getMessage(), e);
        }
        return ExitCode.OK;
    }
}
