package dev.jxl.layout;

/**
 * Facts about the guest the config does not hold but the layout depends on.
 *
 * @param pvhRsdpUnrestricted PVH only: the kernel is not Linux, or is a Linux that advertises
 *        XENFEAT_linux_rsdp_unrestricted (Linux 4.20 on), so libxl puts the RSDP after the ACPI
 *        tables; when false libxl puts it at 0xFFFC0 for the BIOS-area scan (and its E820 entry
 *        overlaps low RAM, a quirk kept as is)
 */
public record PlanOptions(boolean pvhRsdpUnrestricted) {
    public static final PlanOptions DEFAULT = new PlanOptions(true);
}
