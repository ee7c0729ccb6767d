package dev.jxl.layout.acpi;

import java.util.ArrayList;
import java.util.List;

import dev.jxl.units.Bytes;

/**
 * The NVDIMM Firmware Interface Table for a set of vNVDIMMs, built the way QEMU's
 * {@code nvdimm_build_nfit} does: per vNVDIMM, in input order, a PM SPA range covering its data pages,
 * a region mapping and a control region (plus a flush hint only when the vNVDIMM has a flush address).
 * No platform-capabilities structure: QEMU only adds one for {@code nvdimm-persistence=}.
 */
public final class Nfit {
    public static final String SIGNATURE = "NFIT";
    /** Revision 1 in every ACPI version so far (6.0 to 6.5). */
    public static final int REVISION = 1;
    /** Linux's {@code struct acpi_table_nfit} is 40 bytes; sub-structures start after 4 reserved bytes. */
    public static final int RESERVED_BYTES = 4;
    public static final int FIRST_STRUCTURE_OFFSET = AcpiTableHeader.SIZE + RESERVED_BYTES;

    private final List<NfitStructure> structures;

    public Nfit(List<NfitStructure> structures) {
        this.structures = List.copyOf(structures);
    }

    public static Nfit forVnvdimms(NvdimmAcpiInput input) {
        if (input.isEmpty()) {
            throw new IllegalArgumentException("no NFIT for a domain without vNVDIMMs");
        }
        List<NfitStructure> out = new ArrayList<>();
        for (VnvdimmRange v : input.vnvdimms()) {
            int i = v.index();
            long handle = NvdimmIds.deviceHandle(i);
            out.add(new NfitStructure.SpaRange(NvdimmIds.spaRangeIndex(i),
                    NfitStructure.SpaRange.FLAG_CONTROL_REGION_FOR_HOTPLUG
                            | NfitStructure.SpaRange.FLAG_PROXIMITY_DOMAIN_VALID,
                    v.proximityDomain(), Guid.PERSISTENT_MEMORY, v.guestBaseBytes(), v.dataSizeBytes(),
                    NfitStructure.SpaRange.EFI_MEMORY_WB | NfitStructure.SpaRange.EFI_MEMORY_NV));
            out.add(new NfitStructure.RegionMapping(handle, 0, 0, NvdimmIds.spaRangeIndex(i),
                    NvdimmIds.controlRegionIndex(i), v.dataSizeBytes(), 0, 0, 0, 1, 0));
            out.add(new NfitStructure.ControlRegion(NvdimmIds.controlRegionIndex(i), NvdimmIds.VENDOR_INTEL,
                    NvdimmIds.DEVICE_ID, NvdimmIds.REVISION_ID, 0, 0, 0, NvdimmIds.serialNumber(i),
                    NvdimmIds.FORMAT_INTERFACE_CODE));
            v.flushHintAddress().ifPresent(address ->
                    out.add(new NfitStructure.FlushHintAddress(handle, List.of(address))));
        }
        return new Nfit(out);
    }

    public List<NfitStructure> structures() {
        return structures;
    }

    public AcpiTable toTable() {
        return toTable(AcpiTableHeader.jxl(SIGNATURE, REVISION, "NVDIMM"));
    }

    public AcpiTable toTable(AcpiTableHeader header) {
        if (!header.signature().equals(SIGNATURE)) {
            throw new IllegalArgumentException("an NFIT header must say NFIT, not " + header.signature());
        }
        ByteSink body = new ByteSink().zeros(RESERVED_BYTES);
        structures.forEach(s -> body.bytes(s.toBytes()));
        return new AcpiTable(header, Bytes.of(body.toByteArray()));
    }
}
