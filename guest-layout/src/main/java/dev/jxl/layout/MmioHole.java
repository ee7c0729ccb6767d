package dev.jxl.layout;

import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;

/** The MMIO hole below 4 GiB: where the guest has no RAM and BARs, firmware and special pages go. */
public record MmioHole(long start, long size) {
    public MmioHole {
        if (start < 0 || size < 0 || start + size > XenConstants.GIB4) {
            throw new IllegalArgumentException("MMIO hole must lie below 4 GiB: " + Hex.plain(start) + "+" + size);
        }
    }

    public static MmioHole below4g(long start) {
        return new MmioHole(start, XenConstants.GIB4 - start);
    }

    public static final MmioHole NONE = new MmioHole(XenConstants.GIB4, 0);

    public long end() {
        return start + size;
    }

    @Override
    public String toString() {
        return size == 0 ? "none" : Hex.of(start) + "-" + Hex.of(end() - 1) + " (" + ByteSize.of(size) + ")";
    }
}
