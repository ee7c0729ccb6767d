package dev.jxl.layout;

import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;

/** A named guest-physical range [start, end): special pages, the ACPI area, the 64-bit BAR window. */
public record AddressRange(String name, long start, long end) {
    public AddressRange {
        if (Long.compareUnsigned(end, start) < 0) {
            throw new IllegalArgumentException(name + ": end before start");
        }
    }

    public long size() {
        return end - start;
    }

    public boolean overlaps(long otherStart, long otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    @Override
    public String toString() {
        return String.format("%-18s %s-%s %12s", name, Hex.of(start), Hex.of(end - 1), ByteSize.of(size()));
    }
}
