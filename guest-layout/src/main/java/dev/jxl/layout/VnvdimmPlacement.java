package dev.jxl.layout;

import dev.jxl.config.spec.VnvdimmSpec.Placement;
import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;
import java.util.Objects;

/**
 * One planned vNVDIMM: where its pages sit in the guest and which host pages back it. The backend
 * {@code [mfn, mfn + nrPages)} is mapped whole at {@code gfn}: its first {@code dataPages} are the
 * namespace's data, the last {@code nrLabelPages} its label area, right above the data in the guest
 * (the label window, reserved in the guest's E820 and read and written by the NVDIMM's
 * {@code _LSR}/{@code _LSW} methods).
 *
 * @param index        position in the {@code vnvdimms} list (QEMU's slot: NFIT ids and {@code NVxx} derive from it)
 * @param gfn          first guest frame of the data pages
 * @param mfn          first host frame of the backend
 * @param nrPages      backend pages, label pages included
 * @param nrLabelPages label pages at the end of the backend
 * @param placement    above or below 4 GiB
 * @param alignBytes   the alignment the guest range was placed on
 * @param pinned       whether {@code gfn=} fixed the address
 * @param hostNode     NUMA node of the host pmem region backing the first page
 * @param backend      the backend kind as the config names it: {@code mfn} or the {@code /dev/pmemN} path
 */
public record VnvdimmPlacement(int index, long gfn, long mfn, long nrPages, long nrLabelPages, Placement placement,
        long alignBytes, boolean pinned, int hostNode, String backend) {
    public static final int PAGE_SHIFT = 12;

    public VnvdimmPlacement {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(backend, "backend");
        if (nrPages <= nrLabelPages || nrLabelPages < 0 || gfn < 0 || mfn < 0) {
            throw new IllegalArgumentException("vnvdimm[" + index + "]: bad pages " + nrPages + "/" + nrLabelPages);
        }
    }

    public long dataPages() {
        return nrPages - nrLabelPages;
    }

    public long guestStart() {
        return gfn << PAGE_SHIFT;
    }

    public long guestEnd() {
        return (gfn + dataPages()) << PAGE_SHIFT;
    }

    public long dataBytes() {
        return dataPages() << PAGE_SHIFT;
    }

    /** First guest frame of the label window, right above the data (meaningful when there are label pages). */
    public long labelGfn() {
        return gfn + dataPages();
    }

    /** The end of the whole footprint, data and label window. */
    public long footprintEnd() {
        return (gfn + nrPages) << PAGE_SHIFT;
    }

    /** First host frame of the label area (meaningful when there are label pages). */
    public long labelMfn() {
        return mfn + dataPages();
    }

    public String name() {
        return "vnvdimm[" + index + "]";
    }

    /** One line of the plan text. */
    @Override
    public String toString() {
        return String.format("%-12s gfn %s-%s %10s  <- mfn %s%s%s, %s, align %s%s, host node %d", name(),
                Hex.plain(gfn), Hex.plain(gfn + dataPages() - 1), ByteSize.of(dataBytes()), Hex.plain(mfn),
                backend.equals("mfn") ? "" : " (" + backend + ")",
                nrLabelPages == 0 ? "" : ", labels mfn " + Hex.plain(labelMfn()) + " +" + nrLabelPages + " pages at gfn "
                        + Hex.plain(labelGfn()),
                placement.word(), ByteSize.of(alignBytes), pinned ? ", pinned by gfn=" : "", hostNode);
    }
}
