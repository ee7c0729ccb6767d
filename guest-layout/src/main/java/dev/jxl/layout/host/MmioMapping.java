package dev.jxl.layout.host;

import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.units.Hex;
import java.util.List;
import java.util.Optional;

/**
 * What {@code XEN_DOMCTL_memory_mapping} (with the {@code iomem_permission} libxl asks first) accepts
 * of a host frame range, judged on the host alone: the one rule the planner applies to {@code iomem}
 * and the sim applies to the build step. Frames are 4 KiB; values are unsigned, as Xen's are.
 */
public final class MmioMapping {
    private static final int PAGE_SHIFT = 12;

    private MmioMapping() {
    }

    /** Why Xen refuses: the range itself is malformed, or it is not MMIO this host can give. */
    public enum Kind {
        /** No frames, or the frame or guest range wraps past 2^64 (Xen's "wrap?" tests): -EINVAL. */
        RANGE("-EINVAL"),
        /** A frame above the host's physical address width: -EINVAL. */
        ADDRESS_BITS("-EINVAL"),
        /** The frames are host RAM, which dom0 has no iomem permission for: -EPERM. */
        HOST_RAM("-EPERM"),
        /** The frames are host pmem, mapped with populate_pmem_map instead: -EPERM. */
        HOST_PMEM("-EPERM");

        private final String errno;

        Kind(String errno) {
            this.errno = errno;
        }

        public String errno() {
            return errno;
        }
    }

    /**
     * A refusal: its kind, the host E820 entry or pmem region to blame (its index, or -1), and the
     * reason in words (without the errno).
     */
    public record Refusal(Kind kind, int hostIndex, String reason) {
    }

    /** {@code nr} host frames from {@code mfn} mapped at guest frame {@code gfn}. */
    public static Optional<Refusal> check(Host host, long mfn, long nr, long gfn) {
        long last = mfn + nr - 1;
        if (nr == 0 || Long.compareUnsigned(last, mfn) < 0 || Long.compareUnsigned(gfn + nr - 1, gfn) < 0) {
            return Optional.of(new Refusal(Kind.RANGE, -1, "mfns " + Hex.plain(mfn) + "+" + Hex.plain(nr) + " at gfn "
                    + Hex.plain(gfn) + (nr == 0 ? " is no frames" : " wrap past 2^64")));
        }
        int frameBits = host.paddrBits() - PAGE_SHIFT;
        if (((mfn | last) >>> frameBits) != 0) {
            return Optional.of(new Refusal(Kind.ADDRESS_BITS, -1, "mfn " + Hex.plain((mfn >>> frameBits) != 0 ? mfn : last)
                    + " is beyond the host's " + host.paddrBits() + "-bit physical address space"));
        }
        long start = mfn << PAGE_SHIFT;
        long bytes = nr << PAGE_SHIFT;
        List<E820Entry> e820 = host.e820().entries();
        for (int i = 0; i < e820.size(); i++) {
            E820Entry r = e820.get(i);
            if (r.is(E820Type.RAM) && r.overlaps(start, bytes)) {
                return Optional.of(new Refusal(Kind.HOST_RAM, i, "mfns " + Hex.plain(mfn) + "+" + Hex.plain(nr)
                        + " overlap host RAM " + Hex.plain(r.addr()) + "-" + Hex.plain(r.last())));
            }
        }
        List<PmemRegion> pmem = host.pmem();
        for (int i = 0; i < pmem.size(); i++) {
            PmemRegion r = pmem.get(i);
            if (start < r.end() && r.spa() < start + bytes) {
                return Optional.of(new Refusal(Kind.HOST_PMEM, i, "mfns " + Hex.plain(mfn) + "+" + Hex.plain(nr)
                        + " overlap host pmem; pmem is mapped with populate_pmem_map"));
            }
        }
        return Optional.empty();
    }
}
