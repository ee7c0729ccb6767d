package dev.jxl.cli;

import dev.jxl.builder.sim.SimStateCheck;
import dev.jxl.diag.Diagnostic;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl state check}: every problem of the sim's state document, one per line at its place, with
 * the repair {@code jxl state repair} would make where one is safe. Reads without the lock and writes
 * nothing, so it works on a read-only state directory. Exit 0 when there is none, 6 otherwise.
 */
final class StateCheckCommand implements JxlCommand<GlobalOptions> {
    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, "check", "Print every problem of the sim's state.json (exit 0 if none, 6"
                + " otherwise).");
    }

    @Override
    public GlobalOptions args(Words words) {
        return words.global();
    }

    @Override
    public int run(GlobalOptions global, PrintWriter out, PrintWriter err) {
        SimStateCheck.Report report = SimStateCheck.check(StateCommand.stateDir(global));
        for (Diagnostic d : report.diagnostics()) {
            out.println(d);
        }
        out.flush();
        return report.ok() ? ExitCode.OK : ExitCode.BAD_DOCUMENT;
    }
}
