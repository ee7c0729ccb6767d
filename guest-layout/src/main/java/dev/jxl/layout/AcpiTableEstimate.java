package dev.jxl.layout;

/**
 * How many pages of ACPI tables libacpi builds, which sets the length of hvmloader's ACPI NVS
 * entry and of PVH's table module. The tables themselves are built by another stage; the planner
 * only needs their page count. The DSDT sizes are those of Xen 4.17's DSDTs compiled with iasl
 * (mk_dsdt output: qemu-xen 37539 bytes, qemu-traditional any-CPU 59792, 15-CPU 35455, PVH 27803);
 * the other tables (FACS, FADT 1.0 and 2.0+, MADT header, interrupt overrides and IOAPIC, HPET,
 * WAET, S3/S4 SSDTs, XSDT, RSDT, VM generation ID) add about 1280 bytes with their 16-byte
 * alignment, and the MADT 8 bytes per vCPU. This is an estimate: a different iasl may differ by a
 * few bytes, which moves the page count only near a page boundary.
 */
public final class AcpiTableEstimate {
    public static final int DSDT_QEMU_XEN = 37539;
    public static final int DSDT_TRADITIONAL_ANYCPU = 59792;
    public static final int DSDT_TRADITIONAL_15CPU = 35455;
    public static final int DSDT_PVH = 27803;
    public static final int OTHER_TABLES = 1280;
    public static final int MADT_LAPIC = 8;
    static final int FACS = 64;
    static final int FADT_1_0 = 116;
    static final int FADT = 268;
    static final int SDT_HEADER = 36;
    static final int MADT_HEADER = 44;
    static final int MADT_IOAPIC = 12;
    static final int MADT_OVERRIDE = 10;

    private AcpiTableEstimate() {
    }

    /**
     * PVH's table module, to the byte: libacpi's acpi_build_tables allocations in their order, each
     * aligned to 16 (libxl's mem_alloc). Checked on real Xen 4.17: a 1-vCPU PVH guest's tables end
     * at offset 28604 of the module (7 pages; the old estimate said 8, one page too many, so the
     * RSDP and the E820 entry came out a page off).
     */
    public static int pvhPages(int maxVcpus) {
        long end = 0;
        end = alloc(end, FACS);
        end = alloc(end, DSDT_PVH);
        end = alloc(end, FADT_1_0); // the RSDT's FADT, for ACPI 1.0 guests
        end = alloc(end, FADT);
        // construct_madt sizes the table for an IOAPIC and 16 overrides even when PVH gets neither
        end = alloc(end, MADT_HEADER + MADT_IOAPIC + 16L * MADT_OVERRIDE + (long) MADT_LAPIC * maxVcpus);
        end = alloc(end, SDT_HEADER + 8L * 2); // XSDT: FADT, MADT
        end = alloc(end, SDT_HEADER + 4L * 2); // RSDT: FADT 1.0, MADT
        return (int) ((end + 4095) / 4096);
    }

    private static long alloc(long end, long size) {
        return ((end + 15) & ~15L) + size;
    }

    public static int pages(int dsdtBytes, int vcpus) {
        long bytes = (long) dsdtBytes + OTHER_TABLES + (long) MADT_LAPIC * vcpus;
        return (int) ((bytes + 4095) / 4096);
    }
}
