package dev.jxl.layout.acpi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import dev.jxl.units.Bytes;

/** Little-endian byte writer: every multi-byte ACPI field is little-endian. */
public final class ByteSink {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public ByteSink u8(int value) {
        out.write(value & 0xFF);
        return this;
    }

    public ByteSink u16(int value) {
        return u8(value).u8(value >>> 8);
    }

    public ByteSink u32(long value) {
        return u16((int) value).u16((int) (value >>> 16));
    }

    public ByteSink u64(long value) {
        return u32(value).u32(value >>> 32);
    }

    public ByteSink zeros(int count) {
        for (int i = 0; i < count; i++) {
            out.write(0);
        }
        return this;
    }

    public ByteSink bytes(byte[] data) {
        out.writeBytes(data);
        return this;
    }

    public ByteSink bytes(Bytes data) {
        return bytes(data.toByteArray());
    }

    /** ASCII text in a fixed-width field, padded with {@code pad}; callers have checked the width. */
    public ByteSink ascii(String text, int width, char pad) {
        byte[] raw = text.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(raw);
        for (int i = raw.length; i < width; i++) {
            out.write(pad);
        }
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    /** Reads a little-endian unsigned field of {@code width} bytes (1, 2, 4 or 8) at {@code offset}. */
    public static long readLe(byte[] data, int offset, int width) {
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | (data[offset + i] & 0xFF);
        }
        return value;
    }
}
