package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.flag;
import static dev.jxl.cli.CommandModel.option;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/**
 * Options every subcommand takes, before or after its name: declared once, on jxl itself, with
 * picocli's inherited scope, which copies them onto each subcommand sharing one value, so
 * {@code jxl -N create x.cfg} and {@code jxl create -N x.cfg} mean the same.
 *
 * <p>Not a record: a backend caches the live host per instance (identity), one per run.
 */
public final class GlobalOptions {

    /** The backends a domain can be built on. */
    public enum Backend { sim, xl }

    private final boolean dryRun;
    private final boolean verbose;
    private final Backend backend;
    private final Path host;
    private final Path stateDir;

    GlobalOptions(boolean dryRun, boolean verbose, Backend backend, Path host, Path stateDir) {
        this.dryRun = dryRun;
        this.verbose = verbose;
        this.backend = backend;
        this.host = host;
        this.stateDir = stateDir;
    }

    /** jxl's rows for them, in the order the man page lists them. */
    static Object[] rows() {
        return new Object[] {
            flag("-N, --dry-run", "Change nothing; for create, print the libxl domain JSON as `xl -N create` does.")
                    .scopeType(ScopeType.INHERIT),
            flag("-v, --verbose", "Say more; show the stack trace of an internal error.").scopeType(ScopeType.INHERIT),
            option("--backend", "sim|xl", Backend.class,
                    "Where domains are built: sim (a simulated Xen host, the default) or xl (real Xen).")
                    .scopeType(ScopeType.INHERIT),
            option("--host", "FILE", Path.class, "A JSON host description (default: the built-in two-socket server).")
                    .scopeType(ScopeType.INHERIT),
            option("--state-dir", "DIR", Path.class, "State of the simulated host (default: $XDG_STATE_HOME/jxl).")
                    .scopeType(ScopeType.INHERIT),
        };
    }

    /**
     * Their values for a run of {@code command}: read where they are declared, jxl's own model, whose
     * options share each value with their copies on the subcommands (the last word given wins).
     */
    static GlobalOptions of(CommandSpec command) {
        Words jxl = new Words(command.root());
        return new GlobalOptions(jxl.flag("-N"), jxl.flag("-v"), jxl.option("--backend", Backend.sim),
                jxl.option("--host", null), jxl.option("--state-dir", null));
    }

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
