package dev.jxl.builder.sim;

import dev.jxl.layout.pmem.PmemSetupRequest;
import dev.jxl.layout.pmem.PmemSetupValidator;
import dev.jxl.layout.pmem.SetupOutcome;

import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.json.JsonTree;
import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.builder.backend.DomainInfo;
import dev.jxl.builder.backend.HostInfo;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.layout.plan.BuildStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The simulated Xen host ({@code --backend sim}, the default). Opening it takes the state directory's
 * lock (other jxl processes wait), reads the document and recovers from a crash: a domain still
 * marked as being built was left by a process that died between two steps, and is undone. Every
 * step is then checked by {@link SimRules} and written through before the call returns.
 */
public final class SimBackend implements HypervisorBackend {
    private final SimStore store;
    private final SimOptions options;
    private SimState state;

    private SimBackend(SimStore store, SimState state, SimOptions options) {
        this.store = store;
        this.state = state;
        this.options = options;
    }

    /**
     * Opens the host under {@code stateDir}, booting it from {@code initialHost} the first time.
     * Recovery notices (one line each) go to {@code notices}.
     */
    public static SimBackend open(Path stateDir, Supplier<HostInfo> initialHost, SimOptions options,
            Consumer<String> notices) {
        SimStore store = SimStore.open(stateDir, options.fsync());
        try {
            // plain code, no lambdas, as on the whole read path (SimStateCheck says why)
            Optional<SimState> read = store.read();
            SimState state;
            if (read.isPresent()) {
                state = read.get();
            } else {
                state = SimState.boot(Objects.requireNonNull(initialHost.get(), "initial host"));
                if (store.writable()) {
                    store.write(state);
                } // read-only: this process sees the host boot, and the first one that may write keeps it
            }
            SimBackend sim = new SimBackend(store, state, options);
            sim.recover(notices);
            return sim;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The host of the sim under {@code stateDir}, when it has been booted (read without the lock). */
    public static Optional<HostInfo> bootedHost(Path stateDir) {
        Optional<SimState> state = SimStore.readAt(stateDir);
        return state.isPresent() ? Optional.of(state.get().host) : Optional.empty();
    }

    /** {@code $XDG_STATE_HOME/jxl}, else {@code ~/.local/state/jxl} (the XDG base directory rule). */
    public static Path defaultStateDir(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "jxl");
        }
        return Path.of(userHome, ".local", "state", "jxl");
    }

    public Path stateDir() {
        return store.dir();
    }

    private void recover(Consumer<String> notices) {
        List<SimDomain> halfBuilt = new ArrayList<>();
        for (SimDomain d : state.domains) {
            if (d.building()) {
                halfBuilt.add(d);
            }
        }
        if (!store.writable()) {
            for (SimDomain d : halfBuilt) {
                notices.accept("domain " + d.domid + " (" + d.name + ") was left half-built by an interrupted jxl; the"
                        + " first jxl that may write " + store.dir() + " undoes it");
            }
            return;
        }
        for (SimDomain d : halfBuilt) {
            int steps = d.journal.size();
            SimRules rules = new SimRules(state);
            rules.destroy(d.domid);
            rules.restoreRover(d);
            notices.accept("recovered: undid domain " + d.domid + " (" + d.name + "), left half-built after "
                    + steps + (steps == 1 ? " step" : " steps") + " by an interrupted jxl");
        }
        if (!halfBuilt.isEmpty()) {
            store.write(state);
        }
    }

    @Override
    public HostInfo hostInfo() {
        return state.host;
    }

    @Override
    public int execute(int domid, BuildStep step) {
        int index = step instanceof BuildStep.CreateDomain ? 0
                : state.domain(domid).map(d -> d.journal.size()).orElse(-1);
        if (options.failAt().isPresent() && options.failAt().getAsInt() == index) {
            throw new BackendException("injected fault at step " + index + " (JXL_SIM_FAIL_AT)");
        }
        int result = change(() -> new SimRules(state).execute(domid, step));
        if (options.hangAfter().isPresent() && options.hangAfter().getAsInt() == index) {
            hang(index);
        }
        return result;
    }

    @Override
    public void undo(int domid, BuildStep step) {
        change(() -> {
            new SimRules(state).undo(domid, step);
            return null;
        });
    }

    @Override
    public List<DomainInfo> list() {
        List<DomainInfo> out = new ArrayList<>();
        for (SimDomain d : state.domains) {
            out.add(new DomainInfo(d.domid, d.name, d.totPages * 4, d.maxVcpus, d.stateLetters()));
        }
        return out;
    }

    @Override
    public Optional<String> storedConfig(int domid) {
        return state.domain(domid).filter(d -> d.libxlConfig != null).map(d -> {
            YajlWriter w = new YajlWriter();
            JsonTree.writeValue(w, d.libxlConfig);
            return w.toString();
        });
    }

    @Override
    public void pause(int domid) {
        change(() -> {
            new SimRules(state).pause(domid);
            return null;
        });
    }

    @Override
    public void unpause(int domid) {
        change(() -> {
            new SimRules(state).unpause(domid);
            return null;
        });
    }

    @Override
    public void destroy(int domid) {
        change(() -> {
            new SimRules(state).destroy(domid);
            return null;
        });
    }

    @Override
    public void setupPmem(PmemSetupRequest request) {
        change(() -> {
            SetupOutcome outcome = PmemSetupValidator.check(request, state.host.pmem(), SimPmem.state(state.host));
            if (outcome instanceof SetupOutcome.Refused r) {
                throw new BackendException("pmem setup " + request + " refused (" + r.rule() + ", " + r.errno() + "): "
                        + r.message());
            }
            state.host = SimPmem.with(state.host, ((SetupOutcome.Accepted) outcome).after());
            return null;
        });
    }

    /** The document as it is on disk now (for tests and {@code jxl info --format json}). */
    public byte[] document() {
        return SimStore.serialize(state);
    }

    @Override
    public void close() {
        store.close();
    }

    /** Applies a change and writes it through; if either fails, memory is reloaded from the document. */
    private <T> T change(Supplier<T> change) {
        store.requireWritable();
        try {
            T result = change.get();
            store.write(state);
            return result;
        } catch (RuntimeException e) {
            state = store.read().orElseThrow(() -> e);
            throw e;
        }
    }

    private static void hang(int index) {
        System.err.println("jxl-sim: hanging after step " + index + " (JXL_SIM_HANG_AFTER)");
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BackendException("interrupted while hanging after step " + index);
            }
        }
    }
}
