package dev.jxl.layout.pmem;

import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.pmem.SetupOutcome.Accepted;
import dev.jxl.layout.pmem.SetupOutcome.Refused;
import dev.jxl.layout.pmem.SetupOutcome.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of a pmem setup request, refused with the rule named, and the minimal split per region. */
class PmemSetupValidatorTest {
    private static final long G = 1L << 30;
    /** Node 0: 16 GiB at 9 GiB = frames [0x240000, 0x640000); node 1: 16 GiB right after. */
    private static final List<PmemRegion> HOST = List.of(new PmemRegion(9 * G, 16 * G, 0),
            new PmemRegion(25 * G, 16 * G, 1));
    private static final MfnRange MGMT = new MfnRange(0x240000, 0x24b200); // 178 MiB

    private static SetupOutcome mgmt(MfnRange r, PmemSetupState s) {
        return PmemSetupValidator.check(new PmemSetupRequest.Management(r), HOST, s);
    }

    private static SetupOutcome data(MfnRange r, MfnRange m, PmemSetupState s) {
        return PmemSetupValidator.check(new PmemSetupRequest.Data(r, m), HOST, s);
    }

    private static PmemSetupState withMgmt() {
        return assertInstanceOf(Accepted.class, mgmt(MGMT, PmemSetupState.EMPTY)).after();
    }

    private static Refused refused(SetupOutcome o, Rule rule, String errno) {
        Refused r = assertInstanceOf(Refused.class, o, () -> "expected " + rule + ", got " + o);
        assertEquals(rule, r.rule(), r::toString);
        assertEquals(errno, r.errno());
        return r;
    }

    @Test
    void managementThenDataAcceptedWithXensNumbers() {
        Accepted m = assertInstanceOf(Accepted.class, mgmt(MGMT, PmemSetupState.EMPTY));
        // its own tables: 1 group + 1 M2P chunk + 1 compat chunk = 1536 pages at its start
        assertEquals(new MfnRange(0x240000, 0x240600), m.tables());
        Accepted d = assertInstanceOf(Accepted.class, data(new MfnRange(0x24b200, 0x640000), MGMT, m.after()));
        // 63 groups + 15 M2P + 8 compat = 86 chunks = 44032 pages, right after the first tables
        assertEquals(new MfnRange(0x240600, 0x24b200), d.tables());
        assertEquals(45_568, d.after().managementAreas().get(0).usedPages());
        assertEquals(d.tables(), d.after().dataAreas().get(0).tables());
    }

    @Test
    void unalignedRangesAreRefused() {
        Refused r = refused(mgmt(new MfnRange(0x240001, 0x24b200), PmemSetupState.EMPTY), Rule.ALIGNMENT, "EINVAL");
        assertEquals("management range [0x240001, 0x24b200) is not 2 MiB aligned (multiples of 512 frames)",
                r.message());
        refused(data(new MfnRange(0x24b200, 0x63ff00), MGMT, withMgmt()), Rule.ALIGNMENT, "EINVAL");
        refused(data(new MfnRange(0x24b200, 0x640000), new MfnRange(0x240000, 0x24b100), withMgmt()),
                Rule.ALIGNMENT, "EINVAL");
    }

    @Test
    void rangesMustBeHostPmemOfOneNode() {
        Refused r = refused(mgmt(new MfnRange(0x100000, 0x240400), PmemSetupState.EMPTY), Rule.NOT_HOST_PMEM,
                "EINVAL");
        assertEquals("management range [0x100000, 0x240400) is not host pmem: frames from 0x100000 are in no pmem"
                + " region", r.message());
        refused(mgmt(new MfnRange(0x63fe00, 0x640200), PmemSetupState.EMPTY), Rule.NOT_HOST_PMEM, "EINVAL");
    }

    @Test
    void dataAndItsManagementAreaShareANode() {
        Refused r = refused(data(new MfnRange(0x640000, 0x680000), MGMT, withMgmt()), Rule.NUMA_NODE, "EINVAL");
        assertEquals("data range [0x640000, 0x680000) is on node 1 but its management region [0x240000, 0x24b200)"
                + " is on node 0", r.message());
    }

    @Test
    void dataNeedsAManagementRegionSetUpFirst() {
        refused(data(new MfnRange(0x24b200, 0x640000), MGMT, PmemSetupState.EMPTY), Rule.NO_MANAGEMENT_REGION,
                "ENXIO");
    }

    @Test
    void dataMayNotOverlapManagementOrOtherData() {
        refused(data(new MfnRange(0x24b000, 0x300000), MGMT, withMgmt()), Rule.OVERLAP, "EINVAL");
        PmemSetupState once = assertInstanceOf(Accepted.class,
                data(new MfnRange(0x24b200, 0x300000), MGMT, withMgmt())).after();
        refused(data(new MfnRange(0x2ff000, 0x340000), MGMT, once), Rule.OVERLAP, "EEXIST");
        refused(mgmt(new MfnRange(0x2fe000, 0x310000), once), Rule.OVERLAP, "EEXIST");
    }

    @Test
    void thePrecheckRefusesTooSmallAManagementArea() {
        // 10 MiB of management (2560 pages, 1536 used by itself) for 4191744 data pages:
        // (32 * 4191744 >> 12) + (8 * 4191744 >> 12) = 32748 + 8187 = 40935 > 1024 free
        MfnRange small = new MfnRange(0x240000, 0x240a00);
        PmemSetupState s = assertInstanceOf(Accepted.class, mgmt(small, PmemSetupState.EMPTY)).after();
        Refused r = refused(data(new MfnRange(0x240a00, 0x640000), small, s), Rule.MANAGEMENT_PRECHECK, "ENOSPC");
        assertEquals("management area [0x240000, 0x240a00) has 1024 free pages from 0x240600; check_mgmt_size"
                + " requires 40935 for 4191744 data pages", r.message());
    }

    @Test
    void theRealAllocationCanExceedThePrecheck() {
        // 170 MiB: 43520 pages, 41984 free after its own 1536 >= precheck 40515, but the data needs 44032
        MfnRange m = new MfnRange(0x240000, 0x24aa00);
        PmemSetupState s = assertInstanceOf(Accepted.class, mgmt(m, PmemSetupState.EMPTY)).after();
        Refused r = refused(data(new MfnRange(0x24b200, 0x640000), m, s), Rule.MANAGEMENT_ALLOCATION, "ENOMEM");
        assertEquals(true, r.message().startsWith("data range [0x24b200, 0x640000) needs frame table 63 + M2P 15 +"
                + " compat M2P 8 = 86 chunks of 2 MiB (44032 pages, 172 MiB)"), r.message());
    }

    @Test
    void aManagementRangeMustHoldItsOwnWorstCaseTables() {
        // 2 MiB: mem_hotadd_check allows 2 MiB M2P + 2 MiB compat + 2 MiB frame table = 1536 pages > 512
        refused(mgmt(new MfnRange(0x240000, 0x240200), PmemSetupState.EMPTY), Rule.HOTADD_BOUND, "EINVAL");
        assertInstanceOf(Accepted.class, mgmt(new MfnRange(0x240000, 0x240600), PmemSetupState.EMPTY));
    }

    @Test
    void emptyAndBeyondTheFrameTable() {
        refused(mgmt(new MfnRange(0x240200, 0x240200), PmemSetupState.EMPTY), Rule.EMPTY_RANGE, "EINVAL");
        List<PmemRegion> high = List.of(new PmemRegion(16L << 40, G, 0));
        Refused r = assertInstanceOf(Refused.class, PmemSetupValidator.check(
                new PmemSetupRequest.Management(MfnRange.of(high.get(0))), high, PmemSetupState.EMPTY));
        assertEquals(Rule.FRAME_TABLE_LIMIT, r.rule());
    }

    @Test
    void minimalSplitsForTheThreeReferenceRegions() {
        // 16 GiB at 9 GiB: 64 groups + 16 M2P + 9 compat = 89 chunks = 178 MiB, none spare
        ManagementAreaPlan a = ManagementAreaPlan.minimal(new PmemRegion(9 * G, 16 * G, 0));
        assertEquals(89 * 512, a.managementArea().nrPages());
        assertEquals(0, a.slackPages());
        // 1 TiB at 512 GiB: 4096 groups + 1024 M2P + 256 compat (the half below 1 TiB) = 5376 chunks
        ManagementAreaPlan b = ManagementAreaPlan.minimal(new PmemRegion(512 * G, 1L << 40, 0));
        assertEquals(5376L * 512, b.managementArea().nrPages());
        // 6 TiB at 4 TiB: 24576 groups + 6144 M2P = 30720 chunks = 60 GiB
        ManagementAreaPlan c = ManagementAreaPlan.minimal(new PmemRegion(4L << 40, 6L << 40, 1));
        assertEquals(60L << 30, c.managementArea().nrPages() << 12);
        assertEquals((6L << 40) - (60L << 30), c.dataArea().nrPages() << 12);
    }

    /** The bisection in minimal() against a plain scan up from one chunk, over regions of many sizes and offsets. */
    @Test
    void minimalIsTheSmallestSizeAScanFinds() {
        long[] sizes = {64L << 20, 1 * G, 3 * G + (6L << 20), 16 * G, 100 * G + (2L << 20), 384 * G};
        long[] starts = {9 * G, 9 * G + (1L << 20), 512 * G, (1L << 40) - 3 * G};
        for (long size : sizes) {
            for (long start : starts) {
                PmemRegion region = new PmemRegion(start, size, 0);
                ManagementAreaPlan plan = ManagementAreaPlan.minimal(region);
                long m = plan.managementArea().nrPages();
                // every smaller size fails one of the two setups (checked down to a chunk, or 4096 of them)
                for (long smaller = m - 512; smaller >= Math.max(512, m - 4096L * 512); smaller -= 512) {
                    assertFalse(bothSetupsPass(plan.usable(), smaller, region),
                            region + ": " + smaller + " pages would do, minimal gave " + m);
                }
                assertTrue(bothSetupsPass(plan.usable(), m, region), region.toString());
            }
        }
    }

    private static boolean bothSetupsPass(MfnRange usable, long m, PmemRegion region) {
        MfnRange mgmt = MfnRange.ofPages(usable.smfn(), m);
        List<PmemRegion> host = List.of(region);
        SetupOutcome first = PmemSetupValidator.check(new PmemSetupRequest.Management(mgmt), host, PmemSetupState.EMPTY);
        return first instanceof SetupOutcome.Accepted a
                && PmemSetupValidator.check(new PmemSetupRequest.Data(new MfnRange(mgmt.emfn(), usable.emfn()), mgmt),
                        host, a.after()) instanceof SetupOutcome.Accepted;
    }
}
