package dev.jxl.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every subcommand takes, before or after its name (picocli's inherited scope). Mixed into
 * each subcommand, so {@code jxl -N create x.cfg} and {@code jxl create -N x.cfg} mean the same.
 */
public final class GlobalOptions {

    /** The backends a domain can be built on. */
    public enum Backend { sim, xl }

    @Option(names = {"-N", "--dry-run"}, scope = ScopeType.INHERIT,
            description = "Change nothing; for create, print the libxl domain JSON as `xl -N create` does.")
    boolean dryRun;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Say more; show the stack trace of an internal error.")
    boolean verbose;

    @Option(names = "--backend", scope = ScopeType.INHERIT, paramLabel = "sim|xl",
            description = "Where domains are built: sim (a simulated Xen host, the default) or xl (real Xen).")
    Backend backend = Backend.sim;

    @Option(names = "--host", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "A JSON host description (default: the built-in two-socket server).")
    Path host;

    @Option(names = "--state-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "State of the simulated host (default: $XDG_STATE_HOME/jxl).")
    Path stateDir;

    public boolean dryRun() {
        return dryRun;
    }

    public boolean verbose() {
        return verbose;
    }

    public Backend backend() {
        return backend;
    }

    public Path host() {
        return host;
    }

    public Path stateDir() {
        return stateDir;
    }
}
