package dev.jxl.cli;

import dev.jxl.builder.sim.SimStateCheck;
import dev.jxl.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code jxl state check}: every problem of the sim's state document, one per line at its place, with
 * the repair {@code jxl state repair} would make where one is safe. Reads without the lock and writes
 * nothing, so it works on a read-only state directory. Exit 0 when there is none, 6 otherwise.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Print every problem of the sim's state.json (exit 0 if none, 6 otherwise).")
final class StateCheckCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    StateCommand state;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SimStateCheck.Report report = SimStateCheck.check(state.stateDir());
        PrintWriter out = spec.commandLine().getOut();
        for (Diagnostic d : report.diagnostics()) {
            out.println(d);
        }
        out.flush();
        return report.ok() ? ExitCode.OK : ExitCode.BAD_DOCUMENT;
    }
}
