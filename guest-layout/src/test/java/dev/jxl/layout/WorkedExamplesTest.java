package dev.jxl.layout;

import static dev.jxl.layout.TestHosts.e;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The worked examples of layout.md (§1.7, §2, §3.5), exactly. */
class WorkedExamplesTest {

    @Test
    void hvm8GiBCirrusSeabios128k() {
        GuestLayout l = LayoutPlanner.plan(TestConfigs.hvm(8192), TestHosts.noteHost());
        assertEquals(0xF0000000L, l.lowmemEnd());
        assertEquals(0x20F800000L, l.highmemEnd());
        assertEquals(new MmioHole(0xF0000000L, 0x10000000L), l.mmioHole());
        List<E820Entry> m = l.e820().entries();
        assertEquals(6, m.size());
        assertEquals(e(0, 0xA0000, 1), m.get(0));
        assertEquals(e(0xE0000, 0x100000, 2), m.get(1)); // 1 MiB − the 128 KiB SeaBIOS image
        assertEquals(e(0x100000, 0xF0000000L, 1), m.get(2));
        assertEquals(0xFC000000L, m.get(3).addr());
        assertEquals(E820Type.NVS, m.get(3).type());
        assertEquals(m.get(3).end(), m.get(4).addr());
        assertEquals(0x100000000L, m.get(4).end());
        assertEquals(E820Type.RESERVED, m.get(4).type());
        assertEquals(e(0x100000000L, 0x20F800000L, 1), m.get(5));
        assertEquals(E820Map.of(e(0x100000, 0xF0000000L, 1), e(0x100000000L, 0x20F800000L, 1)),
                l.xenMemmap().orElseThrow());
        assertEquals(8184L << 10, l.ramKib());
    }

    @Test
    void pvh8GiB() {
        GuestLayout l = LayoutPlanner.plan(TestConfigs.pvh(8192, b -> { }), TestHosts.noteHost());
        assertEquals(0xFC000000L, l.lowmemEnd());
        assertEquals(0x204000000L, l.highmemEnd());
        List<E820Entry> m = l.e820().entries();
        assertEquals(e(0, 0xFC000000L, 1), m.get(0));
        assertEquals(e(0xFEFF8000L, 0xFF000000L, 2), m.get(1));
        assertEquals(e(0x100000000L, 0x204000000L, 1), m.get(m.size() - 1));
        assertEquals(e(0xFC000000L, 0xFC001000L, 3), m.get(3)); // module 1, the info page
        assertEquals(0xFC001000L, m.get(4).addr()); // module 2, the tables
        assertEquals(m.get(4).end(), m.get(2).addr()); // module 0, the RSDP, right after the tables
        assertEquals(64, m.get(2).size());
        assertFalse(l.e820().isSorted());
    }

    @Test
    void pvhLowRsdpOverlapsRam() {
        GuestLayout l = LayoutPlanner.plan(TestConfigs.pvh(2048, b -> { }), TestHosts.noteHost(),
                new PlanOptions(false));
        assertEquals(e(0xFF000, 0x100000, 3), l.e820().get(2));
        assertEquals(E820Type.RAM, l.e820().firstOverlap()[0].type());
    }

    @Test
    void e820HostMemory4096Maxmem8192() {
        GuestLayout l = LayoutPlanner.plan(TestConfigs.pv(4096, 8192, true, false, OptionalLong.empty()),
                TestHosts.noteHost());
        assertEquals(E820Map.of(
                e(0x000000000L, 0x0bf780000L, 1), e(0x0bf780000L, 0x0bf798000L, 3), e(0x0bf798000L, 0x0bf7a0000L, 4),
                e(0x0bf7a0000L, 0x0bf7b0000L, 2), e(0x0bf7b0000L, 0x0bf800000L, 5), e(0x0bf800000L, 0x0c0000000L, 2),
                e(0x0e0000000L, 0x0f0000000L, 2), e(0x0fec00000L, 0x0fec01000L, 2), e(0x0fee00000L, 0x0fee01000L, 2),
                e(0x0ff000000L, 0x100000000L, 2), e(0x100000000L, 0x240880000L, 1)), l.e820());
        assertEquals(5251584L << 10, l.e820().get(10).size());
    }

    @Test
    void e820HostMemoryEqualsMaxmem4096() {
        GuestLayout l = LayoutPlanner.plan(TestConfigs.pv(4096, 4096, true, false, OptionalLong.empty()),
                TestHosts.noteHost());
        assertEquals(e(0x100000000L, 0x140880000L, 1), l.e820().get(l.e820().size() - 1));
        assertEquals(11, l.e820().size());
    }

    @Test
    void e820HostMemory2048InsertsUnusableAndNoHighRam() {
        GuestLayout l = LayoutPlanner.plan(TestConfigs.pv(2048, 2048, true, false, OptionalLong.empty()),
                TestHosts.noteHost());
        assertEquals(e(0, 0x80000000L, 1), l.e820().get(0));
        assertEquals(e(0x80000000L, 0xBF780000L, 5), l.e820().get(1));
        assertEquals(e(0xFF000000L, 0x100000000L, 2), l.e820().get(l.e820().size() - 1));
        assertEquals(0, l.highmemEnd());
    }
}
