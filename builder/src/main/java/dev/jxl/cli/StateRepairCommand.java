package dev.jxl.cli;

import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.sim.SimStateCheck;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl state repair}: makes the safe repairs of the sim's state document, each printed, all or
 * none, under the lock and atomically (as every change of the sim is written); a problem with no safe
 * repair refuses the whole repair with the reason. With {@code -N} it says what it would change.
 */
final class StateRepairCommand implements JxlCommand<GlobalOptions> {
    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, "repair", "Make the safe repairs of the sim's state.json, printing each"
                + " (-N: only say what would change).");
    }

    @Override
    public GlobalOptions args(Words words) {
        return words.global();
    }

    @Override
    public int run(GlobalOptions global, PrintWriter out, PrintWriter err) {
        SimStateCheck.Repaired result;
        try {
            result = SimStateCheck.repair(StateCommand.stateDir(global), global.dryRun());
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
        }
        for (Diagnostic d : result.diagnostics()) {
            out.println(d);
        }
        out.flush();
        return result.repaired() ? ExitCode.OK : ExitCode.BAD_DOCUMENT;
    }
}
