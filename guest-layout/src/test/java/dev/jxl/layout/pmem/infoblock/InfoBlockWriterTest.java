package dev.jxl.layout.pmem.infoblock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The writer's arithmetic on the worked examples of notes/pmem.md §1.7, spelled out. */
class InfoBlockWriterTest {
    private static final long M = 1L << 20;
    private static final long G = 1L << 30;
    private static final UUID U = UUID.fromString("42e1d574-76ac-402c-9132-5436e31528c0");

    private static InfoBlockRequest req(long size, PfnMode map, long align) {
        return new InfoBlockRequest(size, InfoBlockMode.FSDAX, map, align, U, NdPfnSb.NULL_UUID);
    }

    @Test
    void memmapOnTheDevice16GiB() {
        // npfns0 = (16 GiB - 8 KiB) / 4 KiB = 4194302; 8 KiB + 64 * 4194302 = 268443520;
        // ALIGN(268443520, 2 MiB) = 270532608 (258 MiB); npfns = (16 GiB - 258 MiB) / 4 KiB = 4128256
        var l = InfoBlockWriter.layout(req(16 * G, PfnMode.PMEM, 2 * M));
        assertEquals(270_532_608L, l.dataoff());
        assertEquals(4_128_256L, l.npfns());
        assertEquals(0, l.endTrunc());
        assertEquals(16_909_336_576L, l.dataBytes(16 * G));
    }

    @Test
    void memmapInRam16GiB() {
        // dataoff = ALIGN(8 KiB, 2 MiB) = 2 MiB; npfns = (16 GiB - 2 MiB) / 4 KiB = 4193792
        var l = InfoBlockWriter.layout(req(16 * G, PfnMode.RAM, 2 * M));
        assertEquals(2_097_152L, l.dataoff());
        assertEquals(4_193_792L, l.npfns());
    }

    @Test
    void oneGiBAlignRoundsTheMemmapUpToAGiB() {
        // ALIGN(8 KiB + 268435328, 1 GiB) = 1 GiB; npfns = 15 GiB / 4 KiB = 3932160
        var l = InfoBlockWriter.layout(req(16 * G, PfnMode.PMEM, G));
        assertEquals(G, l.dataoff());
        assertEquals(3_932_160L, l.npfns());
    }

    @Test
    void theTailThatIsNotAFullAlignUnitIsTruncated() {
        // 16 GiB + 3 MiB: end_trunc = 1 MiB; npfns0 = 4195070, memmap 268492672 + 8 KiB -> 258 MiB;
        // npfns = (16 GiB + 3 MiB - 258 MiB - 1 MiB) / 4 KiB = 4128768
        var l = InfoBlockWriter.layout(req(16 * G + 3 * M, PfnMode.PMEM, 2 * M));
        assertEquals(M, l.endTrunc());
        assertEquals(270_532_608L, l.dataoff());
        assertEquals(4_128_768L, l.npfns());
    }

    @Test
    void smallAlignsStillMapIn2MiBUnits() {
        // memremap_compat_align() is the floor: a 4 KiB align lays out like 2 MiB but records 4096
        var small = InfoBlockWriter.layout(req(G + 3 * M, PfnMode.PMEM, 4096));
        var two = InfoBlockWriter.layout(req(G + 3 * M, PfnMode.PMEM, 2 * M));
        assertEquals(two, small);
        assertEquals(4096, InfoBlockWriter.infoBlock(req(G, PfnMode.PMEM, 4096)).align());
    }

    @Test
    void theAreaIs4KiBOfZerosThenTheBlock() {
        byte[] area = InfoBlockWriter.infoArea(req(G, PfnMode.PMEM, 2 * M));
        assertEquals(8192, area.length);
        assertArrayEquals(new byte[4096], Arrays.copyOf(area, 4096));
        assertArrayEquals(InfoBlockWriter.infoBlock(req(G, PfnMode.PMEM, 2 * M)).encode(),
                Arrays.copyOfRange(area, 4096, 8192));
    }

    @Test
    void versionIs14AndTheChecksumIsOverTheBlock() {
        NdPfnSb sb = InfoBlockWriter.infoBlock(req(G, PfnMode.PMEM, 2 * M));
        assertEquals(1, sb.versionMajor());
        assertEquals(4, sb.versionMinor());
        assertEquals(4096, sb.pageSize());
        assertEquals(64, sb.pageStructSize());
        assertEquals(Fletcher64.ofInfoBlock(sb.encode(), 0), sb.checksum());
    }

    @Test
    void refusals() {
        assertEquals("unable to satisfy requested alignment",
                assertThrows(InfoBlockException.class, () -> InfoBlockWriter.layout(req(512 * M, PfnMode.RAM, G)))
                        .getMessage());
        // ndctl would write npfns = 0 here (dataoff 16 MiB == size - end_trunc); the kernel refuses
        assertTrue(assertThrows(InfoBlockException.class,
                () -> InfoBlockWriter.layout(req(17 * M, PfnMode.RAM, 16 * M))).getMessage()
                .startsWith("unable to satisfy requested alignment: data offset 16777216 leaves no data pages"));
        assertEquals("align must be a power-of-2 greater than 4096, got 3145728",
                assertThrows(InfoBlockException.class, () -> req(G, PfnMode.PMEM, 3 * M)).getMessage());
        assertTrue(assertThrows(InfoBlockException.class, () -> req(1L << 40, PfnMode.PMEM, 1L << 32))
                .getMessage().contains("32-bit align field"));
        assertTrue(assertThrows(InfoBlockException.class, () -> req(8192, PfnMode.PMEM, 4096))
                .getMessage().contains("no room"));
    }
}
