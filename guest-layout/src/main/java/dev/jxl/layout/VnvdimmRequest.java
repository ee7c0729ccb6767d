package dev.jxl.layout;

import dev.jxl.config.spec.VnvdimmSpec;
import dev.jxl.config.spec.VnvdimmSpec.Placement;
import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;
import java.util.Objects;

/**
 * One vNVDIMM as the planner places it: its spec, with jxl's placement policy filling in what the
 * spec leaves unsaid. Unpinned and unplaced, a vNVDIMM goes above 4 GiB; its alignment is 1 GiB
 * there and 128 MiB below 4 GiB. The data range starts and ends on the alignment, and so does a pin.
 *
 * @param spec       what the config says
 * @param placement  {@code placement=}, else the side of 4 GiB {@code gfn=} is on, else above
 * @param alignBytes {@code align=}, else the default for the placement
 */
record VnvdimmRequest(VnvdimmSpec spec, Placement placement, long alignBytes) {
    /**
     * Above 4 GiB QEMU's device-memory rule: the window starts at the first 1 GiB boundary after high
     * RAM, and each vNVDIMM on 1 GiB keeps the guest's huge pages whole.
     */
    static final long DEFAULT_ALIGN_ABOVE_4G = VnvdimmPlanner.DEVICE_MEMORY_ALIGN;
    /** Below 4 GiB the space is scarce: vNVDIMMs stack under the MMIO hole on Linux's section size. */
    static final long DEFAULT_ALIGN_BELOW_4G = VnvdimmSpec.MIN_ALIGN_BYTES;

    VnvdimmRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(placement, "placement");
    }

    /** The spec under jxl's policy; a data range or pin off the alignment is a config error at its value. */
    static VnvdimmRequest of(VnvdimmSpec spec) {
        Placement placement = spec.placement().orElseGet(() -> spec.gfn().isPresent()
                && spec.gfn().getAsLong() < VnvdimmSpec.GFN_4G ? Placement.BELOW_4G : Placement.ABOVE_4G);
        long align = spec.alignBytes().orElse(placement == Placement.ABOVE_4G ? DEFAULT_ALIGN_ABOVE_4G
                : DEFAULT_ALIGN_BELOW_4G);
        VnvdimmRequest r = new VnvdimmRequest(spec, placement, align);
        long alignPages = r.alignPages();
        if (spec.dataPages().isPresent() && spec.dataPages().getAsLong() % alignPages != 0) {
            throw r.error("nr_pages", "nr_pages - nr_label_pages = " + spec.dataPages().getAsLong() + " data pages is not "
                    + "a multiple of the alignment, " + alignPages + " pages (" + ByteSize.of(align) + "); the data "
                    + "range must start and end on it" + (spec.nrLabelPages() == 0 ? "" : " (label pages come on top)"));
        }
        if (spec.gfn().isPresent() && spec.gfn().getAsLong() % alignPages != 0) {
            throw r.error("gfn", "gfn " + Hex.plain(spec.gfn().getAsLong()) + " is not aligned to " + ByteSize.of(align)
                    + " (" + alignPages + " pages)");
        }
        return r;
    }

    long alignPages() {
        return alignBytes >> VnvdimmSpec.PAGE_SHIFT;
    }

    /** A config error at the value of {@code key}, worded as the spec's own errors are. */
    private ConfigException error(String key, String message) {
        return new ConfigException(Diagnostic.error(spec.valuePosition(key), "vnvdimms", "vnvdimms spec '" + spec.text()
                + "': " + message));
    }
}
