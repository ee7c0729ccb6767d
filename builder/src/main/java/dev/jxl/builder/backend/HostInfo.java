package dev.jxl.builder.backend;

import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.pmem.MfnRange;
import dev.jxl.layout.pmem.PmemSetupState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a backend reports about its host: the {@link Host} the planner uses (the description it was
 * booted from, or what Xen reports), plus what changes while it runs — free memory and the pmem
 * regions set up so far.
 *
 * @param host          the machine: CPUs, nodes, memory, machine E820, raw pmem regions (NFIT SPA ranges)
 * @param freeMemoryKib memory free for guests now
 * @param pmemMgmt      regions set up to hold pmem frame tables (XEN_SYSCTL_nvdimm_pmem_setup, type mgmt)
 * @param pmemData      regions set up as mappable guest pmem (type data)
 */
public record HostInfo(Host host, long freeMemoryKib, List<PmemMgmtRegion> pmemMgmt, List<PmemDataRegion> pmemData) {

    public HostInfo {
        Objects.requireNonNull(host, "host");
        pmemMgmt = List.copyOf(pmemMgmt);
        pmemData = List.copyOf(pmemData);
        if (freeMemoryKib < 0 || freeMemoryKib > host.memoryKib()) {
            throw new IllegalArgumentException("free memory " + freeMemoryKib + " KiB outside 0.." + host.memoryKib());
        }
    }

    /** A host as it boots: the description's free memory, nothing set up. */
    public static HostInfo booted(Host host) {
        return new HostInfo(host, host.freeMemoryKib(), List.of(), List.of());
    }

    /** The host to plan on now: the description, with the memory free and the pmem set up at this moment. */
    public Host planningHost() {
        return host.withFreeMemoryKib(freeMemoryKib).withPmemSetup(pmemSetup());
    }

    /** The pmem set up so far, as the planner's rules read it (the same regions, in the same order). */
    public PmemSetupState pmemSetup() {
        List<PmemSetupState.ManagementArea> mgmt = new ArrayList<>();
        for (PmemMgmtRegion m : pmemMgmt) {
            mgmt.add(new PmemSetupState.ManagementArea(new MfnRange(m.smfn(), m.emfn()), m.usedMfns()));
        }
        List<PmemSetupState.DataArea> data = new ArrayList<>();
        for (PmemDataRegion d : pmemData) {
            data.add(new PmemSetupState.DataArea(new MfnRange(d.smfn(), d.emfn()),
                    new MfnRange(d.mgmtSmfn(), d.mgmtEmfn())));
        }
        return new PmemSetupState(mgmt, data);
    }

    public HostInfo withFreeMemoryKib(long kib) {
        return new HostInfo(host, kib, pmemMgmt, pmemData);
    }

    public HostInfo withPmem(List<PmemMgmtRegion> mgmt, List<PmemDataRegion> data) {
        return new HostInfo(host, freeMemoryKib, mgmt, data);
    }

    public String xenVersion() {
        return host.xenVersion();
    }

    public int cpus() {
        return host.cpus();
    }

    public int paddrBits() {
        return host.paddrBits();
    }

    public long memoryKib() {
        return host.memoryKib();
    }

    public List<E820Entry> e820() {
        return host.e820().entries();
    }

    public List<PmemRegion> pmem() {
        return host.pmem();
    }

    /** A pmem management region, frames {@code [smfn, emfn)}, of which {@code usedMfns} hold tables. */
    public record PmemMgmtRegion(long smfn, long emfn, long usedMfns) {
    }

    /** A pmem data region, frames {@code [smfn, emfn)}, whose tables live in {@code [mgmtSmfn, mgmtEmfn)}. */
    public record PmemDataRegion(long smfn, long emfn, long mgmtSmfn, long mgmtEmfn) {
        public boolean contains(long mfn, long nr) {
            return mfn >= smfn && mfn + nr <= emfn;
        }
    }
}
