package dev.jxl.layout;

import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;
import java.util.Locale;
import java.util.Objects;

/**
 * One mapping of host pmem into the guest, {@code [mfn, mfn + nr)} onto {@code [gfn, gfn + nr)}: one
 * {@code XENMEM_populate_pmem_map} call. Data extents are coalesced, never one per page; a label extent
 * is one vNVDIMM's label area, mapped into its label window. {@code nr} fits the hypercall's
 * {@code unsigned int nr_mfns}.
 */
public record PmemExtent(long mfn, long gfn, long nr, Type type) {
    /** Largest extent: the hypercall counts pages in an unsigned int; kept a power of two (8 TiB). */
    public static final long MAX_NR = 1L << 31;

    /** {@code XENMEM_pmem_map_type_*}: the namespace's data pages, or its label area. */
    public enum Type {
        DATA, LABEL;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PmemExtent {
        Objects.requireNonNull(type, "type");
        if (mfn < 0 || gfn < 0 || nr <= 0 || nr > MAX_NR) {
            throw new IllegalArgumentException("bad extent mfn " + mfn + " gfn " + gfn + " nr " + nr);
        }
    }

    /** A data extent. */
    public PmemExtent(long mfn, long gfn, long nr) {
        this(mfn, gfn, nr, Type.DATA);
    }

    @Override
    public String toString() {
        return "mfn " + Hex.plain(mfn) + " -> gfn " + Hex.plain(gfn) + " nr " + nr + " (" + ByteSize.of(nr << 12) + ")"
                + (type == Type.LABEL ? " labels" : "");
    }
}
