package dev.jxl.layout.e820;

import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.units.Hex;
import java.util.Objects;

/**
 * One E820 entry, {@code struct e820entry}: {@code addr} and {@code size} are unsigned 64-bit byte
 * values (Java longs read unsigned), so even libxl's quirk entries that reach 2^64 − 1 are kept
 * exactly. The end is exclusive.
 */
public record E820Entry(long addr, long size, E820Type type) {
    public E820Entry {
        Objects.requireNonNull(type, "type");
        // the end (addr + size) must not pass 2^64
        if (Long.compareUnsigned(size, -1L - addr) > 0) {
            throw new IllegalArgumentException("E820 entry wraps past 2^64: addr " + Hex.of(addr)
                    + " size " + Hex.of(size));
        }
    }

    public static E820Entry range(long start, long end, E820Type type) {
        return new E820Entry(start, end - start, type);
    }

    /** Exclusive end; 2^64 is not representable, so an entry reaching the very top ends at 0 (wraps). */
    public long end() {
        return addr + size;
    }

    /** The last byte (inclusive), which never wraps for a non-empty entry. */
    public long last() {
        return addr + size - 1;
    }

    /** The JSON view: {@code {"addr": N, "size": N, "type": N}}, bytes as unsigned integers, the type's number. */
    public void writeJson(YajlWriter w) {
        w.openMap().key("addr").unsignedValue(addr).key("size").unsignedValue(size).key("type").value(type.value())
                .closeMap();
    }

    public boolean is(E820Type t) {
        return type.equals(t);
    }

    /** True if the two ranges share at least one byte. */
    public boolean overlaps(E820Entry o) {
        return size != 0 && o.size != 0
                && Long.compareUnsigned(addr, o.last()) <= 0 && Long.compareUnsigned(o.addr, last()) <= 0;
    }

    public boolean overlaps(long start, long length) {
        return overlaps(new E820Entry(start, length, type));
    }

    @Override
    public String toString() {
        return Hex.of(addr) + "-" + Hex.of(last()) + " " + type.label();
    }
}
