package dev.jxl.builder.sim;

import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.backend.HostInfo;
import dev.jxl.builder.sim.SimDomain.JournalEntry;
import dev.jxl.builder.sim.SimDomain.P2mEntry;
import dev.jxl.layout.host.MmioMapping;
import dev.jxl.layout.pmem.MfnRange;
import dev.jxl.layout.plan.BuildStep;
import dev.jxl.layout.plan.BuildStep.CreateDomain;
import dev.jxl.layout.plan.BuildStep.DomainStep;
import dev.jxl.layout.plan.BuildStep.LoadAcpi;
import dev.jxl.layout.plan.BuildStep.MapMmio;
import dev.jxl.layout.plan.BuildStep.MapPmem;
import dev.jxl.layout.PmemExtent;
import dev.jxl.layout.plan.BuildStep.PopulateRam;
import dev.jxl.layout.plan.BuildStep.SetMaxMem;
import dev.jxl.layout.plan.BuildStep.SetMemoryMap;
import dev.jxl.layout.plan.BuildStep.StoreConfig;
import dev.jxl.layout.plan.BuildStep.Unpause;
import dev.jxl.layout.plan.BuildStep.WriteXenstore;
import dev.jxl.builder.json.JsonTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Xen (and libxl, for names) enforces, applied to the state document in memory. Every operation
 * checks everything first and changes the state only when it succeeds, so a refused step has no effect.
 * Frames are 4 KiB.
 */
final class SimRules {
    /** DOMID_FIRST_RESERVED: ids from here up are Xen's own (DOMID_SELF, DOMID_IO …). */
    static final int DOMID_FIRST_RESERVED = 0x7FF0;
    /** Xen's own E820MAX, the most entries XENMEM_set_memory_map accepts. */
    static final int E820MAX = 1024;

    private static final String STORE_CONFIG_LINE = "userdata_store " + StoreConfig.USERID + " ";

    private final SimState s;

    SimRules(SimState state) {
        this.s = state;
    }

    /** Carries out {@code step} for {@code domid}; returns the domain's id. */
    int execute(int domid, BuildStep step) {
        if (step instanceof CreateDomain c) {
            return createDomain(c);
        }
        DomainStep onDomain = (DomainStep) step; // BuildStep is sealed: createdomain or a step on a domain
        SimDomain d = step instanceof Unpause ? completing(domid, step) : building(domid, step);
        d.journal.add(onDomain.accept(new Apply(d)));
        return domid;
    }

    /** Reverses {@code step}, which must be the domain's last journalled step. */
    void undo(int domid, BuildStep step) {
        SimDomain d = s.domain(domid).orElseThrow(() -> new BackendException("undo: no domain " + domid));
        if (d.journal.isEmpty() || !lastDone(d).line().equals(step.line())) {
            throw new BackendException("undo: " + step.line() + " is not the last step done for domain " + domid);
        }
        if (step instanceof CreateDomain) {
            if (!d.p2m.isEmpty() || d.totPages != 0) {
                throw new BackendException("undo createdomain: domain " + domid + " still owns memory");
            }
            s.domains.remove(d);
            restoreRover(d);
            return;
        }
        ((DomainStep) step).accept(new Undo(d));
        d.journal.remove(d.journal.size() - 1);
    }

    /**
     * A build undone puts the rover back where it was. Xen's own rover stays moved after a failed
     * build; the sim differs here so that a failed create leaves the state document exactly as it was.
     * Only while no later domain has moved it on.
     */
    void restoreRover(SimDomain undone) {
        JournalEntry created = undone.journal.isEmpty() ? null : undone.journal.get(0);
        if (s.domidRover == undone.domid && created != null && created.previous() != null) {
            s.domidRover = Integer.parseInt(created.previous());
        }
    }

    /**
     * XEN_DOMCTL_pausedomain: one more toolstack pause (Xen refuses the calling domain, -EINVAL, and
     * more than 255, -EOVERFLOW). Only built domains: one being built is its build's to unpause.
     */
    void pause(int domid) {
        SimDomain d = built(domid, "pausedomain");
        if (domid == 0) {
            throw new BackendException("pausedomain: Domain-0 is the domain asking; Xen does not pause the caller"
                    + " (-EINVAL)");
        }
        if (d.pauseCount >= SimDomain.MAX_PAUSE_COUNT) {
            throw new BackendException("pausedomain: domain " + domid + " is paused " + d.pauseCount + " times, Xen's"
                    + " most (-EOVERFLOW)");
        }
        d.pauseCount++;
        d.state = SimDomain.PAUSED;
    }

    /** XEN_DOMCTL_unpausedomain: one toolstack pause less; the domain runs when none is left. */
    void unpause(int domid) {
        SimDomain d = built(domid, "unpausedomain");
        if (d.pauseCount == 0) {
            throw new BackendException("unpausedomain: domain " + domid + " is not paused (-EINVAL)");
        }
        d.pauseCount--;
        d.state = d.pauseCount == 0 ? SimDomain.RUNNING : SimDomain.PAUSED;
    }

    private SimDomain built(int domid, String op) {
        SimDomain d = s.domain(domid).orElseThrow(() -> new BackendException(op + ": no domain " + domid + " (-ESRCH)"));
        if (d.building()) {
            throw new BackendException(op + ": domain " + domid + " (" + d.name + ") is still being built");
        }
        return d;
    }

    /** Destroys a domain: everything it owns goes back to the host. */
    void destroy(int domid) {
        if (domid == 0) {
            throw new BackendException("Domain-0 cannot be destroyed");
        }
        SimDomain d = s.domain(domid).orElseThrow(() -> new BackendException("no domain " + domid));
        freeKib(d.totPages * 4);
        s.domains.remove(d);
    }

    private int createDomain(CreateDomain c) {
        s.domainNamed(c.name()).ifPresent(other -> {
            // libxl refuses this before asking Xen (libxl__domain_rename)
            throw new BackendException("domain with name \"" + c.name() + "\" already exists (domain "
                    + other.domid + ")");
        });
        // as XEN_DOMCTL_createdomain: the first free id after the rover, wrapping to 1
        int rover = s.domidRover;
        int domid = rover + 1;
        for (; domid != rover; domid++) {
            if (domid >= DOMID_FIRST_RESERVED) {
                domid = 1;
            }
            if (s.domain(domid).isEmpty()) {
                break;
            }
        }
        if (domid == rover) {
            throw new BackendException("createdomain: no free domain id (-ENOMEM)");
        }
        s.domidRover = domid;
        SimDomain d = new SimDomain();
        d.domid = domid;
        d.name = c.name();
        d.type = c.type().libxlName();
        d.state = SimDomain.BUILDING;
        d.pauseCount = 1; // Xen creates every domain paused by the toolstack
        d.maxVcpus = c.maxVcpus();
        // the rover it moved from, for undo (see undo)
        d.journal.add(new JournalEntry(c.line(), Integer.toString(rover), null));
        s.addSorted(d);
        return domid;
    }

    /** A visitor of the steps on one domain, {@code d}: doing them ({@link Apply}) or undoing them ({@link Undo}). */
    private abstract class OnDomain<R> implements DomainStep.Visitor<R> {
        final SimDomain d;

        OnDomain(SimDomain d) {
            this.d = d;
        }
    }

    /** What each step does to the domain it acts on, checked first; returns the step's journal entry. */
    private final class Apply extends OnDomain<JournalEntry> {
        Apply(SimDomain d) {
            super(d);
        }

        @Override
        public JournalEntry setMaxMem(SetMaxMem m) {
            if (m.maxMemKib() / 4 < d.totPages) {
                throw new BackendException("max_mem: " + m.maxMemKib() + " KiB is below what domain " + d.domid
                        + " already owns (" + d.totPages * 4 + " KiB)");
            }
            JournalEntry e = new JournalEntry(m.line(), Long.toString(d.maxMemKib), null);
            d.maxMemKib = m.maxMemKib();
            return e;
        }

        @Override
        public JournalEntry setMemoryMap(SetMemoryMap m) {
            if (m.entries().size() > E820MAX) {
                throw new BackendException("set_memory_map: " + m.entries().size() + " entries, Xen takes at most "
                        + E820MAX + " (-EINVAL)");
            }
            JournalEntry e = new JournalEntry(m.line(), null, List.copyOf(d.memoryMap));
            d.memoryMap = new ArrayList<>(m.entries());
            return e;
        }

        @Override
        public JournalEntry populateRam(PopulateRam p) {
            requireFreeGfns(d, p.startGfn(), p.nrPages(), "populate_physmap");
            claimPages(d, p.nrPages(), "populate_physmap");
            d.p2m.add(new P2mEntry("ram", p.startGfn(), null, p.nrPages(), null));
            return JournalEntry.of(p.line());
        }

        @Override
        public JournalEntry mapPmem(MapPmem p) {
            if (d.type.equals("pv")) {
                throw new BackendException("populate_pmem_map: domain " + d.domid + " is PV; pmem maps only into HVM"
                        + " and PVH guests (-EINVAL)");
            }
            requireDataRegion(p.mfn(), p.nrMfns());
            for (SimDomain other : s.domains) {
                for (P2mEntry e : other.p2m) {
                    if (e.kind().startsWith("pmem") && e.overlapsMfns(p.mfn(), p.nrMfns())) {
                        throw new BackendException("populate_pmem_map: host pmem mfn " + hex(Math.max(e.mfn(), p.mfn()))
                                + " is already mapped to domain " + other.domid + " (" + other.name + ") as its "
                                + (e.kind().equals("pmem_label") ? "label area" : "data"));
                    }
                }
            }
            requireFreeGfns(d, p.gfn(), p.nrMfns(), "populate_pmem_map");
            d.p2m.add(pmemEntry(p));
            return JournalEntry.of(p.line());
        }

        @Override
        public JournalEntry mapMmio(MapMmio m) {
            MmioMapping.check(s.host.host(), m.mfn(), m.nrMfns(), m.gfn()).ifPresent(why -> {
                throw new BackendException("memory_mapping: " + why.reason() + " (" + why.kind().errno() + ")");
            });
            for (SimDomain other : s.domains) {
                for (P2mEntry e : other.p2m) {
                    if (e.kind().equals("mmio") && e.overlapsMfns(m.mfn(), m.nrMfns())) {
                        throw new BackendException("memory_mapping: host mfn " + hex(Math.max(e.mfn(), m.mfn()))
                                + " is already mapped to domain " + other.domid + " (" + other.name + ")");
                    }
                }
            }
            requireFreeGfns(d, m.gfn(), m.nrMfns(), "memory_mapping");
            d.p2m.add(new P2mEntry("mmio", m.gfn(), m.mfn(), m.nrMfns(), null));
            return JournalEntry.of(m.line());
        }

        /** The pages the blob covers are populated (as xc_dom_load_acpi does) and the bytes recorded by hash. */
        @Override
        public JournalEntry loadAcpi(LoadAcpi a) {
            long gfn = a.guestAddress() >>> 12;
            long nr = ((a.guestAddress() & 0xFFF) + a.length() + 0xFFF) >>> 12;
            requireFreeGfns(d, gfn, nr, "load_acpi");
            claimPages(d, nr, "load_acpi");
            d.p2m.add(new P2mEntry("acpi", gfn, null, nr, a.sha256()));
            return JournalEntry.of(a.line());
        }

        @Override
        public JournalEntry writeXenstore(WriteXenstore w) {
            JournalEntry e = new JournalEntry(w.line(), d.xenstore.get(w.path()), null);
            d.xenstore.put(w.path(), w.value());
            return e;
        }

        /** libxl keeps the config as text; the sim keeps it as JSON values, in the state document. */
        @Override
        @SuppressWarnings("unchecked")
        public JournalEntry storeConfig(StoreConfig c) {
            if (d.libxlConfig != null) {
                throw new BackendException(c.line() + ": domain " + d.domid + "'s config is already stored");
            }
            Object tree;
            try {
                tree = JsonTree.parse(c.libxlJson()).root();
            } catch (JsonTree.SyntaxError e) {
                throw new BackendException(c.line() + ": the config is not JSON (" + e.line() + ":" + e.column() + ": "
                        + e.getMessage() + ")");
            }
            if (!(tree instanceof Map<?, ?>)) {
                throw new BackendException(c.line() + ": the config is " + JsonTree.describe(tree) + ", not an object");
            }
            d.libxlConfig = (Map<String, Object>) tree;
            d.state = SimDomain.PAUSED; // libxl's create is complete; the domain waits for its unpause
            return JournalEntry.of(c.line());
        }

        @Override
        public JournalEntry unpause(Unpause u) {
            if (d.pauseCount == 0) {
                throw new BackendException("unpausedomain: domain " + d.domid + " is not paused (-EINVAL)");
            }
            d.pauseCount--;
            d.state = d.pauseCount == 0 ? SimDomain.RUNNING : SimDomain.PAUSED;
            return JournalEntry.of(u.line());
        }
    }

    /** The journal entry of the domain's last step: what undoing it restores. */
    private static JournalEntry lastDone(SimDomain d) {
        return d.journal.get(d.journal.size() - 1);
    }

    /**
     * Takes the domain's last step back, from what its journal entry ({@link #lastDone}) kept; the entry
     * is dropped only after.
     */
    private final class Undo extends OnDomain<Void> {
        Undo(SimDomain d) {
            super(d);
        }

        @Override
        public Void setMaxMem(SetMaxMem m) {
            d.maxMemKib = Long.parseLong(lastDone(d).previous());
            return null;
        }

        @Override
        public Void setMemoryMap(SetMemoryMap m) {
            d.memoryMap = new ArrayList<>(lastDone(d).previousMap());
            return null;
        }

        @Override
        public Void populateRam(PopulateRam p) {
            release(d, new P2mEntry("ram", p.startGfn(), null, p.nrPages(), null));
            return null;
        }

        @Override
        public Void mapPmem(MapPmem p) {
            release(d, pmemEntry(p));
            return null;
        }

        @Override
        public Void mapMmio(MapMmio m) {
            release(d, new P2mEntry("mmio", m.gfn(), m.mfn(), m.nrMfns(), null));
            return null;
        }

        @Override
        public Void loadAcpi(LoadAcpi a) {
            long gfn = a.guestAddress() >>> 12;
            P2mEntry e = d.p2m.stream().filter(x -> x.kind().equals("acpi") && x.gfn() == gfn).findFirst()
                    .orElseThrow(() -> new BackendException("undo load_acpi: nothing loaded at " + hex(gfn)));
            release(d, e);
            return null;
        }

        @Override
        public Void writeXenstore(WriteXenstore w) {
            String previous = lastDone(d).previous();
            if (previous == null) {
                d.xenstore.remove(w.path());
            } else {
                d.xenstore.put(w.path(), previous);
            }
            return null;
        }

        @Override
        public Void storeConfig(StoreConfig c) {
            d.libxlConfig = null;
            d.state = SimDomain.BUILDING;
            return null;
        }

        @Override
        public Void unpause(Unpause u) {
            d.pauseCount++;
            boolean created = d.journal.size() >= 2
                    && d.journal.get(d.journal.size() - 2).line().startsWith(STORE_CONFIG_LINE);
            d.state = created ? SimDomain.PAUSED : SimDomain.BUILDING;
            return null;
        }
    }

    /** The unpause that ends a build: of a domain being built, or whose create just completed (paused). */
    private SimDomain completing(int domid, BuildStep step) {
        SimDomain d = s.domain(domid).orElseThrow(() -> new BackendException(step.line() + ": no domain " + domid
                + " (-ESRCH)"));
        boolean created = SimDomain.PAUSED.equals(d.state) && !d.journal.isEmpty()
                && d.journal.get(d.journal.size() - 1).line().startsWith(STORE_CONFIG_LINE);
        if (!d.building() && !created) {
            throw new BackendException(step.line() + ": domain " + domid + " is not being built");
        }
        return d;
    }

    private SimDomain building(int domid, BuildStep step) {
        SimDomain d = s.domain(domid).orElseThrow(() -> new BackendException(step.line() + ": no domain " + domid
                + " (-ESRCH)"));
        if (!d.building()) {
            throw new BackendException(step.line() + ": domain " + domid + " is not being built");
        }
        return d;
    }

    private void requireFreeGfns(SimDomain d, long gfn, long nr, String op) {
        for (P2mEntry e : d.p2m) {
            if (e.overlapsGfns(gfn, nr)) {
                throw new BackendException(op + ": gfn " + hex(Math.max(e.gfn(), gfn)) + " of domain " + d.domid
                        + " is already backed (" + e.kind() + " at gfn " + hex(e.gfn()) + ")");
            }
        }
    }

    private void claimPages(SimDomain d, long nr, String op) {
        long maxPages = d.maxMemKib / 4;
        if (d.totPages + nr > maxPages) {
            throw new BackendException(op + ": domain " + d.domid + " would own " + (d.totPages + nr) * 4
                    + " KiB, over its max_mem of " + d.maxMemKib + " KiB (-ENOMEM)");
        }
        if (nr * 4 > s.host.freeMemoryKib()) {
            throw new BackendException(op + ": out of memory: the host has " + s.host.freeMemoryKib()
                    + " KiB free, " + nr * 4 + " KiB needed (-ENOMEM)");
        }
        d.totPages += nr;
        freeKib(-nr * 4);
    }

    private void release(SimDomain d, P2mEntry entry) {
        if (!d.p2m.remove(entry)) {
            throw new BackendException("undo: domain " + d.domid + " has no " + entry.kind() + " mapping at gfn "
                    + (entry.gfn() == null ? "-" : hex(entry.gfn())));
        }
        if (entry.kind().equals("ram") || entry.kind().equals("acpi")) {
            d.totPages -= entry.nr();
            freeKib(entry.nr() * 4);
        }
    }

    private void requireDataRegion(long mfn, long nr) {
        s.host.pmemSetup().mappingRefusal(MfnRange.ofPages(mfn, nr)).ifPresent(why -> {
            throw new BackendException("populate_pmem_map: " + why.reason() + " (-EINVAL)");
        });
    }

    private static P2mEntry pmemEntry(MapPmem p) {
        return new P2mEntry(p.type() == PmemExtent.Type.DATA ? "pmem" : "pmem_label", p.gfn(), p.mfn(), p.nrMfns(), null);
    }

    private void freeKib(long deltaKib) {
        HostInfo h = s.host;
        s.host = h.withFreeMemoryKib(h.freeMemoryKib() + deltaKib);
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
