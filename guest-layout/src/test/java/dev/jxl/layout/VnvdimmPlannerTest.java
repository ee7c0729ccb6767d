package dev.jxl.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.pmem.MfnRange;
import dev.jxl.layout.pmem.PmemSetupState;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** vNVDIMM placement rules, checked on hand-made and random configs. */
class VnvdimmPlannerTest {
    static final long GIB = 1L << 30;
    static final long TIB = 1L << 40;

    /** 64 GiB DRAM, four 2 TiB pmem regions back to back from 1 TiB (nodes 0..3). */
    static Host host() {
        List<E820Entry> e = new ArrayList<>(List.of(E820Entry.range(0, 0x9C000, E820Type.RAM),
                E820Entry.range(0x100000, 0x80000000L, E820Type.RAM), E820Entry.range(1L << 32, 64 * GIB, E820Type.RAM)));
        List<PmemRegion> pmem = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            pmem.add(new PmemRegion(TIB + n * 2 * TIB, 2 * TIB, n));
            e.add(new E820Entry(TIB + n * 2 * TIB, 2 * TIB, E820Type.PMEM));
        }
        return new Host("4.17", 448, 64L << 20, 60L << 20, 46, 256 * 1024, new E820Map(e), pmem, List.of());
    }

    static DomainConfig config(long memoryMib, List<String> specs) {
        StringBuilder b = new StringBuilder("name='t'\ntype='hvm'\nmemory=" + memoryMib + "\nvcpus=4\nvnvdimms=[");
        for (int i = 0; i < specs.size(); i++) {
            b.append(i == 0 ? "" : ",").append('\'').append(specs.get(i)).append('\'');
        }
        return ConfigLoader.fromText("t.cfg", b.append("]\n").toString(), List.of()).config();
    }

    static String mfn(long mfn, long pages) {
        return "type=mfn, backend=0x" + Long.toHexString(mfn) + ", nr_pages=" + pages;
    }

    @Test
    void aboveFirstFitFromTheGigabyteAfterHighRamAndBarsAboveTheWindow() {
        // 6 GiB - 8 MiB video: high RAM ends at 4 GiB + 2296 MiB, so the window starts at 7 GiB
        GuestLayout l = LayoutPlanner.plan(config(6144, List.of(mfn(TIB >> 12, 1 << 18),
                mfn((TIB >> 12) + (1 << 18), 1 << 15) + ", align=0x8000000")), host());
        assertEquals(7 * GIB, l.vnvdimms().get(0).guestStart());
        assertEquals(8 * GIB, l.vnvdimms().get(1).guestStart());
        assertEquals(9 * GIB, l.region("64-bit BARs").orElseThrow().start());
        assertEquals(1, l.pmemExtents().size(), "contiguous host and guest frames: one extent");
    }

    /** Upstream Xen (--backend xl): same placement, but hvmloader's E820 has no type-7 entry and no dm-acpi area. */
    @Test
    void upstreamXenGetsNoPmemEntryAndNoDmAcpiArea() {
        DomainConfig c = config(2048, List.of(mfn(TIB >> 12, 1 << 18)));
        GuestLayout jxl = LayoutPlanner.plan(c, host());
        GuestLayout upstream = LayoutPlanner.plan(c, host(), PlanOptions.DEFAULT.withUpstreamXen(true));
        assertEquals(jxl.vnvdimms(), upstream.vnvdimms());
        assertEquals(jxl.pmemExtents(), upstream.pmemExtents());
        assertTrue(jxl.e820().entries().stream().anyMatch(e -> e.is(E820Type.PMEM)));
        assertTrue(upstream.e820().entries().stream().noneMatch(e -> e.is(E820Type.PMEM)), upstream.e820().toText());
        assertTrue(jxl.dmAcpi().isPresent());
        assertTrue(upstream.dmAcpi().isEmpty());
    }

    /**
     * With the host's pmem setup known (a running sim's), a backend must be mappable now, as the
     * build's populate_pmem_map will require; unknown (a description, upstream Xen), it is a preview.
     */
    @Test
    void aKnownPmemSetupIsTheBuildsRuleAtPlanTime() {
        long region = TIB >> 12;
        MfnRange mgmt = new MfnRange(region, region + 0x10000);
        PmemSetupState setup = new PmemSetupState(List.of(new PmemSetupState.ManagementArea(mgmt, 0x8000)),
                List.of(new PmemSetupState.DataArea(new MfnRange(region + 0x10000, region + 0x80000), mgmt)));
        DomainConfig inData = config(2048, List.of(mfn(region + 0x40000, 1 << 18)));
        DomainConfig inMgmt = config(2048, List.of(mfn(region + 0x40000, 1 << 18), mfn(region, 1 << 18)));
        DomainConfig unset = config(2048, List.of(mfn(region + 0x80000, 1 << 18)));
        LayoutPlanner.plan(inData, host().withPmemSetup(setup));
        LayoutPlanner.plan(inMgmt, host());
        LayoutPlanner.plan(unset, host());
        PlanningException m = assertThrows(PlanningException.class, () -> LayoutPlanner.plan(inMgmt, host().withPmemSetup(setup)));
        assertEquals(List.of("vnvdimm[1]", "host pmem setup"), m.regions());
        assertTrue(m.item().isPresent(), "at the vNVDIMM's spec");
        assertTrue(m.getMessage().contains("is in the pmem management area"), m.getMessage());
        PlanningException u = assertThrows(PlanningException.class, () -> LayoutPlanner.plan(unset, host().withPmemSetup(setup)));
        assertTrue(u.getMessage().contains("host mfn 0x10080000 is not in a pmem data region"), u.getMessage());
    }

    /** A vNVDIMM placed past the host's address bits is refused at its own spec (it was at the key). */
    @Test
    void aVnvdimmAboveTheAddressLimitIsRefusedAtItsSpec() {
        // 35 address bits reach 32 GiB; a 32 GiB vNVDIMM from 4 GiB does not fit under them
        Host small = new Host("4.17", 448, 64L << 20, 60L << 20, 35, 256 * 1024, host().e820(), host().pmem(), List.of());
        PlanningException e = assertThrows(PlanningException.class,
                () -> LayoutPlanner.plan(config(2048, List.of(mfn(TIB >> 12, 1 << 23))), small));
        assertTrue(e.item().isPresent());
        assertTrue(e.getMessage().startsWith("vnvdimm[0] "), e.getMessage());
    }

    @Test
    void belowDisplacesRamAboveFourGig() {
        GuestLayout l = LayoutPlanner.plan(config(8192, List.of(mfn(TIB >> 12, 1 << 16) + ", placement=below4g")), host());
        VnvdimmPlacement v = l.vnvdimms().get(0);
        assertEquals(0xF0000000L - (256L << 20), v.guestStart());
        assertEquals(v.guestStart(), l.lowmemEnd());
        assertEquals(4 * GIB + (8184L << 20) - v.guestStart(), l.highmemEnd(), "all RAM still laid out");
    }

    @Test
    void labelPagesAreMappedRightAboveTheDataAndNeverGivenTwice() {
        GuestLayout l = LayoutPlanner.plan(config(2048, List.of(mfn(TIB >> 12, (1 << 18) + 32) + ", nr_label_pages=32")), host());
        VnvdimmPlacement v = l.vnvdimms().get(0);
        assertEquals(List.of(new PmemExtent(TIB >> 12, v.gfn(), 1L << 18),
                new PmemExtent((TIB >> 12) + (1 << 18), v.gfn() + (1 << 18), 32, PmemExtent.Type.LABEL)), l.pmemExtents());
        assertEquals((TIB >> 12) + (1 << 18), v.labelMfn());
        assertTrue(l.e820().entries().contains(new E820Entry(v.guestEnd(), 32 << 12, E820Type.RESERVED)), l.e820().toText());
        PlanningException e = assertThrows(PlanningException.class, () -> LayoutPlanner.plan(config(2048, List.of(
                mfn(TIB >> 12, (1 << 18) + 32) + ", nr_label_pages=32", mfn((TIB >> 12) + (1 << 18) + 31, 1 << 18))), host()));
        assertEquals(List.of("vnvdimm[1]", "vnvdimm[0]"), e.regions());
    }

    @Test
    void sixTebibytesIsAHandfulOfExtents() {
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            specs.add(mfn((TIB >> 12) + i * (96 * GIB >> 12), 96 * GIB >> 12));
        }
        GuestLayout l = LayoutPlanner.plan(config(4096, specs), host());
        assertEquals(1, l.pmemExtents().size());
        assertEquals(64 * (96 * GIB >> 12), l.pmemExtents().stream().mapToLong(PmemExtent::nr).sum());
        long typed7 = l.e820().entries().stream().filter(x -> x.is(E820Type.PMEM)).count();
        assertEquals(1, typed7, "adjacent vNVDIMMs share one E820 entry (16 firmware slots)");
    }

    /** Random configs: either refused naming the colliding regions, or every invariant holds. */
    @Test
    void randomConfigsNeverOverlapAnythingAndNeverShareAHostPage() {
        Random r = new Random(4);
        int planned = 0;
        for (int round = 0; round < 400; round++) {
            List<String> specs = new ArrayList<>();
            int n = 1 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                boolean below = r.nextInt(4) == 0;
                long align = below ? 1L << 27 : 1L << 30;
                long data = (1 + r.nextInt(below ? 4 : 8)) * (align >> 12);
                long labels = r.nextBoolean() ? 0 : 32 + r.nextInt(64);
                long mfn = (TIB >> 12) + r.nextInt(64) * (1L << 18);
                String s = mfn(mfn, data + labels) + (labels == 0 ? "" : ", nr_label_pages=" + labels)
                        + (below ? ", placement=below4g" : "");
                if (r.nextInt(5) == 0) {
                    long gfn = below ? (1 + r.nextInt(30)) * 0x8000L : (0x100000 + r.nextInt(64) * 0x40000L);
                    s += ", gfn=0x" + Long.toHexString(gfn);
                }
                specs.add(s);
            }
            GuestLayout l;
            try {
                l = LayoutPlanner.plan(config(512 + r.nextInt(8192), specs), host());
            } catch (PlanningException e) {
                boolean collision = e.regions().size() >= 2 && e.regions().get(0).startsWith("vnvdimm[");
                assertTrue(collision || e.regions().equals(List.of("firmware E820 buffer")), e.getMessage());
                continue;
            }
            planned++;
            List<long[]> guest = new ArrayList<>();
            List<long[]> hostPages = new ArrayList<>();
            long mapped = 0;
            for (VnvdimmPlacement v : l.vnvdimms()) {
                guest.add(new long[] {v.guestStart(), v.footprintEnd()});
                hostPages.add(new long[] {v.mfn(), v.mfn() + v.nrPages()});
                mapped += v.nrPages();
                assertEquals(0, v.guestStart() % v.alignBytes(), v.toString());
                for (E820Entry e : l.e820().entries()) {
                    if (!e.is(E820Type.PMEM) && e.overlaps(v.guestStart(), v.dataBytes())) {
                        throw new AssertionError(v + " overlaps " + e);
                    }
                    long labelBytes = v.nrLabelPages() << 12;
                    if (labelBytes > 0 && e.overlaps(v.guestEnd(), labelBytes)
                            && !(e.is(E820Type.RESERVED) && e.addr() == v.guestEnd() && e.size() == labelBytes)) {
                        throw new AssertionError(v + ": its label window is not exactly one reserved entry: " + e);
                    }
                }
                if (v.guestStart() < 1L << 32) {
                    assertTrue(v.footprintEnd() <= l.mmioHole().start() && v.guestStart() >= l.lowmemEnd(), v.toString());
                } else {
                    assertTrue(v.guestStart() >= Math.max(l.highmemEnd(), 1L << 32), v.toString());
                    assertTrue(v.footprintEnd() <= l.region("64-bit BARs").orElseThrow().start(), v.toString());
                }
            }
            assertDisjoint(guest);
            assertDisjoint(hostPages);
            assertEquals(mapped, l.pmemExtents().stream().mapToLong(PmemExtent::nr).sum(), "every backend page mapped once");
            long labelled = l.vnvdimms().stream().filter(v -> v.nrLabelPages() > 0).count();
            assertEquals(labelled, l.pmemExtents().stream().filter(e -> e.type() == PmemExtent.Type.LABEL).count());
            assertTrue(l.pmemExtents().size() <= l.vnvdimms().size() + labelled);
        }
        assertTrue(planned > 50, "too few random configs planned: " + planned);
    }

    /** The planner's heap use does not grow with the pmem size: 8 vNVDIMMs of 1 GiB vs 6 TiB in all. */
    @Test
    void heapUseIsIndependentOfPmemSize() {
        DomainConfig small = sized(8, (128L << 20) >> 12);
        DomainConfig big = sized(8, (768 * GIB) >> 12);
        for (int i = 0; i < 300; i++) {
            LayoutPlanner.plan(small, host());
            LayoutPlanner.plan(big, host());
        }
        long a = allocated(small);
        long b = allocated(big);
        assertTrue(Math.abs(a - b) < Math.max(a, b) / 10, "bytes per plan: 1 GiB total " + a + ", 6 TiB total " + b);
    }

    static DomainConfig sized(int count, long pagesEach) {
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            specs.add(mfn((TIB >> 12) + i * pagesEach, pagesEach) + (pagesEach < (1 << 18) ? ", align=0x8000000" : ""));
        }
        return config(4096, specs);
    }

    static long allocated(DomainConfig c) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long t = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(t);
        for (int i = 0; i < 100; i++) {
            LayoutPlanner.plan(c, host());
        }
        return (mx.getThreadAllocatedBytes(t) - before) / 100;
    }

    private static void assertDisjoint(List<long[]> ranges) {
        ranges.sort((x, y) -> Long.compare(x[0], y[0]));
        for (int i = 1; i < ranges.size(); i++) {
            assertTrue(ranges.get(i)[0] >= ranges.get(i - 1)[1], "overlap");
        }
    }
}
