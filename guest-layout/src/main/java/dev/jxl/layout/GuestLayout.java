package dev.jxl.layout;

import dev.jxl.config.libxl.YajlWriter;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.layout.acpi.NvdimmAcpiInput;
import dev.jxl.layout.acpi.VnvdimmRange;
import dev.jxl.units.ByteSize;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.units.Hex;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guest's planned physical memory layout: immutable, and identified by its canonical text
 * ({@link #toText()}), which is also what {@code toString} returns and what golden files approve.
 *
 * @param type         the guest type
 * @param ramKib       the RAM laid out (HVM: max − video; PV: max + slack; PVH: max)
 * @param e820         the map the guest OS sees (HVM: hvmloader's; PVH: libxl's; PV: libxl's or Xen's default)
 * @param xenMemmap    the map libxl gives XENMEM_set_memory_map, when it sets one
 * @param lowmemEnd    end of RAM below 4 GiB
 * @param highmemEnd   end of RAM above 4 GiB, 0 when there is none
 * @param mmioHole     the hole below 4 GiB
 * @param regions      the named ranges (special pages, ioreq pages, hvm_info, ACPI area, 64-bit BAR window …)
 * @param notes        why each decision was taken, in planning order
 * @param vnvdimms     the vNVDIMMs, in config order (HVM only)
 * @param pmemExtents  the host pmem mappings, coalesced, in guest-address order
 * @param dmAcpi       the dm-acpi blob area, when there are vNVDIMMs (never on upstream Xen)
 * @param xenstore     the xenstore nodes the layout depends on (platform/mmio_hole_size, the dm-acpi keys),
 *                     each one a build step
 */
public record GuestLayout(DomainType type, long ramKib, E820Map e820, Optional<E820Map> xenMemmap, long lowmemEnd,
        long highmemEnd, MmioHole mmioHole, List<AddressRange> regions, List<String> notes,
        List<VnvdimmPlacement> vnvdimms, List<PmemExtent> pmemExtents, Optional<DmAcpiArea> dmAcpi,
        List<XenstoreWrite> xenstore) {

    public GuestLayout {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(e820, "e820");
        Objects.requireNonNull(xenMemmap, "xenMemmap");
        Objects.requireNonNull(mmioHole, "mmioHole");
        Objects.requireNonNull(dmAcpi, "dmAcpi");
        regions = List.copyOf(regions);
        notes = List.copyOf(notes);
        vnvdimms = List.copyOf(vnvdimms);
        pmemExtents = List.copyOf(pmemExtents);
        xenstore = List.copyOf(xenstore);
        if (dmAcpi.isPresent() && !xenstore.containsAll(dmAcpi.get().xenstoreWrites())) {
            throw new IllegalArgumentException("the dm-acpi area is published through xenstore; its keys are missing");
        }
        if (vnvdimms.isEmpty() && dmAcpi.isPresent()) {
            // with vNVDIMMs there is one, except on upstream Xen, whose hvmloader reads no dm-acpi blobs
            throw new IllegalArgumentException("a dm-acpi area only when there are vNVDIMMs");
        }
    }

    /** A layout without vNVDIMMs. */
    public GuestLayout(DomainType type, long ramKib, E820Map e820, Optional<E820Map> xenMemmap, long lowmemEnd,
            long highmemEnd, MmioHole mmioHole, List<AddressRange> regions, List<String> notes) {
        this(type, ramKib, e820, xenMemmap, lowmemEnd, highmemEnd, mmioHole, regions, notes, List.of(), List.of(),
                Optional.empty(), List.of());
    }

    /** What the guest's NFIT and NVDIMM SSDT describe: the vNVDIMMs' data ranges and label windows, in config order. */
    public NvdimmAcpiInput nvdimmAcpiInput() {
        return nvdimmAcpiInput(vnvdimms);
    }

    static NvdimmAcpiInput nvdimmAcpiInput(List<VnvdimmPlacement> vnvdimms) {
        List<VnvdimmRange> out = new ArrayList<>(vnvdimms.size());
        for (VnvdimmPlacement v : vnvdimms) {
            // no vNUMA for vNVDIMMs: hvmloader builds no SRAT, proximity domain 0 (as QEMU without node=)
            VnvdimmRange r = new VnvdimmRange(v.index(), v.guestStart(), v.dataBytes(), v.nrLabelPages() << 12);
            // the label pages are mapped right above the data: the NVDIMM's label methods reach them there
            out.add(v.nrLabelPages() > 0 ? r.withLabelWindow(v.labelGfn() << 12) : r);
        }
        return new NvdimmAcpiInput(out);
    }


    public Optional<AddressRange> region(String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The canonical text: summary, guest E820, Xen memmap, named regions, notes. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("type:        ").append(type.libxlName()).append('\n');
        b.append("ram:         ").append(ByteSize.of(ramKib << 10)).append('\n');
        b.append("lowmem_end:  ").append(Hex.of(lowmemEnd)).append(" (").append(ByteSize.of(lowmemEnd)).append(")\n");
        b.append("highmem_end: ").append(highmemEnd == 0 ? "none" : Hex.of(highmemEnd)).append('\n');
        b.append("mmio_hole:   ").append(mmioHole).append('\n');
        b.append('\n').append("guest E820 (").append(e820.size()).append(" entries):\n").append(e820.toText());
        xenMemmap.ifPresent(m -> b.append('\n').append("Xen memory map (XENMEM_set_memory_map, ").append(m.size())
                .append(" entries):\n").append(m.toText()));
        if (!regions.isEmpty()) {
            b.append('\n').append("regions:\n");
            for (AddressRange r : regions) {
                b.append("  ").append(r).append('\n');
            }
        }
        if (!vnvdimms.isEmpty()) {
            long data = 0;
            for (VnvdimmPlacement v : vnvdimms) {
                data += v.dataBytes();
            }
            b.append('\n').append("vnvdimms (").append(vnvdimms.size()).append(", ").append(ByteSize.of(data))
                    .append(" of data):\n");
            for (VnvdimmPlacement v : vnvdimms) {
                b.append("  ").append(v).append('\n');
            }
            b.append('\n').append("pmem extents (XENMEM_populate_pmem_map, ").append(pmemExtents.size()).append("):\n");
            for (PmemExtent e : pmemExtents) {
                b.append("  ").append(e).append('\n');
            }
        }
        dmAcpi.ifPresent(a -> b.append('\n').append("dm-acpi area: ").append(a).append('\n'));
        if (!xenstore.isEmpty()) {
            b.append(dmAcpi.isPresent() ? "" : "\n").append("xenstore:\n");
            for (XenstoreWrite w : xenstore) {
                b.append("  ").append(w).append('\n');
            }
        }
        b.append('\n').append("notes:\n");
        for (String n : notes) {
            b.append("  - ").append(n).append('\n');
        }
        return b.toString();
    }

    /**
     * The JSON view: plain integers, entries in the producer's order, in the one JSON style jxl
     * writes everywhere (libxl's, {@link YajlWriter}).
     */
    public String toJson() {
        YajlWriter w = new YajlWriter();
        w.openMap();
        writeJson(w);
        return w.closeMap().toString();
    }

    /** The layout's members into an open JSON object (so a caller can add its own, as plan adds the steps). */
    public void writeJson(YajlWriter w) {
        w.key("type").value(type.libxlName());
        w.key("ram_kib").value(ramKib);
        w.key("e820");
        entriesJson(w, e820);
        xenMemmap.ifPresent(m -> {
            w.key("xen_memmap");
            entriesJson(w, m);
        });
        w.key("lowmem_end").value(lowmemEnd);
        w.key("highmem_end").value(highmemEnd);
        w.key("mmio_hole").openMap().key("start").value(mmioHole.start()).key("size").value(mmioHole.size()).closeMap();
        w.key("regions").openArray();
        for (AddressRange r : regions) {
            w.openMap().key("name").value(r.name()).key("start").unsignedValue(r.start())
                    .key("size").unsignedValue(r.size()).closeMap();
        }
        w.closeArray();
        if (!vnvdimms.isEmpty()) {
            w.key("vnvdimms").openArray();
            for (VnvdimmPlacement v : vnvdimms) {
                w.openMap().key("index").value(v.index()).key("gfn").value(v.gfn()).key("nr_pages").value(v.nrPages())
                        .key("mfn").value(v.mfn()).key("nr_label_pages").value(v.nrLabelPages())
                        .key("placement").value(v.placement().word()).key("data_pages").value(v.dataPages())
                        .key("align").value(v.alignBytes()).key("pinned").value(v.pinned())
                        .key("backend").value(v.backend()).closeMap();
            }
            w.closeArray();
            w.key("pmem_extents").openArray();
            for (PmemExtent e : pmemExtents) {
                w.openMap().key("mfn").value(e.mfn()).key("gfn").value(e.gfn()).key("nr").value(e.nr()).closeMap();
            }
            w.closeArray();
        }
        dmAcpi.ifPresent(a -> w.key("dm_acpi").openMap().key("address").value(a.address())
                .key("length").value(a.length()).key("pages").value(a.pages()).closeMap());
        if (!xenstore.isEmpty()) {
            w.key("xenstore").openArray();
            for (XenstoreWrite x : xenstore) {
                w.openMap().key("path").value(x.path()).key("value").value(x.value()).closeMap();
            }
            w.closeArray();
        }
        w.key("notes").openArray();
        notes.forEach(w::value);
        w.closeArray();
    }

    private static void entriesJson(YajlWriter w, E820Map m) {
        w.openArray();
        for (int i = 0; i < m.size(); i++) {
            m.get(i).writeJson(w);
        }
        w.closeArray();
    }

    @Override
    public String toString() {
        return toText();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GuestLayout g && g.toText().equals(toText());
    }

    @Override
    public int hashCode() {
        return toText().hashCode();
    }
}
