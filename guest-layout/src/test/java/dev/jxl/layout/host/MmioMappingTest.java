package dev.jxl.layout.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** memory_mapping's rule on a small host: 1 GiB of RAM, a reserved hole, a pmem region at 4 GiB, 40 address bits. */
class MmioMappingTest {
    private static final Host HOST = new Host("4.17", 4, 1L << 20, 1L << 19, 40, 256 * 1024,
            E820Map.of(new E820Entry(0, 1L << 30, E820Type.RAM), new E820Entry(0xfe000000L, 0x2000000L, E820Type.RESERVED),
                    new E820Entry(1L << 32, 1L << 30, E820Type.PMEM)),
            List.of(new PmemRegion(1L << 32, 1L << 30, 0)), List.of());

    private static MmioMapping.Kind kind(long mfn, long nr, long gfn) {
        return MmioMapping.check(HOST, mfn, nr, gfn).map(MmioMapping.Refusal::kind).orElse(null);
    }

    @Test
    void deviceMmioOutsideRamAndPmemIsMapped() {
        assertTrue(MmioMapping.check(HOST, 0xfe000, 0x10, 0xfe000).isEmpty());
        // the last frame the 40 address bits reach
        assertTrue(MmioMapping.check(HOST, (1L << 28) - 1, 1, 0x1000).isEmpty());
    }

    @Test
    void noFramesOrAWrappingRangeIsInvalid() {
        assertEquals(MmioMapping.Kind.RANGE, kind(0xfe000, 0, 0xfe000));
        assertEquals(MmioMapping.Kind.RANGE, kind(0xfe000, -1L, 0xfe000)); // xl's "fe000,ffffffffffffffff"
        assertEquals(MmioMapping.Kind.RANGE, kind(0xfe000, 0x10, -8L));
        assertEquals("-EINVAL", MmioMapping.Kind.RANGE.errno());
    }

    @Test
    void framesBeyondTheAddressBitsAreInvalid() {
        MmioMapping.Refusal r = MmioMapping.check(HOST, (1L << 28) - 1, 2, 0x1000).orElseThrow();
        assertEquals(MmioMapping.Kind.ADDRESS_BITS, r.kind());
        assertEquals("mfn 0x10000000 is beyond the host's 40-bit physical address space", r.reason());
        assertEquals(MmioMapping.Kind.ADDRESS_BITS, kind(1L << 40, 1, 0));
    }

    @Test
    void hostRamAndPmemAreNotMmio() {
        MmioMapping.Refusal ram = MmioMapping.check(HOST, 0x3ffff, 2, 0x100000).orElseThrow();
        assertEquals(MmioMapping.Kind.HOST_RAM, ram.kind());
        assertEquals(0, ram.hostIndex());
        assertEquals("-EPERM", ram.kind().errno());
        MmioMapping.Refusal pmem = MmioMapping.check(HOST, (1L << 20) + 5, 1, 0x100000).orElseThrow();
        assertEquals(MmioMapping.Kind.HOST_PMEM, pmem.kind());
        assertEquals(0, pmem.hostIndex());
    }
}
