package dev.jxl.layout.pmem;

import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.pmem.SetupOutcome.Accepted;
import java.util.List;

/**
 * A host pmem region split into a self-hosted management area at its start and one data area after
 * it, with the management area as small as Xen's real allocation allows: the result of setting up
 * {@code -m mgmt} then {@code -d data mgmt} on a fresh host.
 */
public record ManagementAreaPlan(PmemRegion region, MfnRange usable, Accepted management, Accepted data) {

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
     *
     * <p>Found by bisection: growing the management area by a chunk adds a chunk of free space while its
     * own tables grow by far less, and shrinks the data area, whose tables never grow when its start
     * moves up; so once a size works every larger one does. (A scan up from the lower bound took a
     * 384 GiB region some 200 validator rounds.)
     */
    public static ManagementAreaPlan minimal(PmemRegion region) {
        MfnRange all = MfnRange.of(region);
        long s = XenPmemTables.alignUp(all.smfn(), XenPmemTables.CHUNK_PAGES);
        long e = XenPmemTables.alignDown(all.emfn(), XenPmemTables.CHUNK_PAGES);
        MfnRange usable = new MfnRange(s, Math.max(s, e));
        long n = usable.nrPages();
        // check_mgmt_size alone needs M >= 40 (n - M) / 4096 - 2, so no smaller M can work
        long lower = Math.max(XenPmemTables.CHUNK_PAGES,
                XenPmemTables.alignDown(Math.max(0, (40 * n - 8192) / 4136), XenPmemTables.CHUNK_PAGES));
        List<PmemRegion> host = List.of(region);
        // chunks of the management area: lo fails (or is below the bound), hi works (or is the whole region)
        long lo = lower / XenPmemTables.CHUNK_PAGES - 1;
        long hi = Math.max(lo + 1, n / XenPmemTables.CHUNK_PAGES);
        ManagementAreaPlan best = null;
        SetupOutcome lastRefusal = null;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            Attempt attempt = split(region, usable, host, mid * XenPmemTables.CHUNK_PAGES);
            if (attempt.plan() != null) {
                best = attempt.plan();
                hi = mid;
            } else {
                lastRefusal = attempt.refusal();
                lo = mid;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no management/data split fits in " + region + ": " + lastRefusal);
        }
        return best;
    }

    /** One size tried: the plan, or the refusal of the setup that failed. */
    private record Attempt(ManagementAreaPlan plan, SetupOutcome refusal) {
    }

    /** Management area of {@code m} pages at the start of {@code usable}, data after it. */
    private static Attempt split(PmemRegion region, MfnRange usable, List<PmemRegion> host, long m) {
        MfnRange mgmt = MfnRange.ofPages(usable.smfn(), m);
        SetupOutcome first = PmemSetupValidator.check(new PmemSetupRequest.Management(mgmt), host,
                PmemSetupState.EMPTY);
        if (!(first instanceof Accepted a)) {
            return new Attempt(null, first);
        }
        MfnRange data = new MfnRange(mgmt.emfn(), usable.emfn());
        SetupOutcome second = PmemSetupValidator.check(new PmemSetupRequest.Data(data, mgmt), host, a.after());
        if (second instanceof Accepted b) {
            return new Attempt(new ManagementAreaPlan(region, usable, a, b), null);
        }
        return new Attempt(null, second);
    }
}
