package dev.jxl.layout.pmem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Xen's table sizes with the arithmetic written out (frames are 4 KiB; a chunk is 512 frames, 2 MiB). */
class XenPmemTablesTest {
    private static final long GIB_FRAMES = 1L << 18;

    @Test
    void precheckIs40BytesPerPageRoundedPerTerm() {
        // N = 4128256 (the data part of a 16 GiB fsdax namespace):
        // 32 * N >> 12 = 32252, 8 * N >> 12 = 8063 -> 40315 pages (157.5 MiB)
        assertEquals(40_315, XenPmemTables.precheckPages(4_128_256));
        // each term floors on its own: N = 100 -> 3200 >> 12 = 0, 800 >> 12 = 0
        assertEquals(0, XenPmemTables.precheckPages(100));
        // N = 103: 3296 >> 12 = 0 + 824 >> 12 = 0, while 40 * 103 >> 12 would be 1
        assertEquals(0, XenPmemTables.precheckPages(103));
        assertEquals(1, XenPmemTables.precheckPages(128)); // 4096 >> 12 = 1, 1024 >> 12 = 0
    }

    @Test
    void sixteenGiBAt9GiBFreshHost() {
        // frames [0x240000, 0x640000) = [9 GiB, 25 GiB)
        MfnRange r = new MfnRange(0x240000, 0x640000);
        TableChunks c = XenPmemTables.allocation(r, List.of());
        // PDX groups of 0x10000 frames: 0x24 .. 0x64 -> 64 chunks
        assertEquals(64, c.frameTable());
        // M2P chunks of 0x40000 frames: 9 .. 25 -> 16
        assertEquals(16, c.m2p());
        // compat chunks of 0x80000 frames: floor(4.5) = 4 .. ceil(12.5) = 13 -> 9
        assertEquals(9, c.compatM2p());
        assertEquals(89 * 512, c.pages());
    }

    @Test
    void noCompatTableAbove1TiB() {
        // 16 GiB at 1 TiB: frames [0x10000000, 0x10400000): 64 groups, 16 M2P chunks, nothing below 2^28
        TableChunks c = XenPmemTables.allocation(new MfnRange(0x10000000L, 0x10400000L), List.of());
        assertEquals(new TableChunks(64, 16, 0), c);
        assertEquals(160L << 20, c.bytes());
    }

    @Test
    void chunksAnEarlierRangeTouchedAreNotAllocatedAgain() {
        // a 6 MiB range in the first group, then the rest of the GiB: the group, the M2P chunk and the
        // compat chunk of the first range are shared
        MfnRange first = new MfnRange(0x240000, 0x240600);
        MfnRange rest = new MfnRange(0x240600, 0x280000);
        assertEquals(new TableChunks(1, 1, 1), XenPmemTables.allocation(first, List.of()));
        // groups 0x24..0x28 = 4, minus group 0x24; M2P chunk 9 shared; compat chunk 4 shared
        assertEquals(new TableChunks(3, 0, 0), XenPmemTables.allocation(rest, List.of(first)));
    }

    @Test
    void hotaddBoundCountsEveryTouchedChunkAndTheCompatPartBelowTheLimit() {
        // [9 GiB, 25 GiB): M2P (0x640000 - 0x240000) * 8 = 32 MiB; compat (0x680000 - 0x200000) * 4 =
        // 18 MiB; frame table (0x640000 - 0x240000) * 32 = 128 MiB; 178 MiB = 45568 pages
        assertEquals(45_568, XenPmemTables.hotaddBoundPages(new MfnRange(0x240000, 0x640000)));
        // one 2 MiB range: 2 MiB of M2P + 2 MiB compat + 2 MiB frame table = 1536 pages
        assertEquals(1536, XenPmemTables.hotaddBoundPages(new MfnRange(0x240000, 0x240200)));
    }

    @Test
    void sixTiBTakes60GiBOfTables() {
        // 6 TiB = 6144 GiB: 6144 M2P chunks + 24576 groups = 30720 chunks = 60 GiB; above 1 TiB: no compat
        MfnRange r = new MfnRange(4 * (1L << 28), 10 * (1L << 28));
        TableChunks c = XenPmemTables.allocation(r, List.of());
        assertEquals(new TableChunks(24_576, 6_144, 0), c);
        assertEquals(60L << 30, c.bytes());
        assertEquals(6 * 1024 * GIB_FRAMES, r.nrPages());
    }
}
