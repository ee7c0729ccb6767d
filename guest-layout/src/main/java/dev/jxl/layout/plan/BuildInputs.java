package dev.jxl.layout.plan;

import dev.jxl.layout.plan.BuildStep.LoadAcpi;
import dev.jxl.layout.plan.BuildStep.MapMmio;
import dev.jxl.layout.plan.BuildStep.MapPmem;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.plan.BuildStep.WriteXenstore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the build plan needs from the guest layout, in the plan's own small terms, so the layout
 * planner can evolve behind it (the lead fills this from a {@code GuestLayout}).
 *
 * @param ramBelow4g     RAM to populate below 4 GiB, in order (HVM: 0x0–0x9f and 0xc0–lowmem_end, skipping the VGA hole)
 * @param ramAbove4g     RAM to populate from 4 GiB up
 * @param memoryMap      the map given to {@code XENMEM_set_memory_map}; empty when libxl sets none (PV without e820_host)
 * @param pmem           host pmem extents to map, data and label
 * @param mmio           host MMIO ranges to map (iomem, passthrough BARs)
 * @param acpi           the ACPI blob and its guest address, when the toolstack loads one (PVH, dm-acpi)
 * @param videoMemKib    video RAM carved out of max memory (HVM), 0 otherwise
 * @param xenstore       xenstore writes beyond libxl's own memory/cpu nodes (e.g. platform/mmio_hole_size)
 */
public record BuildInputs(List<GfnRange> ramBelow4g, List<GfnRange> ramAbove4g, List<E820Entry> memoryMap,
        List<MapPmem> pmem, List<MapMmio> mmio, Optional<LoadAcpi> acpi, long videoMemKib,
        List<WriteXenstore> xenstore) {

    /** The first frame above 4 GiB. */
    public static final long GFN_4G = 0x100000L;

    public BuildInputs {
        ramBelow4g = List.copyOf(ramBelow4g);
        ramAbove4g = List.copyOf(ramAbove4g);
        memoryMap = List.copyOf(memoryMap);
        pmem = List.copyOf(pmem);
        mmio = List.copyOf(mmio);
        Objects.requireNonNull(acpi, "acpi");
        xenstore = List.copyOf(xenstore);
        for (GfnRange r : ramBelow4g) {
            if (r.endGfn() > GFN_4G) {
                throw new IllegalArgumentException("RAM range below 4 GiB ends above it: " + r);
            }
        }
        for (GfnRange r : ramAbove4g) {
            if (r.startGfn() < GFN_4G) {
                throw new IllegalArgumentException("RAM range above 4 GiB starts below it: " + r);
            }
        }
        if (videoMemKib < 0) {
            throw new IllegalArgumentException("negative video memory: " + videoMemKib);
        }
    }

    /** A range of guest frames, {@code [startGfn, startGfn + nrPages)}. */
    public record GfnRange(long startGfn, long nrPages) {
        public GfnRange {
            StepText.requireRange(startGfn, nrPages, "RAM range");
        }

        public static GfnRange ofBytes(long start, long end) {
            if ((start & 0xFFF) != 0 || (end & 0xFFF) != 0) {
                throw new IllegalArgumentException("RAM range not page aligned: " + StepText.hex(start) + "-"
                        + StepText.hex(end));
            }
            return new GfnRange(start >>> 12, (end - start) >>> 12);
        }

        public long endGfn() {
            return startGfn + nrPages;
        }

        @Override
        public String toString() {
            return "gfn " + StepText.hex(startGfn) + "+" + StepText.hex(nrPages);
        }
    }
}
