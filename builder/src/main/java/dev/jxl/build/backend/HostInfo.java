package dev.jxl.build.backend;

import dev.jxl.layout.host.PmemRegion;
import java.util.List;
import java.util.Objects;

/**
 * What a backend reports about its host: enough for {@code jxl info} and for the simulated host to
 * check mappings against (the layout planner has its own, richer {@code Host}).
 *
 * @param e820     the machine memory map
 * @param pmem     the raw pmem regions (NFIT SPA ranges), as a host description gives them
 * @param pmemMgmt regions set up to hold pmem frame tables (XEN_SYSCTL_nvdimm_pmem_setup, type mgmt)
 * @param pmemData regions set up as mappable guest pmem (type data)
 */
public record HostInfo(String xenVersion, int cpus, int paddrBits, long memoryKib, long freeMemoryKib,
        List<E820Range> e820, List<PmemRegion> pmem, List<PmemMgmtRegion> pmemMgmt, List<PmemDataRegion> pmemData) {

    public HostInfo {
        Objects.requireNonNull(xenVersion, "xenVersion");
        e820 = List.copyOf(e820);
        pmem = List.copyOf(pmem);
        pmemMgmt = List.copyOf(pmemMgmt);
        pmemData = List.copyOf(pmemData);
    }

    /** One machine E820 entry, bytes; {@code type} is the E820 type number (1 RAM, 2 reserved, 7 pmem …). */
    public record E820Range(long addr, long size, int type) {
        public long end() {
            return addr + size;
        }
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
