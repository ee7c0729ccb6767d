package dev.jxl.layout;

import static dev.jxl.layout.XenConstants.*;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.units.ByteSize;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Sanitizer;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.units.Hex;
import dev.jxl.layout.host.Host;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PV: one RAM entry (xc_domain_set_memmap_limit), or the host-derived map of {@code e820_host}
 * ({@link E820Sanitizer}), or jxl's fixed {@code pci_hole_start} hole.
 */
final class PvLayout {
    private PvLayout() {
    }

    static GuestLayout plan(GuestSettings s, Host host, List<String> notes) {
        long totalKib = s.maxMemkb() + s.slackMemkb();
        long balloonKib = (s.maxMemkb() - s.targetMemkb()) + s.slackMemkb();
        if (s.e820Host()) {
            return e820Host(s, host, totalKib, balloonKib, notes);
        }
        if (s.pciHoleStart().isPresent()) {
            return fixedHole(s, s.pciHoleStart().getAsLong(), totalKib, balloonKib, notes);
        }
        E820Map map = E820Map.of(new E820Entry(0, totalKib << 10, E820Type.RAM));
        notes.add("memory: one RAM entry [0, maxmem + slack) = " + ByteSize.of(totalKib << 10)
                + " (xc_domain_set_memmap_limit); no holes, PV needs none without passthrough");
        if (balloonKib != 0) {
            notes.add("memory: " + ByteSize.of(s.targetMemkb() << 10) + " populated, " + ByteSize.of(balloonKib << 10)
                    + " left for the balloon driver");
        }
        long end = totalKib << 10;
        return new GuestLayout(DomainType.PV, totalKib, map, Optional.of(map), Math.min(end, GIB4),
                end > GIB4 ? end : 0, MmioHole.NONE, List.of(), notes);
    }

    private static GuestLayout e820Host(GuestSettings s, Host host, long totalKib, long balloonKib, List<String> notes) {
        int nr = host.e820().size();
        if (nr + 1 > E820Sanitizer.E820MAX) {
            throw new PlanningException("e820_host", "the host E820 has " + nr + " entries; XENMEM_machine_memory_map needs room "
                    + "for nr_map + 1 and libxl's buffer holds " + E820Sanitizer.E820MAX, List.of("host E820"));
        }
        E820Sanitizer.Result r = E820Sanitizer.sanitize(host.e820().entries(), s.targetMemkb(), balloonKib);
        if (!r.ok()) {
            throw new PlanningException("e820_host", "e820_sanitize fails with " + r.failure() + " on this host's E820 ("
                    + nr + " entries)", List.of("host E820"));
        }
        E820Map map = r.map();
        notes.add("e820_host: the guest map is libxl's e820_sanitize of the host's " + nr + " entries; memory "
                + ByteSize.of(s.targetMemkb() << 10) + ", balloon " + ByteSize.of(balloonKib << 10));
        if (r.start() == -1L) {
            notes.add("e820_host: quirk kept: the host has no non-RAM entry above 1 MiB, so libxl's start stays ~0 "
                    + "and the UNUSABLE gap filler runs to the top of the 64-bit space");
        } else {
            notes.add("e820_host: the first host region that is not RAM starts at " + Hex.plain(r.start())
                    + "; guest RAM below 4 GiB ends at " + Hex.plain(r.ramEnd())
                    + (r.deltaKb() != 0 ? " and " + ByteSize.of(r.deltaKb() << 10) + " moves above 4 GiB" : ""));
        }
        for (E820Entry e : host.e820().entries()) {
            if (Long.compareUnsigned(e.addr(), MIB1) <= 0) {
                notes.add("e820_host: quirk kept: host entries starting at or below 1 MiB are dropped"
                        + (hasRamAt1MiB(host) ? ", including host RAM that starts exactly at 1 MiB" : ""));
                break;
            }
        }
        if (!map.isSorted()) {
            notes.add("e820_host: quirk kept: libxl does not sort the result");
        }
        E820Entry[] clash = map.firstOverlap();
        if (clash != null) {
            notes.add("e820_host: quirk kept: " + clash[0] + " overlaps " + clash[1] + " (libxl does not check)");
        }
        notes.add("p2m: pfns below the memory size that fall in host regions are populated, and the guest kernel "
                + "remaps them above 4 GiB and identity-maps the holes (Linux xen_memory_setup)");
        long lowEnd = r.ramEnd();
        long highEnd = 0;
        E820Entry last = map.get(map.size() - 1);
        if (last.is(E820Type.RAM) && last.addr() == GIB4 && map.size() > 1) {
            highEnd = last.end();
        }
        MmioHole hole = lowEnd < GIB4 ? MmioHole.below4g(lowEnd) : MmioHole.NONE;
        List<AddressRange> regions = List.of();
        return new GuestLayout(DomainType.PV, totalKib, map, Optional.of(map), lowEnd, highEnd, hole, regions, notes);
    }

    private static boolean hasRamAt1MiB(Host host) {
        for (E820Entry e : host.e820().entries()) {
            if (e.is(E820Type.RAM) && e.addr() == MIB1) {
                return true;
            }
        }
        return false;
    }

    private static GuestLayout fixedHole(GuestSettings s, long holeStart, long totalKib, long balloonKib,
            List<String> notes) {
        long target = s.targetMemkb() << 10;
        long low = Math.min(target, holeStart);
        long displaced = target - low;
        long highSize = displaced + (balloonKib << 10);
        List<E820Entry> e = new ArrayList<>();
        e.add(E820Entry.range(0, low, E820Type.RAM));
        long highEnd = 0;
        if (highSize != 0) {
            highEnd = GIB4 + highSize;
            e.add(E820Entry.range(GIB4, highEnd, E820Type.RAM));
        }
        E820Map map = new E820Map(e);
        notes.add("pci_hole_start: a fixed PCI hole [" + Hex.plain(holeStart) + ", 4 GiB) ("
                + ByteSize.of(GIB4 - holeStart) + "), the same on every host; it is left out of the E820 so the "
                + "guest takes it as PCI space, and its pfns stay unpopulated (INVALID_MFN) until devices map there");
        if (displaced != 0) {
            notes.add("pci_hole_start: " + ByteSize.of(displaced) + " of RAM displaced by the hole moves above 4 GiB");
        }
        if (balloonKib != 0) {
            notes.add("memory: balloon space " + ByteSize.of(balloonKib << 10) + " (maxmem - memory + slack) follows at "
                    + "the end of the high RAM entry");
        }
        return new GuestLayout(DomainType.PV, totalKib, map, Optional.of(map), low, highEnd,
                MmioHole.below4g(holeStart), List.of(), notes);
    }
}
