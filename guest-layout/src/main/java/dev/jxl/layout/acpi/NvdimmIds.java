package dev.jxl.layout.acpi;

/**
 * The NFIT identifiers QEMU derives from a DIMM slot ({@code hw/acpi/nvdimm.c}), reused so a guest
 * sees the same ids under Xen as under QEMU/KVM. jxl's vNVDIMM index plays the slot.
 */
public final class NvdimmIds {
    /** QEMU's arbitrary serial-number base; Linux shows it byte-swapped ({@code 8680-56341200}). */
    public static final long SERIAL_BASE = 0x123456;
    public static final int VENDOR_INTEL = 0x8086;
    public static final int DEVICE_ID = 0x0001;
    public static final int REVISION_ID = 0x0001;
    /** Byte-addressable, no energy backing (JEDEC Annex L release 3); QEMU before 2018 said 0x0201. */
    public static final int FORMAT_INTERFACE_CODE = 0x0301;

    private NvdimmIds() {
    }

    /** NFIT device handle and the {@code _ADR} of the NVxx device; 0 is the root device's. */
    public static long deviceHandle(int index) {
        return index + 1L;
    }

    /** SPA range structure index: 2, 4, 6, ... (0 means "not mapped"). */
    public static int spaRangeIndex(int index) {
        return (index + 1) << 1;
    }

    /** Control region structure index: the SPA index + 1, so 3, 5, 7, ... */
    public static int controlRegionIndex(int index) {
        return spaRangeIndex(index) + 1;
    }

    public static long serialNumber(int index) {
        return SERIAL_BASE + index;
    }

    /** The namespace device name QEMU prints with {@code "NV%02X"}. */
    public static String deviceName(int index) {
        return String.format("NV%02X", index);
    }
}
