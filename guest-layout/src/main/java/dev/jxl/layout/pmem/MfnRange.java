package dev.jxl.layout.pmem;

import dev.jxl.units.Hex;
import dev.jxl.layout.host.PmemRegion;

/** A half-open range of machine frame numbers {@code [smfn, emfn)}, as Xen's pmem code passes them. */
public record MfnRange(long smfn, long emfn) implements Comparable<MfnRange> {
    /** The frames of a host pmem region, {@code [spa >> 12, (spa + size) >> 12)}, as Xen registers them. */
    public static MfnRange of(PmemRegion r) {
        return new MfnRange(r.spa() >>> 12, (r.spa() + r.size()) >>> 12);
    }

    public MfnRange {
        if (smfn < 0 || emfn < 0) {
            throw new IllegalArgumentException("negative MFN in [" + smfn + ", " + emfn + ")");
        }
    }

    public static MfnRange ofPages(long smfn, long nrPages) {
        return new MfnRange(smfn, smfn + nrPages);
    }

    public long nrPages() {
        return Math.max(0, emfn - smfn);
    }

    public boolean isEmpty() {
        return smfn >= emfn;
    }

    public boolean overlaps(MfnRange o) {
        return smfn < o.emfn && o.smfn < emfn;
    }

    public boolean contains(MfnRange o) {
        return smfn <= o.smfn && o.emfn <= emfn;
    }

    @Override
    public int compareTo(MfnRange o) {
        return smfn != o.smfn ? Long.compare(smfn, o.smfn) : Long.compare(emfn, o.emfn);
    }

    @Override
    public String toString() {
        return "[" + Hex.plain(smfn) + ", " + Hex.plain(emfn) + ")";
    }
}
