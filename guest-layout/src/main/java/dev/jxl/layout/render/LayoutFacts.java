package dev.jxl.layout.render;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.layout.AddressRange;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.PmemExtent;
import dev.jxl.layout.XenstoreWrite;
import dev.jxl.units.ByteSize;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.units.Hex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sentences under a picture: who builds the map the guest reads and what Xen is told, what is
 * in the MMIO hole (or why there is none), and what the layout sets outside the address space
 * (xenstore nodes, host pmem mappings). Every statement reads the layout's values.
 */
final class LayoutFacts {
    private LayoutFacts() {
    }

    /** One line: RAM and its split, the MMIO hole, the vNVDIMMs. */
    static String summary(GuestLayout l) {
        StringBuilder b = new StringBuilder();
        b.append("RAM ").append(ByteSize.of(l.ramKib() << 10)).append(": low RAM up to ").append(Hex.of(l.lowmemEnd()))
                .append(" (lowmem_end, ").append(Sizes.of(l.lowmemEnd())).append("), high RAM ");
        if (l.highmemEnd() == 0 || Long.compareUnsigned(l.highmemEnd(), 1L << 32) <= 0) {
            b.append("none");
        } else {
            b.append(Hex.of(1L << 32)).append('-').append(Hex.of(l.highmemEnd() - 1)).append(" (")
                    .append(Sizes.of(l.highmemEnd() - (1L << 32))).append(')');
        }
        b.append(" · MMIO hole ").append(l.mmioHole());
        if (!l.vnvdimms().isEmpty()) {
            long data = 0;
            for (var v : l.vnvdimms()) {
                data += v.dataBytes();
            }
            b.append(" · ").append(l.vnvdimms().size()).append(l.vnvdimms().size() == 1 ? " vNVDIMM, " : " vNVDIMMs, ")
                    .append(ByteSize.of(data)).append(" of data");
        }
        return b.toString();
    }

    static String typeName(DomainType t) {
        return t.libxlName().toUpperCase(java.util.Locale.ROOT);
    }

    /** The paragraphs of the footer, in reading order. */
    static List<String> paragraphs(GuestLayout l) {
        List<String> out = new ArrayList<>();
        int n = l.e820().size();
        String order = l.e820().isSorted() ? "" : ", in its producer's order, not sorted";
        String xen = l.xenMemmap().map(m -> m.equals(l.e820())
                ? "the same map"
                : "a map of its own, " + m.size() + entries(m.size()) + ": " + brief(m)).orElse("no map");
        switch (l.type()) {
            case HVM -> out.add("HVM: hvmloader writes the guest's E820 (the bands, " + n + entries(n) + order
                    + ") and the guest OS reads it from the firmware. libxl tells Xen " + xen
                    + " with XENMEM_set_memory_map (the strip left of the bar).");
            case PVH -> out.add("PVH: no firmware, no device model: libxl writes the E820 (" + n + entries(n) + order
                    + ") into hvm_start_info for the kernel and tells Xen " + xen
                    + " with XENMEM_set_memory_map (the strip left of the bar).");
            case PV -> out.add("PV: no firmware, no device model: the kernel asks Xen for its memory map "
                    + "(XENMEM_memory_map) and gets what libxl set with XENMEM_set_memory_map: "
                    + l.xenMemmap().map(m -> m.size() + entries(m.size()) + (m.equals(l.e820()) ? ", the bands drawn here"
                            : ": " + brief(m))).orElse("nothing, so Xen answers with one RAM range from 0")
                    + ". start_info and the xenstore and console rings are pages of this RAM (the domain builder "
                    + "allocates them after the kernel); shared_info is Xen's page, which the kernel maps by machine "
                    + "frame: it has no guest-physical address.");
        }
        out.add(hole(l));
        if (!l.xenstore().isEmpty()) {
            List<String> nodes = new ArrayList<>();
            for (XenstoreWrite w : l.xenstore()) {
                nodes.add(w.path() + " = \"" + w.value() + "\"");
            }
            out.add("xenstore nodes the layout writes (under /local/domain/<domid>/): " + String.join("; ", nodes) + ".");
        }
        if (!l.pmemExtents().isEmpty()) {
            List<String> ext = new ArrayList<>();
            for (PmemExtent e : l.pmemExtents()) {
                ext.add(e.toString());
            }
            out.add("host pmem mapped into the guest (XENMEM_populate_pmem_map): " + String.join("; ", ext) + ".");
        }
        return out;
    }

    private static String hole(GuestLayout l) {
        var hole = l.mmioHole();
        if (hole.size() == 0) {
            boolean oneRam = l.e820().size() == 1 && l.e820().get(0).addr() == 0
                    && l.e820().get(0).type().code() == 1;
            return "No MMIO hole of its own" + (oneRam ? ": its RAM runs from 0 without a gap" : "")
                    + (l.type() == DomainType.PV ? ". A PV guest with PCI passthrough needs one: e820_host=1 copies the "
                    + "host's holes, pci_hole_start=ADDRESS makes a fixed hole from ADDRESS to 4 GiB (the same on every "
                    + "host it may migrate to)." : ".");
        }
        List<AddressRange> inside = new ArrayList<>();
        for (AddressRange r : l.regions()) {
            if (r.size() != 0 && Long.compareUnsigned(r.start(), hole.start()) >= 0
                    && Long.compareUnsigned(r.end(), hole.end()) <= 0
                    && !(r.start() == hole.start() && r.end() == hole.end())) {
                inside.add(r);
            }
        }
        inside.sort(Comparator.comparing(AddressRange::start, Long::compareUnsigned));
        List<String> names = new ArrayList<>();
        inside.forEach(r -> names.add(r.name()));
        String from = "";
        if (l.type() == DomainType.PV) {
            boolean pciHoleStart = l.notes().stream().anyMatch(s -> s.startsWith("pci_hole_start:"));
            boolean e820Host = l.notes().stream().anyMatch(s -> s.startsWith("e820_host:"));
            from = pciHoleStart ? ", set by pci_hole_start" : e820Host ? ", from the host's map (e820_host)" : "";
        }
        return "MMIO hole " + Hex.of(hole.start()) + "-" + Hex.of(hole.end() - 1) + " (" + Sizes.of(hole.size()) + from
                + ")" + (names.isEmpty() ? ": no planned region in it" : ", holding, from the bottom: "
                + String.join(", ", names)) + ".";
    }

    private static String entries(int n) {
        return n == 1 ? " entry" : " entries";
    }

    /** A map in one line: type first-last per entry. */
    static String brief(E820Map m) {
        List<String> out = new ArrayList<>();
        for (E820Entry e : m.entries()) {
            out.add(e.type().label() + " " + Hex.of(e.addr()) + "-" + Hex.of(e.last()));
        }
        return String.join(", ", out);
    }
}
