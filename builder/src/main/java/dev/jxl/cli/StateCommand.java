package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.builder.sim.SimBackend;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code jxl state …}: the simulated host's state document ({@code STATE_DIR/state.json}) — every
 * problem in it, and the repairs that are safe.
 */
@Command(name = "state", mixinStandardHelpOptions = true,
        description = "The sim's state document: check it, repair what can safely be repaired.",
        subcommands = {
            StateCheckCommand.class,
            StateRepairCommand.class,
        })
final class StateCommand implements Runnable {
    @CommandLine.ParentCommand
    Jxl jxl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a state command is required (check or repair)");
    }

    /** The sim's state directory: {@code --state-dir}, else the XDG default (as the sim opens it). */
    Path stateDir() {
        GlobalOptions global = jxl.global();
        if (global.backend() == GlobalOptions.Backend.xl) {
            throw DiagnosticException.of(Failure.USAGE, "jxl state works on the simulated host's state; with --backend xl"
                    + " the host's state is Xen's own");
        }
        return global.stateDir() != null ? global.stateDir()
                : SimBackend.defaultStateDir(System.getenv(), System.getProperty("user.home"));
    }
}
