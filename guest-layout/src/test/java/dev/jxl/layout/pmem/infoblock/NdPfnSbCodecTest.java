package dev.jxl.layout.pmem.infoblock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NdPfnSbCodecTest {
    private static final UUID U = UUID.fromString("42e1d574-76ac-402c-9132-5436e31528c0");
    private static final UUID P = UUID.fromString("ef83e49c-4c4a-4fae-b908-72e94675b1b7");

    @Test
    void decodeThenEncodeGivesTheSameBytes() {
        for (long size : new long[] {16L << 20, (1L << 30) + (3L << 20), 6L << 40}) {
            for (InfoBlockMode mode : InfoBlockMode.values()) {
                for (PfnMode map : new PfnMode[] {PfnMode.PMEM, PfnMode.RAM}) {
                    byte[] area = InfoBlockWriter.infoArea(new InfoBlockRequest(size, mode, map, 2L << 20, U, P));
                    DecodedInfoBlock d = NdPfnSb.decode(area, 4096);
                    assertTrue(d.checksumMatches());
                    assertTrue(d.paddingIsZero());
                    assertEquals(Optional.of(mode), d.sb().infoBlockMode());
                    assertArrayEquals(java.util.Arrays.copyOfRange(area, 4096, 8192), d.sb().encode());
                }
            }
        }
    }

    @Test
    void fieldsSitWhereLinuxPutsThem() {
        NdPfnSb sb = new NdPfnSb("NVDIMM_PFN_INFO\0", U, P, 0, 1, 4, 0x1020_0000L, 4_128_256L, 2, 0, 0x10_0000L,
                0x20_0000L, 4096, 64, 0x1122334455667788L);
        byte[] b = sb.encode();
        assertEquals('N', b[0]);
        assertEquals(0, b[15]);
        assertEquals((byte) 0x42, b[16]); // uuid bytes in text order
        assertEquals((byte) 0xc0, b[31]);
        assertEquals((byte) 0xef, b[32]);
        assertEquals(1, b[52]); // version_major
        assertEquals(4, b[54]); // version_minor
        assertEquals(0x20, b[56 + 2]); // dataoff 0x10200000 little-endian: 00 00 20 10
        assertEquals(0x10, b[56 + 3]);
        assertEquals(2, b[72]); // mode
        assertEquals(0x10, b[80 + 2]); // end_trunc 0x100000
        assertEquals(0x20, b[84 + 2]); // align 0x200000
        assertEquals(0x10, b[88 + 1]); // page_size 4096
        assertEquals(64, b[92]); // page_struct_size
        assertEquals((byte) 0x88, b[4088]); // checksum little-endian
        assertEquals(0x11, b[4095]);
    }

    @Test
    void nonZeroPaddingIsReported() {
        byte[] b = new NdPfnSb("NVDIMM_PFN_INFO\0", U, P, 0, 1, 4, 0, 0, 2, 0, 0, 0, 4096, 64, 0).encode();
        b[100] = 1;
        assertFalse(NdPfnSb.decode(b, 0).paddingIsZero());
    }
}
