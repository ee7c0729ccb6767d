package dev.jxl.cli;

import dev.jxl.builder.sim.SimBackend;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import java.nio.file.Path;

/**
 * {@code jxl state …}: the simulated host's state document ({@code STATE_DIR/state.json}) — every
 * problem in it, and the repairs that are safe.
 */
final class StateCommand {
    static final String NAME = "state";
    static final String DESCRIPTION = "The sim's state document: check it, repair what can safely be repaired.";

    private StateCommand() {
    }

    static CommandGroup group() {
        return new CommandGroup(NAME, DESCRIPTION, "a state command is required (check or repair)",
                new StateCheckCommand(), new StateRepairCommand());
    }

    /** The sim's state directory: {@code --state-dir}, else the XDG default (as the sim opens it). */
    static Path stateDir(GlobalOptions global) {
        if (global.backend() == GlobalOptions.Backend.xl) {
            throw DiagnosticException.of(Failure.USAGE, "jxl state works on the simulated host's state; with --backend xl"
                    + " the host's state is Xen's own");
        }
        return global.stateDir() != null ? global.stateDir()
                : SimBackend.defaultStateDir(System.getenv(), System.getProperty("user.home"));
    }
}
