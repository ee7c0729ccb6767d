package dev.jxl.layout.pmem;

/**
 * What Xen's memory-hotplug path allocates for a range, in 2 MiB (512-page) chunks: frame table
 * ({@code extend_frame_table}), M2P ({@code setup_m2p_table}) and the 32-bit-guest M2P
 * ({@code setup_compat_m2p_table}).
 */
public record TableChunks(long frameTable, long m2p, long compatM2p) {
    public long chunks() {
        return frameTable + m2p + compatM2p;
    }

    public long pages() {
        return chunks() * XenPmemTables.CHUNK_PAGES;
    }

    public long bytes() {
        return pages() << 12;
    }

    @Override
    public String toString() {
        return "frame table " + frameTable + " + M2P " + m2p + " + compat M2P " + compatM2p + " = " + chunks()
                + " chunks of 2 MiB (" + pages() + " pages, " + (bytes() >> 20) + " MiB)";
    }
}
