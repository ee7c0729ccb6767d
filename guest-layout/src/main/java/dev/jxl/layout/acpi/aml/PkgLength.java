package dev.jxl.layout.acpi.aml;

/**
 * AML PkgLength: the length of itself plus everything after it up to the end of the object, in 1 to 4
 * bytes. One byte holds 0..0x3F; otherwise the lead byte's bits 7-6 count the following bytes, bits 3-0
 * hold the low nibble and each following byte 8 more bits. The smallest form that fits is chosen, as
 * iasl does.
 */
public final class PkgLength {
    /** Largest PkgLength value, the 4-byte form's 28 bits. */
    public static final int MAX = 0x0FFF_FFFF;
    private static final int[] LIMIT = {0, 0x3F, 0xFFF, 0xF_FFFF, MAX};

    private PkgLength() {
    }

    /** Encodes the PkgLength for an object whose bytes after the PkgLength number {@code bodyLength}. */
    public static byte[] encode(int bodyLength) {
        if (bodyLength < 0) {
            throw new IllegalArgumentException("negative body length " + bodyLength);
        }
        for (int size = 1; size <= 4; size++) {
            long total = (long) bodyLength + size;
            if (total <= LIMIT[size]) {
                return encodeExactly((int) total, size);
            }
        }
        throw new IllegalArgumentException("AML object of " + bodyLength + " bytes exceeds PkgLength's 28 bits");
    }

    /**
     * Encodes {@code value} itself in PkgLength form, as a Field's FieldLength (a width in bits) is: the
     * smallest of the 1-4 byte forms that holds the value, which does not count its own bytes.
     */
    public static byte[] encodeValue(int value) {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("a PkgLength value is 0.." + MAX + ", not " + value);
        }
        for (int size = 1; size <= 4; size++) {
            if (value <= LIMIT[size]) {
                return encodeExactly(value, size);
            }
        }
        throw new AssertionError("unreachable: " + value);
    }

    private static byte[] encodeExactly(int value, int size) {
        byte[] out = new byte[size];
        if (size == 1) {
            out[0] = (byte) value;
            return out;
        }
        out[0] = (byte) (((size - 1) << 6) | (value & 0x0F));
        for (int i = 1; i < size; i++) {
            out[i] = (byte) (value >>> (4 + 8 * (i - 1)));
        }
        return out;
    }

    /** Decodes a PkgLength at {@code offset}: returns {value, encoded size}. */
    public static int[] decode(byte[] aml, int offset) {
        int lead = aml[offset] & 0xFF;
        int following = lead >>> 6;
        if (following == 0) {
            return new int[] {lead & 0x3F, 1};
        }
        int value = lead & 0x0F;
        for (int i = 1; i <= following; i++) {
            value |= (aml[offset + i] & 0xFF) << (4 + 8 * (i - 1));
        }
        return new int[] {value, following + 1};
    }
}
