package dev.jxl.layout.host;

import dev.jxl.layout.e820.ByteSize;
import dev.jxl.layout.e820.Hex;

/** A host persistent-memory region: its system-physical address range (SPA) and NUMA node. */
public record PmemRegion(long spa, long size, int node) {
    public PmemRegion {
        if (spa < 0 || size <= 0 || spa + size < spa) {
            throw new IllegalArgumentException("bad pmem region spa " + Hex.plain(spa) + " size " + size);
        }
        if (node < 0) {
            throw new IllegalArgumentException("negative NUMA node " + node);
        }
    }

    public long end() {
        return spa + size;
    }

    @Override
    public String toString() {
        return Hex.of(spa) + "-" + Hex.of(end() - 1) + " " + ByteSize.of(size) + " node " + node;
    }
}
