package dev.jxl.layout;

import static dev.jxl.layout.XenConstants.*;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.units.ByteSize;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.units.Hex;
import dev.jxl.layout.host.Host;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PVH: libxl's {@code domain_construct_memmap} with the ACPI modules of {@code libxl__dom_load_acpi}
 * (libxl_x86.c, libxl_x86_acpi.c). The map is the guest's E820 as set, in libxl's order.
 */
final class PvhLayout {
    private PvhLayout() {
    }

    static GuestLayout plan(GuestSettings s, Host host, PlanOptions options, List<String> notes) {
        long memSize = s.maxMemkb() << 10;
        // No device model: the hole only has to cover the special pages, the LAPIC and the ACPI info page.
        long start = Math.min(Math.min((X86_HVM_END_SPECIAL_REGION - X86_HVM_NR_SPECIAL_PAGES) << PAGE_SHIFT,
                LAPIC_BASE_ADDRESS), ACPI_INFO_PHYSICAL_ADDRESS);
        long mmioStart = start;
        long mmioSize = GIB4 - mmioStart;
        RamSplit split = RamSplit.around(memSize, mmioStart);
        long lowmemEnd = split.lowmemEnd();
        long highmemEnd = split.highmemEnd();
        notes.add("memory: RAM = maxmem " + ByteSize.of(memSize) + " from address 0 (no device model, no VGA hole); "
                + "the fixed " + ByteSize.of(mmioSize) + " hole at " + Hex.plain(mmioStart)
                + (highmemEnd != 0 ? " moves " + ByteSize.of(highmemEnd - GIB4) + " above 4 GiB" : " is above all RAM"));
        if (s.targetMemkb() < s.maxMemkb()) {
            notes.add("memory: memory < maxmem; PVH has no populate-on-demand, the guest balloons down to "
                    + ByteSize.of(s.targetMemkb() << 10));
        }

        int tablePages = AcpiTableEstimate.pvhPages(s.maxVcpus());
        if (tablePages > NUM_ACPI_PAGES) {
            throw new PlanningException("maxvcpus", "PVH ACPI tables need " + tablePages + " pages; libxl has room for "
                    + NUM_ACPI_PAGES);
        }
        long infop = ACPI_INFO_PHYSICAL_ADDRESS;
        long tables = ACPI_INFO_PHYSICAL_ADDRESS + PAGE_SIZE;
        long rsdp = options.pvhRsdpUnrestricted() ? ACPI_INFO_PHYSICAL_ADDRESS + ((1L + tablePages) << PAGE_SHIFT)
                : 0x100000 - 64;

        List<E820Entry> e = new ArrayList<>();
        e.add(E820Entry.range(0, lowmemEnd, E820Type.RAM));
        // No RDMs: PVH in 4.17 rejects PCI passthrough.
        long specialStart = (X86_HVM_END_SPECIAL_REGION - X86_HVM_NR_SPECIAL_PAGES) << PAGE_SHIFT;
        e.add(E820Entry.range(specialStart, X86_HVM_END_SPECIAL_REGION << PAGE_SHIFT, E820Type.RESERVED));
        // ACPI modules in index order 0 (RSDP), 1 (info page), 2 (tables): libxl does not sort them.
        e.add(acpiModule(rsdp, 64));
        e.add(acpiModule(infop, PAGE_SIZE));
        e.add(acpiModule(tables, (long) tablePages << PAGE_SHIFT));
        if (highmemEnd != 0) {
            e.add(E820Entry.range(GIB4, highmemEnd, E820Type.RAM));
        }
        E820Map map = new E820Map(e);
        if (map.size() >= E820MAX) {
            throw new PlanningException("memory", "PVH memmap would have " + map.size() + " entries; E820MAX is " + E820MAX);
        }
        notes.add("e820: libxl's order, not sorted: RAM, special pages, the ACPI modules (RSDP, info page, tables), "
                + "high RAM; the ACPI entries are type ACPI (3) in 4.17");
        if (options.pvhRsdpUnrestricted()) {
            notes.add("acpi: RSDP at " + Hex.plain(rsdp) + ", after the " + tablePages + " table pages (the kernel is "
                    + "not Linux, or advertises XENFEAT_linux_rsdp_unrestricted)");
        } else {
            notes.add("acpi: quirk kept: the RSDP goes at 0xfffc0 for the BIOS-area scan of older Linux kernels, and its "
                    + "E820 entry [0xff000, 0x100000) overlaps the RAM entry that starts at 0 (Linux's sanitiser "
                    + "resolves it)");
        }
        List<AddressRange> regions = new ArrayList<>();
        regions.add(new AddressRange("RSDP", rsdp, rsdp + 64));
        regions.add(new AddressRange("ACPI info page", infop, infop + PAGE_SIZE));
        regions.add(new AddressRange("ACPI tables", tables, tables + ((long) tablePages << PAGE_SHIFT)));
        regions.add(new AddressRange("special pages", specialStart, X86_HVM_END_SPECIAL_REGION << PAGE_SHIFT));
        regions.add(new AddressRange("LAPIC", LAPIC_BASE_ADDRESS, LAPIC_BASE_ADDRESS + PAGE_SIZE));
        return new GuestLayout(DomainType.PVH, memSize >> 10, map, Optional.of(map), lowmemEnd, highmemEnd,
                MmioHole.below4g(mmioStart), regions, notes);
    }

    /** addr = guest_addr & ~0xFFF, size = length + (guest_addr & 0xFFF), as libxl writes module entries. */
    private static E820Entry acpiModule(long guestAddr, long length) {
        return new E820Entry(guestAddr & ~0xFFFL, length + (guestAddr & 0xFFF), E820Type.ACPI);
    }
}
