package dev.jxl.build;

import dev.jxl.build.backend.BackendException;
import dev.jxl.build.backend.HostInfo;
import dev.jxl.build.backend.HypervisorBackend;
import dev.jxl.build.host.HostDescriptionException;
import dev.jxl.build.host.HostDescriptions;
import dev.jxl.build.sim.BuiltinHost;
import dev.jxl.layout.host.Host;
import dev.jxl.build.sim.SimBackend;
import dev.jxl.build.sim.SimOptions;
import dev.jxl.cli.ExitCode;
import dev.jxl.cli.GlobalOptions;
import dev.jxl.cli.JxlException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Opens the backend the global options choose; the caller closes it (which releases the sim's lock). */
public final class Backends {
    private Backends() {
    }

    /**
     * @param initialHost the host a fresh sim boots with (only read when its state does not exist yet)
     * @param notices     where recovery notices go, one line each (stderr in the CLI)
     */
    public static HypervisorBackend open(GlobalOptions global, Supplier<HostInfo> initialHost, Consumer<String> notices) {
        if (global.backend() == GlobalOptions.Backend.xl) {
            throw new JxlException(ExitCode.BACKEND_FAILED, "with --backend xl, xl itself does this"
                    + " (jxl hands it create, list, info and destroy); for host pmem use `xl pmem-*`");
        }
        Path dir = global.stateDir() != null ? global.stateDir()
                : SimBackend.defaultStateDir(System.getenv(), System.getProperty("user.home"));
        SimOptions options;
        try {
            options = SimOptions.fromEnvironment();
        } catch (IllegalArgumentException e) {
            throw new JxlException(ExitCode.USAGE, e.getMessage(), e);
        }
        try {
            return SimBackend.open(dir, initialHost, options, notices);
        } catch (BackendException e) {
            throw new JxlException(ExitCode.BACKEND_FAILED, e.getMessage(), e);
        }
    }

    /**
     * As above; a fresh sim boots the host the planner sees: {@code --host FILE} or the built-in one.
     * An existing sim keeps the host it was booted with.
     */
    public static HypervisorBackend open(GlobalOptions global, Consumer<String> notices) {
        Host host = host(global); // read even when the sim exists: a bad --host is never ignored
        // the built-in host comes with its pmem set up, so vNVDIMMs work out of the box; a described
        // host starts as a real one does, with nothing set up until `jxl pmem setup`
        return open(global, () -> BuiltinHost.from(host, global.host() == null), notices);
    }

    /** Where {@code --backend xl} keeps the native configs and ACPI tables of the guests it created. */
    public static Path xlConfigDir(GlobalOptions global) {
        return (global.stateDir() != null ? global.stateDir()
                : SimBackend.defaultStateDir(System.getenv(), System.getProperty("user.home"))).resolve("xl");
    }

    /** The host of the global options: {@code --host FILE}, or the built-in description. */
    public static Host host(GlobalOptions global) {
        try {
            return global.host() != null ? HostDescriptions.read(global.host()) : HostDescriptions.builtIn();
        } catch (HostDescriptionException e) {
            // a host description is input like a config: its errors are exit 1
            throw new JxlException(ExitCode.CONFIG_ERROR, e.getMessage(), e);
        }
    }
}
