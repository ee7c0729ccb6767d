package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.sim.SimStateCheck;
import dev.jxl.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code jxl state repair}: makes the safe repairs of the sim's state document, each printed, all or
 * none, under the lock and atomically (as every change of the sim is written); a problem with no safe
 * repair refuses the whole repair with the reason. With {@code -N} it says what it would change.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Make the safe repairs of the sim's state.json, printing each (-N: only say what would change).")
final class StateRepairCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    StateCommand state;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SimStateCheck.Repaired result;
        try {
            result = SimStateCheck.repair(state.stateDir(), state.jxl.global().dryRun());
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Diagnostic d : result.diagnostics()) {
            out.println(d);
        }
        out.flush();
        return result.repaired() ? ExitCode.OK : ExitCode.BAD_DOCUMENT;
    }
}
