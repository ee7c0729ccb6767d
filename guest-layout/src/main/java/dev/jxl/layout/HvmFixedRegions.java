package dev.jxl.layout;

import static dev.jxl.layout.XenConstants.*;

import dev.jxl.config.libxl.LibxlEnums.DeviceModelVersion;
import dev.jxl.layout.e820.HvmloaderE820;
import java.util.ArrayList;
import java.util.List;

/**
 * What an HVM guest has at fixed addresses whatever its RAM: hvmloader's hvm_info and the VGA hole
 * in the low 1 MiB, and, at the top of the MMIO hole, hvmloader's ACPI tables, the pages Xen and
 * libxenguest keep and the emulated platform devices. One table: the plan prints it, and a vNVDIMM
 * pinned below 4 GiB is refused where it meets any of it.
 *
 * @param acpiPages pages of ACPI tables hvmloader allocates from {@code 0xfc001000} (0 with acpi=0)
 * @param acpiEnd   the end of the ACPI area ({@code RESERVED_MEMBASE} with acpi=0)
 * @param hvmInfo   hvmloader's hvm_info table, under the VGA hole
 * @param vgaHole   pfns 0xa0-0xbf, never populated
 * @param inHole    the fixed ranges at the top of the MMIO hole, in the order the plan lists them
 */
record HvmFixedRegions(int acpiPages, long acpiEnd, AddressRange hvmInfo, AddressRange vgaHole,
        List<AddressRange> inHole) {
    /** libacpi ACPI_HPET_ADDRESS (1 KiB of registers). */
    static final long HPET_ADDRESS = 0xFED00000L;
    /** libacpi IOAPIC_BASE_ADDRESS (one page). */
    static final long IOAPIC_BASE_ADDRESS = 0xFEC00000L;
    /** hvmloader config.h: the guest-reserved range below the IOAPIC. */
    static final long GUEST_RESERVED_START = 0xFE700000L;
    static final long GUEST_RESERVED_END = 0xFE800000L;
    /** The LAPIC page and the MSI address range above it. */
    static final long LAPIC_MSI_END = 0xFEF00000L;

    HvmFixedRegions {
        inHole = List.copyOf(inHole);
    }

    static HvmFixedRegions of(GuestSettings s) {
        int acpiPages = s.acpi() ? acpiTablePages(s) : 0;
        long acpiEnd = s.acpi() ? HvmloaderE820.ACPI_MEMORY_DYNAMIC_START + ((long) acpiPages << PAGE_SHIFT)
                : RESERVED_MEMBASE;
        long specialStart = (X86_HVM_END_SPECIAL_REGION - X86_HVM_NR_SPECIAL_PAGES) << PAGE_SHIFT;
        long ioreqStart = specialStart - (NR_IOREQ_SERVER_PAGES << PAGE_SHIFT);
        List<AddressRange> inHole = new ArrayList<>();
        if (s.acpi()) {
            inHole.add(new AddressRange("ACPI tables", RESERVED_MEMBASE, acpiEnd));
        }
        inHole.add(new AddressRange("shared_info", RESERVED_MEMORY_DYNAMIC_END - PAGE_SIZE, RESERVED_MEMORY_DYNAMIC_END));
        inHole.add(new AddressRange("GUEST_RESERVED", GUEST_RESERVED_START, GUEST_RESERVED_END));
        inHole.add(new AddressRange("ioreq-server pages", ioreqStart, specialStart));
        inHole.add(new AddressRange("special pages", specialStart, X86_HVM_END_SPECIAL_REGION << PAGE_SHIFT));
        inHole.add(new AddressRange("IOAPIC", IOAPIC_BASE_ADDRESS, IOAPIC_BASE_ADDRESS + PAGE_SIZE));
        // with hpet=0 too: Xen still claims the range (reads ~0, drops writes) rather than forward it
        // to the device model (xen.git "hvm/hpet: correctly gate the virtual HPET", 2015)
        inHole.add(new AddressRange("HPET", HPET_ADDRESS, HPET_ADDRESS + 0x400));
        inHole.add(new AddressRange("LAPIC/MSI", LAPIC_BASE_ADDRESS, LAPIC_MSI_END));
        return new HvmFixedRegions(acpiPages, acpiEnd, new AddressRange("hvm_info", HVM_INFO_PADDR, 0xA0000),
                new AddressRange("VGA hole", 0xA0000, 0xC0000), inHole);
    }

    /** hvmloader's tables, estimated from the DSDT its device model brings. */
    private static int acpiTablePages(GuestSettings s) {
        int dsdt = s.deviceModel() == DeviceModelVersion.QEMU_XEN ? AcpiTableEstimate.DSDT_QEMU_XEN
                : s.maxVcpus() <= 15 ? AcpiTableEstimate.DSDT_TRADITIONAL_15CPU
                : AcpiTableEstimate.DSDT_TRADITIONAL_ANYCPU;
        return AcpiTableEstimate.pages(dsdt, s.maxVcpus());
    }

    /**
     * What a vNVDIMM pinned below 4 GiB must miss, lowest address first (the order a collision names
     * them in): the low 1 MiB as a whole, the hole from {@code mmioStart}, its 32-bit BARs, and the
     * fixed ranges in it.
     */
    List<AddressRange> pinBlockers(long mmioStart) {
        List<AddressRange> out = new ArrayList<>();
        out.add(new AddressRange("low 1 MiB (" + hvmInfo.name() + ", " + vgaHole.name() + ", BIOS)", 0,
                GUEST_LOW_MEM_START_DEFAULT));
        out.add(new AddressRange("MMIO hole", mmioStart, GIB4));
        out.add(new AddressRange("32-bit BARs", mmioStart, RESERVED_MEMBASE));
        out.addAll(inHole.stream().sorted((a, b) -> Long.compare(a.start(), b.start())).toList());
        return out;
    }
}
