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

    private AcpiTableEstimate() {
    }

    public static int pages(int dsdtBytes, int vcpus) {
        long bytes = (long) dsdtBytes + OTHER_TABLES + (long) MADT_LAPIC * vcpus;
        return (int) ((bytes + 4095) / 4096);
    }
}
