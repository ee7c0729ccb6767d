package dev.jxl.layout.pmem;

import dev.jxl.layout.pmem.SetupOutcome.Accepted;
import java.util.List;

/**
 * A host pmem region split into a self-hosted management area at its start and one data area after
 * it, with the management area as small as Xen's real allocation allows: the result of setting up
 * {@code -m mgmt} then {@code -d data mgmt} on a fresh host.
 */
public record ManagementAreaPlan(HostPmemRegion region, MfnRange usable, Accepted management, Accepted data) {

    public MfnRange managementArea() {
        return management.request().range();
    }

    public MfnRange dataArea() {
        return data.request().range();
    }

    /** Management pages Xen fills: the area's own tables plus the data area's. */
    public long usedPages() {
        return management.chunks().pages() + data.chunks().pages();
    }

    public long slackPages() {
        return managementArea().nrPages() - usedPages();
    }

    /**
     * The smallest management area, in 2 MiB steps, for which both setups succeed. The region is first
     * trimmed to 2 MiB boundaries (Xen adds only whole 512-frame chunks).
     */
    public static ManagementAreaPlan minimal(HostPmemRegion region) {
        MfnRange all = region.mfns();
        long s = XenPmemTables.alignUp(all.smfn(), XenPmemTables.CHUNK_PAGES);
        long e = XenPmemTables.alignDown(all.emfn(), XenPmemTables.CHUNK_PAGES);
        MfnRange usable = new MfnRange(s, Math.max(s, e));
        long n = usable.nrPages();
        // check_mgmt_size alone needs M >= 40 (n - M) / 4096 - 2, so no smaller M can work
        long lower = Math.max(XenPmemTables.CHUNK_PAGES,
                XenPmemTables.alignDown(Math.max(0, (40 * n - 8192) / 4136), XenPmemTables.CHUNK_PAGES));
        List<HostPmemRegion> host = List.of(region);
        SetupOutcome lastRefusal = null;
        for (long m = lower; m < n; m += XenPmemTables.CHUNK_PAGES) {
            MfnRange mgmt = MfnRange.ofPages(s, m);
            SetupOutcome first = PmemSetupValidator.check(new PmemSetupRequest.Management(mgmt), host,
                    PmemSetupState.EMPTY);
            if (!(first instanceof Accepted a)) {
                lastRefusal = first;
                continue;
            }
            MfnRange data = new MfnRange(mgmt.emfn(), e);
            SetupOutcome second = PmemSetupValidator.check(new PmemSetupRequest.Data(data, mgmt), host, a.after());
            if (second instanceof Accepted b) {
                return new ManagementAreaPlan(region, usable, a, b);
            }
            lastRefusal = second;
        }
        throw new IllegalArgumentException("no management/data split fits in " + region + ": " + lastRefusal);
    }
}
