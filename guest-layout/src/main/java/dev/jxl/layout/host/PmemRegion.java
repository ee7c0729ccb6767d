package dev.jxl.layout.host;

import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;

/**
 * A host persistent-memory region (an NFIT SPA range of the pmem type, Xen's "raw" region): its
 * system-physical address range and NUMA node, as the host description's
 * {@code "pmem": [{"spa", "size", "node"}]} gives it. The one record for it: the planner, the pmem
 * setup rules and the backends' host reports all use this.
 */
public record PmemRegion(long spa, long size, int node) {
    public PmemRegion {
        if (spa < 0 || size <= 0 || spa + size < spa) {
            throw new IllegalArgumentException("bad pmem region spa " + Hex.plain(spa) + " size " + size);
        }
        if (node < 0) {
            throw new IllegalArgumentException("negative NUMA node " + node);
        }
        if (((spa | size) & 0xfff) != 0) {
            // Xen registers whole frames of an SPA range; firmware never reports less
            throw new IllegalArgumentException("pmem region spa " + Hex.plain(spa) + " size " + Hex.plain(size)
                    + " is not page aligned");
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
