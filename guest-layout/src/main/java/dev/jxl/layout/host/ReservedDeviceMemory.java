package dev.jxl.layout.host;

import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;

/**
 * A host reserved-device-memory region (an RMRR), as XENMEM_reserved_device_memory_map reports it;
 * {@code rdm = "strategy=host"} puts every one of them in an HVM guest's map.
 */
public record ReservedDeviceMemory(long start, long size) {
    public ReservedDeviceMemory {
        if (start < 0 || size <= 0 || (start & 0xFFF) != 0 || (size & 0xFFF) != 0) {
            throw new IllegalArgumentException("RDM must be whole pages: start " + Hex.plain(start) + " size " + size);
        }
    }

    public long end() {
        return start + size;
    }

    @Override
    public String toString() {
        return "RDM " + Hex.of(start) + "-" + Hex.of(end() - 1) + " (" + ByteSize.of(size) + ")";
    }
}
