package dev.jxl.layout.render;

/**
 * What kind of thing a named range of the layout is, for its colour and its legend line. The
 * names are the planner's own ({@code AddressRange.name()}); a name this table does not know is
 * still drawn and labelled, as {@link #OTHER}.
 */
enum RegionKind {
    BARS("#7e57c2", "#ede7f6", "MMIO hole and PCI BAR windows"),
    XEN_PAGES("#00897b", "#e0f2f1", "pages Xen and the device model use"),
    PLATFORM("#e53935", "#ffebee", "emulated platform devices"),
    FIRMWARE("#ef6c00", "#fff3e0", "firmware and ACPI"),
    PMEM("#1e63c4", "#e3ecfa", "vNVDIMMs (host pmem mapped into the guest)"),
    OTHER("#616161", "#f5f5f5", "other planned ranges"),
    /** Not a region: an E820 entry that shares bytes with an entry below it. */
    OVERLAP("#c62828", "#ffcdd2", "E820 entries that overlap another entry");

    final String stroke;
    final String fill;
    final String title;

    RegionKind(String stroke, String fill, String title) {
        this.stroke = stroke;
        this.fill = fill;
        this.title = title;
    }

    static RegionKind of(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.startsWith("vnvdimm")) {
            return PMEM;
        }
        if (n.contains("bar") || n.equals("mmio hole") || n.equals("vga hole")) {
            return BARS;
        }
        if (n.startsWith("lapic") || n.startsWith("ioapic") || n.startsWith("hpet")) {
            return PLATFORM;
        }
        if (n.startsWith("acpi") || n.equals("rsdp") || n.startsWith("dm-acpi") || n.startsWith("low 1 mib")) {
            return FIRMWARE;
        }
        if (n.contains("special pages") || n.startsWith("ioreq") || n.equals("shared_info") || n.equals("hvm_info")
                || n.equals("guest_reserved")) {
            return XEN_PAGES;
        }
        return OTHER;
    }
}
