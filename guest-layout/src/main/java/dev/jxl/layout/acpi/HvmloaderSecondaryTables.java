package dev.jxl.layout.acpi;

import java.util.ArrayList;
import java.util.List;

/**
 * The "secondary" tables hvmloader builds before any passthrough table (libacpi
 * {@code construct_secondary_tables}), and so the slots left for {@code acpi_firmware=} tables.
 * hvmloader has {@code ACPI_MAX_SECONDARY_TABLES = 16} entries, one of which ends the list; a
 * passthrough table past the limit is dropped without a message.
 *
 * @param madt       MADT ("APIC"): more than one vCPU, or APIC mode
 * @param hpet       HPET: the emulated HPET is present ({@code hpet=1})
 * @param waet       WAET: hvmloader always asks for it
 * @param ssdtPm     SSDT_PM: a battery port exists (qemu-trad battery emulation)
 * @param ssdtS3     SSDT_S3: {@code platform/acpi_s3} (default on)
 * @param ssdtS4     SSDT_S4: {@code platform/acpi_s4} (default on)
 * @param ssdtLaptopSlate SSDT_LAPTOP_SLATE: {@code platform/acpi_laptop_slate}
 * @param tpm        SSDT_TPM + TCPA (2 tables): an emulated TPM 1.2 answers
 * @param vnuma      SRAT + SLIT (2 tables): vNUMA nodes are configured
 */
public record HvmloaderSecondaryTables(boolean madt, boolean hpet, boolean waet, boolean ssdtPm,
                                       boolean ssdtS3, boolean ssdtS4, boolean ssdtLaptopSlate,
                                       boolean tpm, boolean vnuma) {
    public static final int ACPI_MAX_SECONDARY_TABLES = 16;

    /** An ordinary multi-vCPU HVM guest with xl's defaults: MADT, HPET, WAET, SSDT_S3, SSDT_S4. */
    public static HvmloaderSecondaryTables xlDefaults() {
        return new HvmloaderSecondaryTables(true, true, true, false, true, true, false, false, false);
    }

    public List<String> tablesBuilt() {
        List<String> out = new ArrayList<>();
        if (madt) {
            out.add("APIC");
        }
        if (hpet) {
            out.add("HPET");
        }
        if (waet) {
            out.add("WAET");
        }
        if (ssdtPm) {
            out.add("SSDT_PM");
        }
        if (ssdtS3) {
            out.add("SSDT_S3");
        }
        if (ssdtS4) {
            out.add("SSDT_S4");
        }
        if (ssdtLaptopSlate) {
            out.add("SSDT_LAPTOP_SLATE");
        }
        if (tpm) {
            out.add("SSDT_TPM");
            out.add("TCPA");
        }
        if (vnuma) {
            out.add("SRAT");
            out.add("SLIT");
        }
        return out;
    }

    /** {@code nr_max = ACPI_MAX_SECONDARY_TABLES - nr_tables - 1} in {@code construct_passthrough_tables}. */
    public int passthroughSlots() {
        return Math.max(0, ACPI_MAX_SECONDARY_TABLES - tablesBuilt().size() - 1);
    }
}
