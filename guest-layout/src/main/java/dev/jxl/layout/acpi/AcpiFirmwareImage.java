package dev.jxl.layout.acpi;

import java.util.List;

/**
 * The file for xl's {@code acpi_firmware=}: whole tables back to back, no padding. libxl loads it as the
 * single ACPI module and publishes {@code hvmloader/acpi/{address,length}}; hvmloader walks it by each
 * header's Length.
 */
public final class AcpiFirmwareImage {
    private AcpiFirmwareImage() {
    }

    public static byte[] of(List<AcpiTable> tables) {
        ByteSink sink = new ByteSink();
        tables.forEach(t -> sink.bytes(t.toBytes()));
        return sink.toByteArray();
    }

    /** The NFIT and the NVDIMM SSDT for a domain's vNVDIMMs; empty without vNVDIMMs. */
    public static List<AcpiTable> tablesForVnvdimms(NvdimmAcpiInput input) {
        if (input.isEmpty()) {
            return List.of();
        }
        return List.of(Nfit.forVnvdimms(input).toTable(), NvdimmSsdt.forVnvdimms(input));
    }
}
