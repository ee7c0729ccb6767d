package dev.jxl.layout;

import dev.jxl.layout.e820.ByteSize;
import dev.jxl.layout.e820.Hex;

/**
 * One mapping of host pmem into the guest, {@code [mfn, mfn + nr)} onto {@code [gfn, gfn + nr)}: one
 * {@code XENMEM_populate_pmem_map} (type data) call. Extents are coalesced, never one per page; {@code nr}
 * fits the hypercall's {@code unsigned int nr_mfns}.
 */
public record PmemExtent(long mfn, long gfn, long nr) {
    /** Largest extent: the hypercall counts pages in an unsigned int; kept a power of two (8 TiB). */
    public static final long MAX_NR = 1L << 31;

    public PmemExtent {
        if (mfn < 0 || gfn < 0 || nr <= 0 || nr > MAX_NR) {
            throw new IllegalArgumentException("bad extent mfn " + mfn + " gfn " + gfn + " nr " + nr);
        }
    }

    @Override
    public String toString() {
        return "mfn " + Hex.plain(mfn) + " -> gfn " + Hex.plain(gfn) + " nr " + nr + " (" + ByteSize.of(nr << 12) + ")";
    }
}
