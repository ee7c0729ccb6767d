package dev.jxl.layout;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.layout.acpi.NvdimmAcpiInput;
import dev.jxl.layout.acpi.VnvdimmRange;
import dev.jxl.layout.e820.ByteSize;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.Hex;
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

    /** The JSON view: plain integers, entries in the producer's order. */
    public String toJson() {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"type\": ").append(quote(type.libxlName())).append(",\n");
        b.append("  \"ram_kib\": ").append(ramKib).append(",\n");
        b.append("  \"e820\": ").append(entriesJson(e820)).append(",\n");
        xenMemmap.ifPresent(m -> b.append("  \"xen_memmap\": ").append(entriesJson(m)).append(",\n"));
        b.append("  \"lowmem_end\": ").append(lowmemEnd).append(",\n");
        b.append("  \"highmem_end\": ").append(highmemEnd).append(",\n");
        b.append("  \"mmio_hole\": {\"start\": ").append(mmioHole.start()).append(", \"size\": ")
                .append(mmioHole.size()).append("},\n");
        b.append("  \"regions\": [");
        for (int i = 0; i < regions.size(); i++) {
            AddressRange r = regions.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(quote(r.name())).append(", \"start\": ")
                    .append(Long.toUnsignedString(r.start())).append(", \"size\": ")
                    .append(Long.toUnsignedString(r.size())).append('}');
        }
        b.append(regions.isEmpty() ? "],\n" : "\n  ],\n");
        if (!vnvdimms.isEmpty()) {
            b.append("  \"vnvdimms\": [");
            for (int i = 0; i < vnvdimms.size(); i++) {
                VnvdimmPlacement v = vnvdimms.get(i);
                b.append(i == 0 ? "\n" : ",\n").append("    {\"index\": ").append(v.index()).append(", \"gfn\": ")
                        .append(v.gfn()).append(", \"nr_pages\": ").append(v.nrPages()).append(", \"mfn\": ")
                        .append(v.mfn()).append(", \"nr_label_pages\": ").append(v.nrLabelPages())
                        .append(", \"placement\": ").append(quote(v.placement().word())).append(", \"data_pages\": ")
                        .append(v.dataPages()).append(", \"align\": ").append(v.alignBytes()).append(", \"pinned\": ")
                        .append(v.pinned()).append(", \"backend\": ").append(quote(v.backend())).append('}');
            }
            b.append("\n  ],\n");
            b.append("  \"pmem_extents\": [");
            for (int i = 0; i < pmemExtents.size(); i++) {
                PmemExtent e = pmemExtents.get(i);
                b.append(i == 0 ? "\n" : ",\n").append("    {\"mfn\": ").append(e.mfn()).append(", \"gfn\": ")
                        .append(e.gfn()).append(", \"nr\": ").append(e.nr()).append('}');
            }
            b.append("\n  ],\n");
        }
        dmAcpi.ifPresent(a -> b.append("  \"dm_acpi\": {\"address\": ").append(a.address()).append(", \"length\": ")
                .append(a.length()).append(", \"pages\": ").append(a.pages()).append("},\n"));
        if (!xenstore.isEmpty()) {
            b.append("  \"xenstore\": [");
            for (int i = 0; i < xenstore.size(); i++) {
                b.append(i == 0 ? "\n" : ",\n").append("    {\"path\": ").append(quote(xenstore.get(i).path()))
                        .append(", \"value\": ").append(quote(xenstore.get(i).value())).append('}');
            }
            b.append("\n  ],\n");
        }
        b.append("  \"notes\": [");
        for (int i = 0; i < notes.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n").append("    ").append(quote(notes.get(i)));
        }
        b.append(notes.isEmpty() ? "]\n" : "\n  ]\n");
        return b.append("}\n").toString();
    }

    private static String entriesJson(E820Map m) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < m.size(); i++) {
            E820Entry e = m.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"addr\": ").append(Long.toUnsignedString(e.addr()))
                    .append(", \"size\": ").append(Long.toUnsignedString(e.size())).append(", \"type\": ")
                    .append(e.type().value()).append('}');
        }
        return b.append(m.size() == 0 ? "]" : "\n  ]").toString();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
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
