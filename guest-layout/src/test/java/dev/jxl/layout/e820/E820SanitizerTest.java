package dev.jxl.layout.e820;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quirks of libxl's e820_sanitize that layout.md lists as test cases. */
class E820SanitizerTest {
    private static E820Entry e(long s, long end, int t) {
        return E820Entry.range(s, end, E820Type.of(t));
    }

    @Test
    void ramAtExactly1MiBIsDropped() {
        var r = E820Sanitizer.sanitize(List.of(e(0x100000, 0x80000000L, 1), e(0x80000000L, 0x80001000L, 2)),
                1024 * 1024, 0);
        // guest RAM [0, 1 GiB), then UNUSABLE to the reserved region (the host RAM entry was dropped, not clipped)
        assertEquals(E820Map.of(e(0, 0x40000000L, 1), e(0x40000000L, 0x80000000L, 5), e(0x80000000L, 0x80001000L, 2)),
                r.map());
    }

    @Test
    void hostRamBelow4gBeyondGuestRamBecomesUnusableAndIsStretched() {
        // host RAM [16 MiB, 2 GiB) then reserved at 3 GiB; guest has 1 GiB: the RAM entry is clipped to ram_end,
        // becomes UNUSABLE and is stretched to the reserved region's start.
        var r = E820Sanitizer.sanitize(List.of(e(0x1000000, 0x80000000L, 1), e(0xC0000000L, 0xC0001000L, 2)),
                1024 * 1024, 0);
        assertEquals(E820Map.of(e(0, 0x40000000L, 1), e(0x40000000L, 0xC0000000L, 5), e(0xC0000000L, 0xC0001000L, 2)),
                r.map());
    }

    @Test
    void noDeltaNoBalloonNoHighEntry() {
        var r = E820Sanitizer.sanitize(List.of(e(0xC0000000L, 0xC0001000L, 2)), 1024, 0);
        assertEquals(3, r.map().size());
        assertEquals(0, r.deltaKb());
    }

    @Test
    void reservedAbove4gOverlapsRelocatedRam() {
        var r = E820Sanitizer.sanitize(List.of(e(0x80000000L, 0x80001000L, 2), e(0x100100000L, 0x100200000L, 2)),
                4L * 1024 * 1024, 0);
        E820Map m = r.map();
        assertEquals(e(0x100000000L, 0x100000000L + 0x80000000L, 1), m.get(m.size() - 1));
        assertEquals(e(0x100100000L, 0x100200000L, 2), m.firstOverlap()[1]);
    }

    @Test
    void noReservedEntryLeavesStartAtAllOnes() {
        var r = E820Sanitizer.sanitize(List.of(e(0x200000, 0x80000000L, 1)), 1024, 0);
        assertEquals(-1L, r.start());
        assertEquals(e(0x100000, 0x200000, 5).type(), r.map().get(1).type());
        assertEquals(-1L, r.map().get(1).end()); // reaches 2^64 − 1
    }

    @Test
    void moreThan128EntriesIsNomem() {
        List<E820Entry> many = new ArrayList<>();
        for (int i = 0; i < 129; i++) {
            many.add(new E820Entry(0x200000L + i * 0x2000L, 0x1000, E820Type.RESERVED));
        }
        var r = E820Sanitizer.sanitize(many, 1024, 0);
        assertEquals(E820Sanitizer.Failure.ERROR_NOMEM, r.failure());
        assertNull(r.map());
    }

    @Test
    void zeroLimitIsInval() {
        assertEquals(E820Sanitizer.Failure.ERROR_INVAL,
                E820Sanitizer.sanitize(List.of(e(0x200000, 0x300000, 2)), 0, 0).failure());
    }
}
