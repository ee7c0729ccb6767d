package dev.jxl.layout.pmem.infoblock;

/**
 * The libnvdimm Fletcher-64 ({@code nd_fletcher64} with {@code le=true}): 32-bit little-endian words,
 * a 32-bit running sum that wraps, and a 64-bit sum of the running sums; the result is
 * {@code hi << 32 | lo}, so only the low 32 bits of the second sum survive.
 */
public final class Fletcher64 {
    private Fletcher64() {
    }

    /** The checksum of {@code len} bytes (a multiple of 4; trailing bytes are ignored, as in C). */
    public static long of(byte[] bytes, int offset, int len) {
        int lo = 0;
        long hi = 0;
        int end = offset + (len & ~3);
        for (int i = offset; i < end; i += 4) {
            int word = (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF) << 16
                    | (bytes[i + 3] & 0xFF) << 24;
            lo += word;
            hi += Integer.toUnsignedLong(lo);
        }
        return hi << 32 | Integer.toUnsignedLong(lo);
    }

    /**
     * {@code nd_sb_checksum}: the checksum of a 4 KiB info block computed as if its last 8 bytes (the
     * stored checksum) were zero.
     */
    public static long ofInfoBlock(byte[] block, int offset) {
        byte[] copy = java.util.Arrays.copyOfRange(block, offset, offset + NdPfnSb.SIZE);
        java.util.Arrays.fill(copy, NdPfnSb.CHECKSUM_OFFSET, NdPfnSb.SIZE, (byte) 0);
        return of(copy, 0, NdPfnSb.SIZE);
    }
}
