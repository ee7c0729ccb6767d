package dev.jxl.layout;

import dev.jxl.config.spec.VnvdimmSpec;
import dev.jxl.config.spec.VnvdimmSpec.Placement;
import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.pmem.MfnRange;
import dev.jxl.layout.pmem.PmemSetupState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places vNVDIMMs in an HVM guest and resolves their host pages. Below 4 GiB they stack down from the
 * MMIO hole (config order), lowering low RAM; above 4 GiB they go first fit from
 * {@code ROUND_UP(end of high RAM, 1 GiB)} (QEMU's device-memory rule), each on its own alignment.
 * {@code gfn=} pins are checked against every fixed region. Work is O(n²) in the number of
 * vNVDIMMs (at most 256) and independent of their size.
 */
final class VnvdimmPlanner {
    static final int PAGE_SHIFT = 12;
    /** QEMU's device-memory rule: its region starts, and what follows it starts, on a 1 GiB boundary. */
    static final long DEVICE_MEMORY_ALIGN = 1L << 30;

    /** A backend resolved through the host. */
    private record Backing(int index, VnvdimmRequest req, long mfn, long nrPages, long labelPages, int node,
            String backendText) {
        VnvdimmSpec spec() {
            return req.spec();
        }

        long dataBytes() {
            return (nrPages - labelPages) << PAGE_SHIFT;
        }

        /** Data and label window: the guest range the backend takes. */
        long footprintBytes() {
            return nrPages << PAGE_SHIFT;
        }

        String name() {
            return "vnvdimm[" + index + "]";
        }
    }

    private final List<Backing> backings;
    private final long[] start;
    private final List<String> notes;

    private VnvdimmPlanner(List<Backing> backings, List<String> notes) {
        this.backings = backings;
        this.start = new long[backings.size()];
        Arrays.fill(start, -1);
        this.notes = notes;
    }

    static VnvdimmPlanner resolve(List<VnvdimmRequest> requests, Host host, List<String> notes) {
        List<Backing> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            out.add(backing(i, requests.get(i), host));
        }
        checkNoPageTwice(out);
        if (!out.isEmpty()) {
            long pages = 0;
            for (Backing b : out) {
                pages += b.nrPages;
            }
            notes.add("vnvdimms: " + out.size() + " backend(s), " + ByteSize.of(pages << PAGE_SHIFT)
                    + " of host pmem, no host page given twice; each must be set up as a data area (pmem setup --data) "
                    + "before the build maps it");
        }
        return new VnvdimmPlanner(out, notes);
    }

    boolean isEmpty() {
        return backings.isEmpty();
    }

    boolean anyBelow4g() {
        return backings.stream().anyMatch(b -> b.req.placement() == Placement.BELOW_4G);
    }

    private static Backing backing(int i, VnvdimmRequest req, Host host) {
        VnvdimmSpec v = req.spec();
        String name = "vnvdimm[" + i + "]";
        List<PmemRegion> regions = host.pmem();
        if (regions.isEmpty()) {
            throw PlanningException.vnvdimm(v, name + ": the host has no pmem regions", List.of(name, "host pmem"));
        }
        long labels = v.nrLabelPages();
        if (v.backend() instanceof VnvdimmSpec.Backend.Mfn m) {
            long nr = v.nrPages().getAsLong();
            int node = coveringNode(m.mfn(), nr, regions, name, v);
            requireMappable(host, v, name, m.mfn(), nr, "mfn");
            return new Backing(i, req, m.mfn(), nr, labels, node, "mfn");
        }
        VnvdimmSpec.Backend.PmemDevice d = (VnvdimmSpec.Backend.PmemDevice) v.backend();
        if (d.region() >= regions.size()) {
            throw PlanningException.vnvdimm(v, name + ": backend " + d.path() + " does not exist: the host has "
                    + regions.size() + " pmem region(s), /dev/pmem0" + (regions.size() > 1 ? "../dev/pmem" + (regions.size() - 1) : ""),
                    List.of(name, "host pmem"));
        }
        PmemRegion r = regions.get(d.region());
        long first = (r.spa() + 0xFFF) >>> PAGE_SHIFT;
        long avail = (r.end() >>> PAGE_SHIFT) - first;
        long nr;
        if (v.nrPages().isPresent()) {
            nr = v.nrPages().getAsLong();
            if (nr > avail) {
                throw PlanningException.vnvdimm(v, name + ": nr_pages " + nr + " (" + ByteSize.of(nr << PAGE_SHIFT) + ") but "
                        + d.path() + " " + r + " holds " + avail + " pages", List.of(name, d.path()));
            }
        } else {
            long data = avail - labels;
            data -= Math.floorMod(data, req.alignPages());
            if (data <= 0) {
                throw PlanningException.vnvdimm(v, name + ": " + d.path() + " " + r + " holds less than one "
                        + ByteSize.of(req.alignBytes()) + " step after " + labels + " label pages", List.of(name, d.path()));
            }
            nr = data + labels;
        }
        requireMappable(host, v, name, first, nr, d.path());
        return new Backing(i, req, first, nr, labels, r.node(), d.path());
    }

    /**
     * On a host whose pmem setup is known (a running sim's), the frames must be mappable now, as the
     * build's populate_pmem_map will require ({@link PmemSetupState#mappingRefusal}, the one rule).
     */
    private static void requireMappable(Host host, VnvdimmSpec v, String name, long mfn, long nr, String backend) {
        if (host.pmemSetup().isEmpty()) {
            return;
        }
        host.pmemSetup().get().mappingRefusal(MfnRange.ofPages(mfn, nr)).ifPresent(why -> {
            throw PlanningException.vnvdimm(v, name + ": backend " + backend + " " + Hex.plain(mfn) + "-"
                    + Hex.plain(mfn + nr - 1) + ": " + why.reason(), List.of(name, "host pmem setup"));
        });
    }

    /** The node of the region holding the first page; the run must be covered by (contiguous) host regions. */
    private static int coveringNode(long mfn, long nr, List<PmemRegion> regions, String name,
            VnvdimmSpec v) {
        List<PmemRegion> sorted = new ArrayList<>(regions);
        sorted.sort((a, b) -> Long.compare(a.spa(), b.spa()));
        long at = mfn << PAGE_SHIFT;
        long end = (mfn + nr) << PAGE_SHIFT;
        int node = -1;
        for (PmemRegion r : sorted) {
            if (r.spa() <= at && at < r.end()) {
                if (node < 0) {
                    node = r.node();
                }
                at = r.end();
                if (at >= end) {
                    return node;
                }
            }
        }
        throw PlanningException.vnvdimm(v, name + ": backend mfn " + Hex.plain(mfn) + "-" + Hex.plain(mfn + nr - 1)
                + " is not host pmem" + (node < 0 ? "" : " past " + Hex.plain(at)) + " (host regions: "
                + String.join(", ", regions.stream().map(PmemRegion::toString).toList()) + ")", List.of(name, "host pmem"));
    }

    /** One host page is never given to two vNVDIMMs (label pages included). */
    private static void checkNoPageTwice(List<Backing> all) {
        List<Backing> byMfn = new ArrayList<>(all);
        byMfn.sort((a, b) -> Long.compare(a.mfn(), b.mfn()));
        Backing reach = null;
        for (Backing b : byMfn) {
            if (reach != null && b.mfn < reach.mfn + reach.nrPages) {
                throw PlanningException.vnvdimm(b.spec(), b.name() + " backend mfn " + Hex.plain(b.mfn) + "-" + Hex.plain(b.mfn + b.nrPages - 1)
                        + " overlaps " + reach.name() + " backend mfn " + Hex.plain(reach.mfn) + "-"
                        + Hex.plain(reach.mfn + reach.nrPages - 1) + ": a host page is never given twice",
                        List.of(b.name(), reach.name()));
            }
            if (reach == null || b.mfn + b.nrPages > reach.mfn + reach.nrPages) {
                reach = b;
            }
        }
    }

    /**
     * Places the below-4 GiB vNVDIMMs: pins first (checked against {@code fixed}), then the others
     * stacked down from {@code mmioStart}. Returns the lowest start, or {@code mmioStart} when none.
     */
    long placeBelow4g(long mmioStart, List<AddressRange> fixed) {
        List<AddressRange> taken = new ArrayList<>();
        for (Backing b : backings) {
            if (b.req.placement() == Placement.BELOW_4G && b.spec().gfn().isPresent()) {
                long s = b.spec().gfn().getAsLong() << PAGE_SHIFT;
                List<AddressRange> against = new ArrayList<>(fixed);
                against.addAll(taken);
                collide(b, s, against, "");
                start[b.index] = s;
                taken.add(range(b, s));
            }
        }
        long lowest = mmioStart;
        for (Backing b : backings) {
            if (b.req.placement() != Placement.BELOW_4G || b.spec().gfn().isPresent()) {
                continue;
            }
            long size = b.footprintBytes();
            long align = b.req.alignBytes();
            long top = lowest;
            long s = alignDown(top - size, align);
            AddressRange hit;
            while (s >= HvmLayout.MIN_LOW_RAM && (hit = firstOverlap(s, s + size, taken)) != null) {
                top = Math.min(top, hit.start());
                s = alignDown(top - size, align);
            }
            if (s < HvmLayout.MIN_LOW_RAM) {
                List<String> names = new ArrayList<>(List.of(b.name(), "low RAM (hvmloader needs 2 MiB)", "MMIO hole"));
                taken.forEach(t -> names.add(t.name()));
                throw PlanningException.vnvdimm(b.spec(), b.name() + " (" + ByteSize.of(size) + ", align " + ByteSize.of(align)
                        + ") does not fit below the MMIO hole at " + Hex.plain(mmioStart) + " above hvmloader's 2 MiB of low RAM"
                        + (taken.isEmpty() ? "" : "; taken: " + describe(taken)), names);
            }
            start[b.index] = s;
            taken.add(range(b, s));
            lowest = s;
        }
        long min = mmioStart;
        for (AddressRange t : taken) {
            min = Math.min(min, t.start());
        }
        if (!taken.isEmpty()) {
            notes.add("vnvdimms: " + taken.size() + " below 4 GiB, just below the MMIO hole at " + Hex.plain(mmioStart)
                    + " (stacked down in config order, pins kept): " + describe(taken));
        }
        return min;
    }

    /**
     * Places the above-4 GiB vNVDIMMs first fit from {@code ROUND_UP(max(highmemEnd, 4 GiB), 1 GiB)};
     * pins must miss high RAM and each other. Returns the window [start, end) or null when none.
     */
    AddressRange placeAbove4g(long highmemEnd, Host host) {
        long highEnd = Math.max(highmemEnd, XenConstants.GIB4);
        AddressRange highRam = new AddressRange("high RAM", XenConstants.GIB4, highEnd);
        List<AddressRange> taken = new ArrayList<>();
        for (Backing b : backings) {
            if (b.req.placement() == Placement.ABOVE_4G && b.spec().gfn().isPresent()) {
                long s = b.spec().gfn().getAsLong() << PAGE_SHIFT;
                List<AddressRange> against = new ArrayList<>(taken);
                if (highRam.size() > 0) {
                    against.add(highRam);
                }
                collide(b, s, against, "");
                start[b.index] = s;
                taken.add(range(b, s));
            }
        }
        long base = alignUp(highEnd, DEVICE_MEMORY_ALIGN);
        for (Backing b : backings) {
            if (b.req.placement() != Placement.ABOVE_4G || b.spec().gfn().isPresent()) {
                continue;
            }
            long size = b.footprintBytes();
            long s = alignUp(base, b.req.alignBytes());
            AddressRange hit;
            while ((hit = firstOverlap(s, s + size, taken)) != null) {
                s = alignUp(hit.end(), b.req.alignBytes());
            }
            start[b.index] = s;
            taken.add(range(b, s));
        }
        if (taken.isEmpty()) {
            return null;
        }
        long lo = Long.MAX_VALUE;
        long hi = 0;
        for (AddressRange t : taken) {
            lo = Math.min(lo, t.start());
            hi = Math.max(hi, t.end());
        }
        for (Backing b : backings) {
            if (b.req().placement() != Placement.ABOVE_4G) {
                continue;
            }
            AddressRange t = range(b, start[b.index]);
            if (Long.compareUnsigned(t.end(), host.addressLimit()) > 0) {
                throw PlanningException.vnvdimm(b.spec(), t.name() + " " + Hex.plain(t.start()) + "-" + Hex.plain(t.end() - 1)
                        + " ends above the host's " + host.paddrBits() + "-bit physical address limit "
                        + Hex.plain(host.addressLimit()), List.of(t.name(), "host address limit"));
            }
        }
        notes.add("vnvdimms: " + taken.size() + " above 4 GiB, first fit from ROUND_UP(end of high RAM "
                + Hex.plain(highEnd) + ", 1 GiB) = " + Hex.plain(base) + "; window " + Hex.plain(lo) + "-"
                + Hex.plain(hi - 1) + " (" + ByteSize.of(hi - lo) + ")");
        return new AddressRange("vNVDIMM window", lo, hi);
    }

    /** Refuses a vNVDIMM (at {@code s}) that overlaps any of {@code against}, naming all of them. */
    private static void collide(Backing b, long s, List<AddressRange> against, String why) {
        long e = s + b.footprintBytes();
        List<AddressRange> hits = new ArrayList<>();
        for (AddressRange r : against) {
            if (r.overlaps(s, e)) {
                hits.add(r);
            }
        }
        if (!hits.isEmpty()) {
            List<String> names = new ArrayList<>(List.of(b.name()));
            hits.forEach(h -> names.add(h.name()));
            throw PlanningException.vnvdimm(b.spec(), b.name() + " " + Hex.plain(s) + "-" + Hex.plain(e - 1) + " (gfn="
                    + Hex.plain(s >>> PAGE_SHIFT) + ", " + ByteSize.of(b.footprintBytes())
                    + (b.labelPages == 0 ? "" : " with its label window") + ") collides with " + describe(hits)
                    + why, names);
        }
    }

    /** Host RDMs (never moved for vNVDIMMs) must miss every vNVDIMM. */
    void checkRdms(List<AddressRange> rdms) {
        for (Backing b : backings) {
            collide(b, start[b.index], rdms, ": device DMA would hit the pmem");
        }
    }

    List<VnvdimmPlacement> placements() {
        List<VnvdimmPlacement> out = new ArrayList<>(backings.size());
        for (Backing b : backings) {
            if (start[b.index] < 0) {
                throw new IllegalStateException(b.name() + " was not placed");
            }
            out.add(new VnvdimmPlacement(b.index, start[b.index] >>> PAGE_SHIFT, b.mfn, b.nrPages, b.labelPages,
                    b.req.placement(), b.req.alignBytes(), b.spec().gfn().isPresent(), b.node, b.backendText));
        }
        return out;
    }

    /**
     * The mappings in guest-address order: data coalesced where host and guest frames both continue,
     * and each label area as its own extent (a different map type), in its label window.
     */
    static List<PmemExtent> extents(List<VnvdimmPlacement> placements) {
        List<VnvdimmPlacement> byGfn = new ArrayList<>(placements);
        byGfn.sort((a, b) -> Long.compare(a.gfn(), b.gfn()));
        List<PmemExtent> out = new ArrayList<>();
        long mfn = -1;
        long gfn = -1;
        long nr = 0;
        for (VnvdimmPlacement v : byGfn) {
            if (nr > 0 && mfn + nr == v.mfn() && gfn + nr == v.gfn()) {
                nr += v.dataPages();
            } else {
                flush(out, mfn, gfn, nr, PmemExtent.Type.DATA);
                mfn = v.mfn();
                gfn = v.gfn();
                nr = v.dataPages();
            }
            if (v.nrLabelPages() > 0) {
                flush(out, mfn, gfn, nr, PmemExtent.Type.DATA);
                nr = 0;
                flush(out, v.labelMfn(), v.labelGfn(), v.nrLabelPages(), PmemExtent.Type.LABEL);
            }
        }
        flush(out, mfn, gfn, nr, PmemExtent.Type.DATA);
        return out;
    }

    private static void flush(List<PmemExtent> out, long mfn, long gfn, long nr, PmemExtent.Type type) {
        for (long done = 0; done < nr; done += PmemExtent.MAX_NR) {
            out.add(new PmemExtent(mfn + done, gfn + done, Math.min(PmemExtent.MAX_NR, nr - done), type));
        }
    }

    private static AddressRange range(Backing b, long s) {
        return new AddressRange(b.name(), s, s + b.footprintBytes());
    }

    private static AddressRange firstOverlap(long s, long e, List<AddressRange> taken) {
        for (AddressRange t : taken) {
            if (t.overlaps(s, e)) {
                return t;
            }
        }
        return null;
    }

    static String describe(List<AddressRange> ranges) {
        List<String> parts = new ArrayList<>();
        for (AddressRange r : ranges) {
            parts.add(r.name() + " " + Hex.plain(r.start()) + "-" + Hex.plain(r.end() - 1));
        }
        return String.join(", ", parts);
    }

    static long alignUp(long v, long align) {
        return (v + align - 1) & -align;
    }

    static long alignDown(long v, long align) {
        return v & -align;
    }
}
