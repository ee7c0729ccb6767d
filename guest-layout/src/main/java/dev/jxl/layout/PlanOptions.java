package dev.jxl.layout;

/**
 * Facts about the guest the config does not hold but the layout depends on.
 *
 * @param pvhRsdpUnrestricted PVH only: the kernel is not Linux, or is a Linux that advertises
 *        XENFEAT_linux_rsdp_unrestricted (Linux 4.20 on), so libxl puts the RSDP after the ACPI
 *        tables; when false libxl puts it at 0xFFFC0 for the BIOS-area scan (and its E820 entry
 *        overlaps low RAM, a quirk kept as is)
 * @param upstreamXen the guest is built by upstream Xen's own libxl and hvmloader ({@code --backend
 *        xl}), which know nothing of vNVDIMMs: no dm-acpi area, no type-7 E820 entries; the NFIT and
 *        SSDT reach the guest through acpi_firmware= and the NFIT alone tells it where they are
 */
public record PlanOptions(boolean pvhRsdpUnrestricted, boolean upstreamXen) {
    public static final PlanOptions DEFAULT = new PlanOptions(true, false);

    public PlanOptions(boolean pvhRsdpUnrestricted) {
        this(pvhRsdpUnrestricted, false);
    }

    public PlanOptions withUpstreamXen(boolean upstream) {
        return new PlanOptions(pvhRsdpUnrestricted, upstream);
    }
}
