package dev.jxl.layout.plan;

import dev.jxl.config.DomainConfig;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.IomemRange;
import dev.jxl.config.libxl.LibxlJson;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.plan.BuildInputs.GfnRange;
import dev.jxl.layout.plan.BuildStep.MapMmio;
import dev.jxl.layout.plan.BuildStep.WriteXenstore;
import dev.jxl.layout.plan.BuildStep.LoadAcpi;
import dev.jxl.layout.plan.BuildStep.MapPmem;
import dev.jxl.layout.PmemExtent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The build inputs a planned layout gives: which frames to populate, the memory map, what to map. */
public final class LayoutBuildInputs {
    /** The legacy VGA hole hvmloader never populates (0xa0000-0xbffff). */
    private static final long VGA_HOLE_START = 0xA0000L;
    private static final long VGA_HOLE_END = 0xC0000L;
    private static final long FOUR_GIB = 1L << 32;

    private LayoutBuildInputs() {
    }

    public static BuildInputs of(DomainConfig config, GuestLayout layout) {
        List<GfnRange> below = new ArrayList<>();
        if (layout.type() == DomainType.HVM) {
            below.add(GfnRange.ofBytes(0, VGA_HOLE_START));
            if (layout.lowmemEnd() > VGA_HOLE_END) {
                below.add(GfnRange.ofBytes(VGA_HOLE_END, layout.lowmemEnd()));
            }
        } else if (layout.lowmemEnd() > 0) {
            below.add(GfnRange.ofBytes(0, layout.lowmemEnd()));
        }
        List<GfnRange> above = new ArrayList<>();
        if (layout.highmemEnd() > FOUR_GIB) {
            above.add(GfnRange.ofBytes(FOUR_GIB, layout.highmemEnd()));
        }
        // the dm-acpi pages are filled (and so populated) by the load_acpi step, not as RAM
        if (layout.dmAcpi().isPresent()) {
            below = without(below, layout.dmAcpi().get().address() >>> 12, layout.dmAcpi().get().pages());
        }
        // the layout spans maxmem; a guest starts with its target populated and balloons (or, HVM, fills
        // pages on demand) up to the rest
        long videoKibForTarget = config.type() == DomainType.HVM ? Math.max(0, maxMemKib(config) - layout.ramKib()) : 0;
        long populatePages = Math.max(0, (targetMemKib(config) - videoKibForTarget) >>> 2);
        below = truncate(below, populatePages);
        populatePages -= pages(below);
        above = truncate(above, populatePages);
        List<E820Entry> memmap = layout.xenMemmap().map(m -> m.entries()).orElse(List.of());
        List<MapMmio> mmio = new ArrayList<>();
        for (IomemRange r : config.libxl().bInfo().iomem()) {
            mmio.add(new MapMmio(r.effectiveGfn(), r.start(), r.number()));
        }
        long videoKib = config.type() == DomainType.HVM ? Math.max(0, maxMemKib(config) - layout.ramKib()) : 0;
        // vNVDIMMs: data and label extents as planned, the dm-acpi blobs loaded where the plan reserved
        // them, and hvmloader's keys
        List<MapPmem> pmem = new ArrayList<>();
        for (PmemExtent e : layout.pmemExtents()) {
            pmem.add(new MapPmem(e.mfn(), e.gfn(), e.nr(), e.type()));
        }
        Optional<LoadAcpi> acpi = layout.dmAcpi().map(area ->
                new LoadAcpi(area.address(), area.bytes()));
        List<WriteXenstore> xenstore = new ArrayList<>();
        for (dev.jxl.layout.XenstoreWrite w : layout.xenstore()) {
            xenstore.add(new WriteXenstore(w));
        }
        return new BuildInputs(below, above, memmap, pmem, mmio, acpi, videoKib, xenstore);
    }

    /** The ranges with frames [startGfn, startGfn + nr) taken out. */
    private static List<GfnRange> without(List<GfnRange> ranges, long startGfn, long nr) {
        long end = startGfn + nr;
        List<GfnRange> out = new ArrayList<>();
        for (GfnRange r : ranges) {
            if (r.endGfn() <= startGfn || r.startGfn() >= end) {
                out.add(r);
                continue;
            }
            if (r.startGfn() < startGfn) {
                out.add(new GfnRange(r.startGfn(), startGfn - r.startGfn()));
            }
            if (r.endGfn() > end) {
                out.add(new GfnRange(end, r.endGfn() - end));
            }
        }
        return out;
    }

    private static List<GfnRange> truncate(List<GfnRange> ranges, long pages) {
        List<GfnRange> out = new ArrayList<>();
        for (GfnRange r : ranges) {
            if (pages <= 0) {
                break;
            }
            long n = Math.min(pages, r.nrPages());
            out.add(new GfnRange(r.startGfn(), n));
            pages -= n;
        }
        return out;
    }

    private static long pages(List<GfnRange> ranges) {
        return ranges.stream().mapToLong(GfnRange::nrPages).sum();
    }

    private static long targetMemKib(DomainConfig config) {
        long target = config.libxl().bInfo().targetMemkb();
        return target == LibxlJson.MEMKB_DEFAULT ? maxMemKib(config) : target;
    }

    private static long maxMemKib(DomainConfig config) {
        long max = config.libxl().bInfo().maxMemkb();
        return max == LibxlJson.MEMKB_DEFAULT ? 32 * 1024 : max;
    }
}
