package dev.jxl.builder;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.backend.HostInfo;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.builder.host.HostDescriptionException;
import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.builder.host.XenHostProbe;
import dev.jxl.builder.sim.BuiltinHost;
import dev.jxl.layout.host.Host;
import dev.jxl.builder.sim.SimBackend;
import dev.jxl.builder.sim.SimOptions;
import dev.jxl.cli.ExitCode;
import dev.jxl.cli.GlobalOptions;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
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
        refuseXl(global);
        Path dir = simStateDir(global);
        SimOptions options;
        try {
            options = SimOptions.fromEnvironment();
        } catch (IllegalArgumentException e) {
            throw DiagnosticException.of(Failure.USAGE, e.getMessage(), e);
        }
        try {
            return SimBackend.open(dir, initialHost, options, notices);
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
        }
    }

    /**
     * As above; a fresh sim boots the host the planner sees: {@code --host FILE} or the built-in one.
     * An existing sim keeps the host it was booted with.
     */
    public static HypervisorBackend open(GlobalOptions global, Consumer<String> notices) {
        refuseXl(global); // before the host: refusing needs no probe of real Xen
        Host host = host(global); // read even when the sim exists: a bad --host is never ignored
        // the built-in host comes with its pmem set up, so vNVDIMMs work out of the box; a described
        // host starts as a real one does, with nothing set up until `jxl pmem setup`
        return open(global, () -> BuiltinHost.from(host, global.host() == null), notices);
    }

    /** Where {@code --backend xl} keeps the native configs and ACPI tables of the guests it created. */
    public static Path xlConfigDir(GlobalOptions global) {
        return simStateDir(global).resolve("xl");
    }

    private static Path simStateDir(GlobalOptions global) {
        return global.stateDir() != null ? global.stateDir()
                : SimBackend.defaultStateDir(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * With {@code --backend xl}, create, list, info, destroy and pmem list branch off before opening a
     * backend, so what still arrives here is a change to host pmem, and real Xen has no call for it.
     */
    private static void refuseXl(GlobalOptions global) {
        if (global.backend() == GlobalOptions.Backend.xl) {
            throw DiagnosticException.of(Failure.BACKEND, "with --backend xl host pmem cannot be set up: upstream"
                    + " Xen 4.17 has no XEN_SYSCTL_nvdimm_pmem_setup (the vNVDIMM series was never merged), so its"
                    + " regions stay raw; vnvdimms reach them as iomem=");
        }
    }

    /** The host of the global options, warnings to stderr; see {@link #host(GlobalOptions, Consumer)}. */
    public static Host host(GlobalOptions global) {
        return host(global, System.err::println);
    }

    /**
     * The host to plan on. The sim: {@code --host FILE}, or the built-in description. {@code --backend
     * xl}: the live host as Xen reports it ({@link XenHostProbe}); with {@code --host FILE} the file wins,
     * and each way it disagrees with Xen is a warning. Real Xen is probed once per command (per global
     * options), however often a command asks.
     *
     * @param warnings where the warnings go, one line each, {@code jxl: warning: …}
     */
    public static Host host(GlobalOptions global, Consumer<String> warnings) {
        if (global.backend() != GlobalOptions.Backend.xl) {
            return simHost(global);
        }
        return LIVE.computeIfAbsent(global, g -> live(g, warnings));
    }

    /**
     * The sim's host: once booted, the one its state was booted with, with the memory free and the
     * pmem set up now (so a plan refuses a vNVDIMM the build could not map); before the first boot,
     * the description alone ({@code --host FILE} or the built-in one), its pmem setup not known (a
     * plan then is a preview). A {@code --host} that describes another machine is refused by name
     * rather than half-used.
     */
    private static Host simHost(GlobalOptions global) {
        Optional<HostInfo> booted;
        try {
            booted = SimBackend.bootedHost(simStateDir(global));
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
        }
        if (booted.isEmpty()) {
            return described(global);
        }
        if (global.host() != null) {
            Host asked = described(global);
            Host was = booted.get().host();
            if (!asked.equals(was)) {
                throw DiagnosticException.of(Failure.USAGE, "--host " + global.host() + " describes another machine than"
                        + " the sim in " + simStateDir(global) + " was booted with (" + difference(asked, was)
                        + "); a sim keeps its host: use a new --state-dir for " + global.host()
                        + ", or leave --host out");
            }
        }
        return booted.get().planningHost();
    }

    /** The first way two hosts differ, in the description's words. */
    static String difference(Host asked, Host was) {
        if (asked.cpus() != was.cpus()) {
            return "cpus " + asked.cpus() + " vs " + was.cpus();
        }
        if (asked.numaNodes() != was.numaNodes()) {
            return "nr_nodes " + asked.numaNodes() + " vs " + was.numaNodes();
        }
        if (asked.memoryKib() != was.memoryKib()) {
            return "memory_kib " + asked.memoryKib() + " vs " + was.memoryKib();
        }
        if (asked.freeMemoryKib() != was.freeMemoryKib()) {
            return "free_memory_kib " + asked.freeMemoryKib() + " vs " + was.freeMemoryKib();
        }
        if (!asked.e820().equals(was.e820())) {
            return "e820: " + asked.e820().size() + " vs " + was.e820().size() + " entries";
        }
        if (!asked.pmem().equals(was.pmem())) {
            return "pmem: " + asked.pmem() + " vs " + was.pmem();
        }
        return "xen_version, paddr_bits, seabios_image_size or rdm";
    }

    // keyed by the command's GlobalOptions (identity: it has no equals); weak, so a finished command's goes
    private static final Map<GlobalOptions, Host> LIVE = Collections.synchronizedMap(new WeakHashMap<>());

    /** Where the live-host probe reads /proc and /sys: {@code -Djxl.xen.root} (tests), else {@code /}. */
    private static XenHostProbe liveProbe(GlobalOptions global) {
        String root = System.getProperty("jxl.xen.root");
        return new XenHostProbe(Path.of(root == null || root.isBlank() ? "/" : root), XenHostProbe.XL,
                xlConfigDir(global).resolveSibling("xen-host"));
    }

    private static Host live(GlobalOptions global, Consumer<String> warnings) {
        XenHostProbe probe = liveProbe(global);
        if (global.host() == null) {
            try {
                return probe.probe().host();
            } catch (BackendException | HostDescriptionException e) {
                throw DiagnosticException.of(Failure.BACKEND, "cannot learn the host from Xen: " + e.getMessage(), e);
            }
        }
        Host described = described(global);
        XenHostProbe.Live live;
        try {
            live = probe.probe();
        } catch (BackendException | HostDescriptionException e) {
            warnings.accept("jxl: warning: cannot compare " + global.host() + " with the live host: " + e.getMessage());
            return described;
        }
        for (String w : live.disagreements(global.host().toString(), described)) {
            warnings.accept("jxl: warning: " + w);
        }
        return described;
    }

    /** {@code --host FILE}, or the built-in description. */
    private static Host described(GlobalOptions global) {
        // a bad description is a DiagnosticException of its own (exit 6, every problem and a note)
        return global.host() != null ? HostDescriptions.read(global.host()) : HostDescriptions.builtIn();
    }
}
