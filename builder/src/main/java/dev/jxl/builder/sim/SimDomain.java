package dev.jxl.builder.sim;

import dev.jxl.builder.backend.HostInfo;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One domain of the simulated host, as the state document holds it. */
public final class SimDomain {
    /** Still being built: a crash leaves it so, and the next start undoes it. */
    public static final String BUILDING = "building";
    /** Built (libxl's create complete) and paused by the toolstack: {@code create -p}, or {@code pause}. */
    public static final String PAUSED = "paused";
    public static final String RUNNING = "running";
    /** Xen's limit on {@code controller_pause_count} (-EOVERFLOW past it). */
    public static final int MAX_PAUSE_COUNT = 255;

    public int domid;
    public String name;
    public String type;
    public String state;
    /**
     * Xen's {@code controller_pause_count}: createdomain leaves it at 1, each pausedomain adds one and
     * each unpausedomain takes one; the domain runs only at 0 (so two pauses need two unpauses).
     */
    public int pauseCount;
    public int maxVcpus;
    public long maxMemKib;
    /** Pages of RAM the domain owns (populated RAM and toolstack-loaded pages), as Xen's d->tot_pages. */
    public long totPages;
    public List<E820Entry> memoryMap = new ArrayList<>();
    /** What is mapped into the domain, in the order it was mapped. */
    public List<P2mEntry> p2m = new ArrayList<>();
    /** The domain's xenstore nodes, relative to /local/domain/DOMID. */
    public Map<String, String> xenstore = new TreeMap<>();
    /** The build steps done, in order: how a build is undone, after a failure or a crash. */
    public List<JournalEntry> journal = new ArrayList<>();
    /**
     * The domain's libxl config as libxl keeps it (userdata {@code libxl-json}, read back by
     * {@code xl list -l}), as JSON values ({@code JsonTree}); null until its userdata_store step, and
     * in documents from before jxl kept it.
     */
    public Map<String, Object> libxlConfig;

    static SimDomain domain0(HostInfo host) {
        SimDomain d = new SimDomain();
        d.domid = 0;
        d.name = "Domain-0";
        d.type = "pv";
        d.state = RUNNING;
        d.maxVcpus = host.cpus();
        d.maxMemKib = host.memoryKib() - host.freeMemoryKib();
        d.totPages = d.maxMemKib / 4;
        d.xenstore.put("name", d.name);
        return d;
    }

    public boolean building() {
        return BUILDING.equals(state);
    }

    /** xl list's state letters: a simulated guest never runs a vCPU, so unpaused it is blocked (idle). */
    public String stateLetters() {
        return RUNNING.equals(state) ? "-b----" : "--p---";
    }

    /**
     * One mapping: {@code kind} is {@code ram}, {@code acpi} (toolstack-populated pages), {@code pmem},
     * {@code pmem_label} (a label area, in its label window) or {@code mmio}; {@code mfn} is set for host frames.
     */
    public record P2mEntry(String kind, Long gfn, Long mfn, long nr, String sha256) {
        boolean overlapsGfns(long start, long count) {
            return gfn != null && gfn < start + count && start < gfn + nr;
        }

        boolean overlapsMfns(long start, long count) {
            return mfn != null && mfn < start + count && start < mfn + nr;
        }
    }

    /** A done step: its canonical line, and what it replaced (to restore on undo), if anything. */
    public record JournalEntry(String line, String previous, List<E820Entry> previousMap) {
        static JournalEntry of(String line) {
            return new JournalEntry(line, null, null);
        }
    }
}
