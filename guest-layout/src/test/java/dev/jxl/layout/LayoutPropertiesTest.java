package dev.jxl.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.config.DomainConfig;
import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;
import dev.jxl.config.libxl.LibxlEnums.RdmStrategy;
import dev.jxl.config.libxl.RdmReserve;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.ReservedDeviceMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Randomised properties over configs and host maps, from fixed seeds (so a failure repeats): what
 * Xen guarantees holds in every plan, and nothing the planner accepts lies beyond the host's limit.
 */
class LayoutPropertiesTest {
    private static final int CASES = 400;

    static E820Map randomHostMap(Random r) {
        List<E820Entry> e = new ArrayList<>();
        e.add(E820Entry.range(0, 0x9C000, E820Type.RAM));
        e.add(E820Entry.range(0xE0000, 0x100000, E820Type.RESERVED));
        long at = 0x100000 + (r.nextBoolean() ? 0 : 0x100000L * r.nextInt(16));
        int n = 2 + r.nextInt(60);
        int[] types = {1, 1, 1, 2, 2, 3, 4, 5, 7, 12};
        for (int i = 0; i < n && at < (1L << 40); i++) {
            long size = 0x1000L * (1 + r.nextInt(1 << (4 + r.nextInt(16))));
            e.add(new E820Entry(at, size, E820Type.of(types[r.nextInt(types.length)])));
            at += size + (r.nextInt(3) == 0 ? 0x1000L * r.nextInt(1 << 12) : 0);
        }
        return new E820Map(e);
    }

    static Host randomHost(Random r) {
        List<ReservedDeviceMemory> rdm = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            rdm.add(new ReservedDeviceMemory(0x1000L * r.nextInt(0xEF000), 0x1000L * (1 + r.nextInt(64))));
        }
        return new Host("4.17", 8, 1L << 32, 1L << 32, 40 + r.nextInt(8), 0x20000L * (1 + r.nextInt(2)),
                randomHostMap(r), List.of(), rdm);
    }

    static long randomMib(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> 32 + r.nextInt(4096);
            case 1 -> 3000 + r.nextInt(2000);
            case 2 -> 4096L * (1 + r.nextInt(256));
            default -> 1L << (5 + r.nextInt(18));
        };
    }

    /** Runs the check on each plan the planner accepts; rejected configs must be rejected by name. */
    private static void forAll(long seed, Supplier<DomainConfig> configs, Random r, java.util.function.BiConsumer<
            DomainConfig, GuestLayout> check) {
        int planned = 0;
        for (int i = 0; i < CASES; i++) {
            DomainConfig c = configs.get();
            Host h = randomHost(r);
            GuestLayout l;
            try {
                l = LayoutPlanner.plan(c, h);
            } catch (LayoutException | PlanningException ex) {
                assertTrue(ex.getMessage() != null && !ex.getMessage().isBlank());
                continue;
            }
            planned++;
            for (E820Entry e : l.e820().entries()) {
                if (e.is(E820Type.RAM)) {
                    assertTrue(Long.compareUnsigned(e.end(), h.addressLimit()) <= 0, "RAM above the host limit: " + e);
                }
            }
            check.accept(c, l);
        }
        assertTrue(planned > CASES / 4, "too few plans accepted (" + planned + ") for seed " + seed);
    }

    @Test
    void hvmRamIsConservedSortedAndNonOverlapping() {
        Random r = new Random(17);
        forAll(17, () -> {
            long mib = randomMib(r);
            boolean rdm = r.nextBoolean();
            return TestConfigs.hvm(mib, b -> { }, h -> {
                if (r.nextInt(3) == 0) {
                    h.mmioHoleMemkb = (256L + r.nextInt(3585)) << 10;
                }
                if (rdm) {
                    h.rdm = new RdmReserve(RdmStrategy.HOST, RdmPolicy.RELAXED, false);
                }
            });
        }, r, (c, l) -> {
            long high = l.highmemEnd() == 0 ? 0 : l.highmemEnd() - XenConstants.GIB4;
            assertEquals(l.ramKib() << 10, l.lowmemEnd() + high, "RAM lost or invented");
            assertTrue(l.e820().isSorted(), "hvmloader sorts its E820");
            long ram = l.xenMemmap().orElseThrow().total(E820Type.RAM);
            assertEquals(l.lowmemEnd() - XenConstants.MIB1 + high, ram);
            if (l.xenMemmap().orElseThrow().size() == (high == 0 ? 1 : 2)) {
                assertNull(l.e820().firstOverlap(), () -> "overlap in\n" + l.e820());
            }
            assertTrue(l.e820().size() <= XenConstants.FIRMWARE_E820_SLOTS);
        });
    }

    @Test
    void pvhRamAddsUpToMaxmem() {
        Random r = new Random(23);
        forAll(23, () -> TestConfigs.pvh(randomMib(r), b -> { }), r, (c, l) -> {
            assertEquals(c.libxl().bInfo().maxMemkb() << 10, l.e820().total(E820Type.RAM));
            assertEquals(l.e820(), l.xenMemmap().orElseThrow());
        });
    }

    @Test
    void pvE820HostRamIsMaxmemAndHostRegionsAreKept() {
        Random r = new Random(29);
        forAll(29, () -> {
            long mem = randomMib(r);
            return TestConfigs.pv(mem, mem + (r.nextBoolean() ? 0 : randomMib(r)), true, r.nextBoolean(),
                    OptionalLong.empty());
        }, r, (c, l) -> {
            assertEquals(c.libxl().bInfo().maxMemkb() << 10, l.e820().total(E820Type.RAM),
                    () -> "libxl's invariant: RAM = maxmem + slack\n" + l.e820());
            E820Entry first = l.e820().get(0);
            assertEquals(0, first.addr());
            assertEquals(E820Type.RAM, first.type());
        });
    }

    @Test
    void pvFixedHoleIsSortedDisjointAndConservesRam() {
        Random r = new Random(31);
        forAll(31, () -> {
            long mem = randomMib(r);
            long start = 0x100000L + 0x1000L * r.nextInt(0xFFF00);
            return TestConfigs.pv(mem, mem + (r.nextBoolean() ? 0 : 1024), false, false, OptionalLong.of(start));
        }, r, (c, l) -> {
            assertEquals(c.libxl().bInfo().maxMemkb() << 10, l.e820().total(E820Type.RAM));
            assertTrue(l.e820().isSorted());
            assertNull(l.e820().firstOverlap());
            for (E820Entry e : l.e820().entries()) {
                assertTrue(!e.overlaps(l.mmioHole().start(), l.mmioHole().size()), "RAM in the hole: " + e);
            }
        });
    }

    @Test
    void planningIsDeterministic() {
        Random r = new Random(37);
        for (int i = 0; i < 50; i++) {
            Host h = randomHost(r);
            DomainConfig c = TestConfigs.hvm(randomMib(r));
            try {
                assertEquals(LayoutPlanner.plan(c, h).toText(), LayoutPlanner.plan(c, h).toText());
            } catch (LayoutException | PlanningException ex) {
                // rejected configs are fine here
            }
        }
    }
}
