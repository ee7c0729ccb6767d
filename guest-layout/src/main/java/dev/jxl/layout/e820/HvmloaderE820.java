package dev.jxl.layout.e820;

import java.util.ArrayList;
import java.util.List;

/**
 * A port of hvmloader's {@code build_e820_table} (tools/firmware/hvmloader/e820.c, Xen 4.17): the
 * E820 an HVM guest's firmware hands to the OS. Fixed entries first, then every entry of the memory
 * map libxl set (after {@code adjust_memory_map}), then hvmloader's own O(n²) exchange sort, kept
 * as written (it is not stable: entries at equal addresses may swap).
 */
public final class HvmloaderE820 {
    /** RESERVED_MEMBASE / ACPI_INFO_PHYSICAL_ADDRESS (hvmloader config.h). */
    public static final long RESERVED_MEMBASE = 0xFC000000L;
    /** ACPI_MEMORY_DYNAMIC_START: the ACPI table allocator grows up from here. */
    public static final long ACPI_MEMORY_DYNAMIC_START = 0xFC001000L;
    /** IGD_OPREGION_PAGES. */
    public static final int IGD_OPREGION_PAGES = 3;

    private HvmloaderE820() {
    }

    /**
     * @param lowmemReservedBase 0 for SeaBIOS and OVMF (meaning 0xA0000), 0x9E000 for ROMBIOS
     * @param biosImageBase where the BIOS region starts (below 1 MiB)
     * @param acpiMemEnd {@code ACPI_MEMORY_DYNAMIC_START + pages << 12}, or RESERVED_MEMBASE without ACPI
     * @param acpiEnabled whether the ACPI NVS entry is written
     * @param igdOpregionBase the IGD opregion (0 = none)
     * @param memoryMap the memory map libxl set (read back with XENMEM_memory_map)
     */
    public static E820Map build(long lowmemReservedBase, long biosImageBase, long acpiMemEnd, boolean acpiEnabled,
            long igdOpregionBase, List<E820Entry> memoryMap) {
        if (lowmemReservedBase == 0) {
            lowmemReservedBase = 0xA0000;
        }
        List<E820Entry> e = new ArrayList<>();
        e.add(new E820Entry(0, lowmemReservedBase, E820Type.RAM));
        if (lowmemReservedBase < 0xA0000) {
            e.add(E820Entry.range(lowmemReservedBase, 0xA0000, E820Type.RESERVED));
        }
        // 0xA0000–bios_image_base (VGA window, option ROMs) has no entry at all.
        e.add(E820Entry.range(biosImageBase, 0x100000, E820Type.RESERVED));
        if (acpiEnabled) {
            // Type NVS since Xen 4.15 (de6d188a51): kept by kexec, never reused by a bootloader.
            e.add(E820Entry.range(RESERVED_MEMBASE, acpiMemEnd, E820Type.NVS));
        }
        if (igdOpregionBase != 0) {
            e.add(E820Entry.range(acpiMemEnd, igdOpregionBase, E820Type.RESERVED));
            e.add(new E820Entry(igdOpregionBase, IGD_OPREGION_PAGES * 4096L, E820Type.NVS));
            long after = igdOpregionBase + IGD_OPREGION_PAGES * 4096L;
            e.add(E820Entry.range(after, 1L << 32, E820Type.RESERVED));
        } else {
            // size = (uint32_t)-addr: up to 4 GiB
            e.add(E820Entry.range(acpiMemEnd, 1L << 32, E820Type.RESERVED));
        }
        e.addAll(memoryMap);
        E820Entry[] a = e.toArray(new E820Entry[0]);
        for (int j = 0; j < a.length - 1; j++) {
            for (int i = j + 1; i < a.length; i++) {
                if (Long.compareUnsigned(a[j].addr(), a[i].addr()) > 0) {
                    E820Entry tmp = a[j];
                    a[j] = a[i];
                    a[i] = tmp;
                }
            }
        }
        return new E820Map(List.of(a));
    }
}
