package dev.jxl.units;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Bytes as a value: what a record holds where it would hold a {@code byte[]} (an ACPI table, an AML
 * buffer, the dm-acpi blobs). An array in a record is a hole in its immutability and compares by
 * identity; this is copied once on the way in and again on the way out, and equal by content.
 */
public final class Bytes {
    private static final int SHOWN = 32;

    private final byte[] bytes;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Bytes of(byte[] bytes) {
        return new Bytes(bytes.clone());
    }

    /** Bytes {@code from} (inclusive) to {@code to} (exclusive) of an array. */
    public static Bytes of(byte[] bytes, int from, int to) {
        if (from < 0 || to < from || to > bytes.length) {
            throw new IndexOutOfBoundsException("bytes [" + from + ", " + to + ") of " + bytes.length);
        }
        return new Bytes(Arrays.copyOfRange(bytes, from, to));
    }

    public int length() {
        return bytes.length;
    }

    /** A copy, for code that reads or writes arrays. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** All the bytes in lower-case hex, two digits each. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The hex of the first 32 bytes and the length: a table is kilobytes, a message wants a line. */
    @Override
    public String toString() {
        if (bytes.length <= SHOWN) {
            return hex();
        }
        return HexFormat.of().formatHex(bytes, 0, SHOWN) + "… (" + bytes.length + " bytes)";
    }
}
