package dev.jxl.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.config.DomainConfig;
import dev.jxl.config.libxl.IomemRange;
import dev.jxl.config.libxl.LibxlJson;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Values at the edges of their types are refused by key (and list item) as planning errors, never
 * let through to an E820 entry or a build step that cannot hold them (each was an internal error).
 */
class LayoutLimitsTest {

    /** xl's memory = 2^63 - 1 (MiB): libxl's uint64_t memkb wraps to 2^64 - 1024 KiB. */
    private static final long HUGE_MIB = Long.MAX_VALUE;

    @Test
    void memoryBeyondTheAddressSpaceIsRefusedAtMaxmemWithE820HostOrWithout() {
        for (boolean e820Host : List.of(true, false)) {
            DomainConfig c = TestConfigs.pv(HUGE_MIB, HUGE_MIB, e820Host, false, OptionalLong.empty());
            PlanningException e = assertThrows(PlanningException.class, () -> LayoutPlanner.plan(c, TestHosts.noteHost()));
            assertEquals("maxmem", e.key());
            assertTrue(e.getMessage().startsWith("guest RAM of more than 64 TiB (maxmem) reaches above the host's 46-bit"),
                    e.getMessage());
        }
        // 2^52 MiB: no wrap in KiB, 2^62 bytes of RAM; still far past 46 bits
        DomainConfig c = TestConfigs.pv(1L << 52, 1L << 52, true, false, OptionalLong.empty());
        assertEquals("maxmem", assertThrows(PlanningException.class, () -> LayoutPlanner.plan(c, TestHosts.noteHost())).key());
    }

    @Test
    void memoryAboveMaxmemIsComparedUnsigned() {
        DomainConfig c = TestConfigs.pv(HUGE_MIB, 512, false, false, OptionalLong.empty());
        LayoutException e = assertThrows(LayoutException.class, () -> LayoutPlanner.plan(c, TestHosts.noteHost()));
        assertEquals("maxmem", e.key());
    }

    @Test
    void iomemIsRefusedAtItsItem() {
        DomainConfig wraps = withIomem(new IomemRange(0xfe000, 0x10, LibxlJson.INVALID_GFN),
                new IomemRange(0xfe000, -1L, LibxlJson.INVALID_GFN));
        LayoutException e = assertThrows(LayoutException.class, () -> LayoutPlanner.plan(wraps, TestHosts.noteHost()));
        assertEquals("iomem", e.key());
        assertEquals(OptionalInt.of(1), e.index());
        DomainConfig ram = withIomem(new IomemRange(0x10, 0x10, 0xfe000));
        PlanningException p = assertThrows(PlanningException.class, () -> LayoutPlanner.plan(ram, TestHosts.noteHost()));
        assertEquals(OptionalInt.of(0), p.index());
        assertTrue(p.getMessage().startsWith("iomem[0]: mfns 0x10+0x10 overlap host RAM 0x0-0x9bfff"), p.getMessage());
        LayoutPlanner.plan(withIomem(new IomemRange(0xfe000, 0x10, LibxlJson.INVALID_GFN)), TestHosts.noteHost());
    }

    private static DomainConfig withIomem(IomemRange... ranges) {
        return TestConfigs.hvm(512, b -> b.iomem = List.of(ranges), h -> { });
    }
}
