package dev.jxl.layout.pmem;

/**
 * A host persistent-memory range (an NFIT SPA range of the pmem type, Xen's "raw" region): its
 * system physical address, size in bytes and NUMA node, as the host description's
 * {@code "pmem": [{"spa", "size", "node"}]} gives it.
 */
public record HostPmemRegion(long spa, long size, int node) {
    public static final int PAGE_SHIFT = 12;

    public HostPmemRegion {
        if (spa < 0 || size <= 0) {
            throw new IllegalArgumentException("pmem region needs spa >= 0 and size > 0: spa " + spa + " size " + size);
        }
        if (((spa | size) & ((1 << PAGE_SHIFT) - 1)) != 0) {
            throw new IllegalArgumentException(String.format(
                    "pmem region spa %#x size %#x is not page aligned", spa, size));
        }
    }

    /** The same region as the host description's {@code Host} carries it. */
    public static HostPmemRegion of(dev.jxl.layout.host.PmemRegion r) {
        return new HostPmemRegion(r.spa(), r.size(), r.node());
    }

    /** The frames {@code [spa >> 12, (spa + size) >> 12)}, as Xen registers an NFIT SPA range. */
    public MfnRange mfns() {
        return new MfnRange(spa >>> PAGE_SHIFT, (spa + size) >>> PAGE_SHIFT);
    }
}
