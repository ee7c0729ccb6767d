package dev.jxl.layout.pmem.infoblock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Fletcher64Test {

    @Test
    void sumsLittleEndianWordsAndTheRunningSums() {
        // words 1, 2, 3: lo runs 1, 3, 6; hi = 1 + 3 + 6 = 10
        byte[] b = {1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0};
        assertEquals(10L << 32 | 6, Fletcher64.of(b, 0, b.length));
    }

    @Test
    void wordsAreLittleEndian() {
        byte[] b = {0, 0, 0, 1}; // 0x01000000
        assertEquals(0x01000000L << 32 | 0x01000000L, Fletcher64.of(b, 0, 4));
    }

    @Test
    void lowSumWrapsAt32Bits() {
        // 0xffffffff then 1: lo = 0xffffffff, then 0 (wrapped); hi = 0xffffffff + 0
        byte[] b = {-1, -1, -1, -1, 1, 0, 0, 0};
        assertEquals(0xffffffffL << 32, Fletcher64.of(b, 0, b.length));
    }

    @Test
    void onlyTheLow32BitsOfTheHighSumSurviveTheShift() {
        // 1024 words of 0xffffffff: lo after i words = -i mod 2^32; hi = sum of those, > 2^32
        byte[] b = new byte[4096];
        Arrays.fill(b, (byte) -1);
        long hi = 0;
        for (long i = 1; i <= 1024; i++) {
            hi += (-i) & 0xffffffffL;
        }
        long lo = (-1024L) & 0xffffffffL;
        assertEquals(hi << 32 | lo, Fletcher64.of(b, 0, b.length));
    }

    @Test
    void infoBlockChecksumIgnoresTheStoredChecksum() {
        byte[] b = new byte[4096];
        b[0] = 7;
        long plain = Fletcher64.of(b, 0, 4096);
        Arrays.fill(b, 4088, 4096, (byte) 0x5a);
        assertEquals(plain, Fletcher64.ofInfoBlock(b, 0));
    }
}
