package dev.jxl.layout.acpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.jxl.layout.acpi.AcpiRefusal.Rule;

/**
 * What hvmloader accepts from a domain builder, for both routes:
 * <ul>
 * <li><b>dm-acpi</b> (the vNVDIMM design thread's proposal, never merged): refuse a table hvmloader builds
 * itself (SSDT included: hvmloader generates the SSDT for namespace devices), an NFIT for a domain without
 * vNVDIMMs, a namespace device whose name clashes with a name Xen's DSDT defines under {@code \_SB}.</li>
 * <li><b>acpi_firmware=</b> (upstream): libacpi {@code construct_passthrough_tables} checks nothing but
 * "36 bytes left", so jxl checks what it would have to: every length and checksum, no table hvmloader
 * already builds (an SSDT is fine here), and no more tables than the slots left.</li>
 * </ul>
 * Both routes refuse truncated blobs and wrong lengths or checksums. Each refusal names blob and rule.
 */
public final class HvmloaderAcpiPolicy {
    public static final String DM_ACPI = "dm-acpi";
    public static final String ACPI_FIRMWARE = "acpi_firmware";

    /**
     * Signatures of tables hvmloader builds itself ({@code tools/libacpi/build.c}, Xen 4.17; TPM2 from
     * master). "RSD " is the first half of the RSDP's "RSD PTR ".
     */
    public static final Set<String> SIGNATURES_BUILT_BY_HVMLOADER = Set.of(
            "RSD ", "RSDT", "XSDT", "FACP", "FACS", "DSDT", "SSDT", "APIC", "HPET", "WAET", "SRAT", "SLIT",
            "TCPA", "TPM2");

    /** What the checks need to know about the domain. */
    public record DomainFacts(int vnvdimmCount, int passthroughSlots) {
        public DomainFacts {
            if (vnvdimmCount < 0 || passthroughSlots < 0) {
                throw new IllegalArgumentException("counts cannot be negative");
            }
        }

        public static DomainFacts of(NvdimmAcpiInput input, HvmloaderSecondaryTables built) {
            return new DomainFacts(input.vnvdimms().size(), built.passthroughSlots());
        }
    }

    private HvmloaderAcpiPolicy() {
    }

    // ---------------------------------------------------------------- dm-acpi

    public static List<AcpiRefusal> checkDmAcpi(byte[] area, DomainFacts facts) {
        List<AcpiRefusal> out = new ArrayList<>();
        List<DmAcpiBlobs.Frame> frames;
        try {
            frames = DmAcpiBlobs.frames(area);
        } catch (DmAcpiFormatException e) {
            // check the blobs before the broken one, then report the break
            frames = DmAcpiBlobs.frames(Arrays.copyOf(area, e.offset()));
            out.add(new AcpiRefusal(DM_ACPI, e.blobIndex(), e.offset(), "blob header", Rule.FRAMING,
                    e.getMessage().substring(e.getMessage().indexOf(": ") + 2)));
        }
        Set<String> signatures = new HashSet<>();
        Set<String> devices = new HashSet<>();
        int tables = 0;
        boolean anyDevice = false;
        for (DmAcpiBlobs.Frame f : frames) {
            byte[] data = f.data().toByteArray();
            if (f.type() == DmAcpiBlob.TYPE_TABLE) {
                String sig = data.length >= 4 ? AcpiTableHeader.text(data, 0, 4) : "?";
                Reporter r = new Reporter(out, DM_ACPI, f.index(), f.offset(), "table " + sig);
                checkTableBytes(r, data, data.length);
                if (SIGNATURES_BUILT_BY_HVMLOADER.contains(sig)) {
                    r.refuse(Rule.BUILT_BY_HVMLOADER, "hvmloader builds " + sig + " itself"
                            + (sig.equals("SSDT") ? " (namespace devices go in type-1 blobs)" : ""));
                }
                if (sig.equals(Nfit.SIGNATURE) && facts.vnvdimmCount() == 0) {
                    r.refuse(Rule.NFIT_WITHOUT_VNVDIMM, "the domain has no vNVDIMM");
                }
                if (!signatures.add(sig)) {
                    r.refuse(Rule.DUPLICATE, "a second " + sig + " table");
                }
                tables++;
            } else if (f.type() == DmAcpiBlob.TYPE_NAMESPACE_DEVICE) {
                String name = data.length >= 4 ? AcpiTableHeader.text(data, 0, 4) : "?";
                Reporter r = new Reporter(out, DM_ACPI, f.index(), f.offset(), "device " + name);
                anyDevice = true;
                if (data.length < 4 || !dev.jxl.layout.acpi.aml.NameSeg.isValid(data, 0)) {
                    r.refuse(Rule.DEVICE_NAME, "the first 4 data bytes must be an ACPI NameSeg ([A-Z_][A-Z0-9_]{3})");
                    continue;
                }
                if (XenAcpiNamespace.clashesUnderSystemBus(name)) {
                    r.refuse(Rule.NAME_CLASHES_WITH_XEN_DSDT, "Xen's DSDT already defines \\_SB." + name);
                }
                if (!devices.add(name)) {
                    r.refuse(Rule.DUPLICATE, "a second device named " + name);
                }
            } else {
                new Reporter(out, DM_ACPI, f.index(), f.offset(), "type " + f.type())
                        .refuse(Rule.UNKNOWN_TYPE, "blob type " + f.type() + " is neither 0 (ACPI table) nor 1 (namespace device)");
            }
        }
        // hvmloader appends the tables plus one SSDT it builds for the devices
        int needed = tables + (anyDevice ? 1 : 0);
        if (needed > facts.passthroughSlots()) {
            out.add(new AcpiRefusal(DM_ACPI, -1, 0, "area", Rule.TABLE_LIMIT, needed
                    + " tables (with the SSDT for namespace devices) but hvmloader has "
                    + facts.passthroughSlots() + " passthrough slots left"));
        }
        return out;
    }

    public static void requireDmAcpiAccepted(byte[] area, DomainFacts facts) {
        List<AcpiRefusal> refusals = checkDmAcpi(area, facts);
        if (!refusals.isEmpty()) {
            throw new AcpiRefusedException(refusals);
        }
    }

    // ---------------------------------------------------------------- acpi_firmware=

    /** Walks the image the way {@code construct_passthrough_tables} does, refusing what it would mangle. */
    public static List<AcpiRefusal> checkAcpiFirmware(byte[] image, HvmloaderSecondaryTables built) {
        List<AcpiRefusal> out = new ArrayList<>();
        int offset = 0;
        int index = 0;
        for (; image.length - offset >= AcpiTableHeader.SIZE; index++) {
            String sig = AcpiTableHeader.text(image, offset, 4);
            Reporter r = new Reporter(out, ACPI_FIRMWARE, index, offset, "table " + sig);
            long length = ByteSink.readLe(image, offset + AcpiTableHeader.LENGTH_OFFSET, 4);
            int left = image.length - offset;
            if (length < AcpiTableHeader.SIZE) {
                r.refuse(Rule.TABLE_LENGTH, "header Length " + length + " is below the 36-byte header"
                        + " (hvmloader would not advance past it)");
                return out;
            }
            if (length > left) {
                r.refuse(Rule.TABLE_TRUNCATED, "header Length " + length + " runs past the end of the image ("
                        + left + " bytes left); hvmloader would copy beyond it");
                return out;
            }
            byte[] table = Arrays.copyOfRange(image, offset, offset + (int) length);
            checkTableBytes(r, table, table.length);
            if (SIGNATURES_BUILT_BY_HVMLOADER.contains(sig) && !sig.equals("SSDT")) {
                r.refuse(Rule.BUILT_BY_HVMLOADER, "hvmloader builds " + sig
                        + " itself; a second one is listed in the XSDT, it does not replace it");
            }
            offset += (int) length;
        }
        if (offset != image.length) {
            out.add(new AcpiRefusal(ACPI_FIRMWARE, index, offset, "trailing bytes", Rule.TABLE_TRUNCATED,
                    (image.length - offset) + " bytes after the last table are too few for a header;"
                            + " hvmloader ignores them"));
        }
        if (index > built.passthroughSlots()) {
            out.add(new AcpiRefusal(ACPI_FIRMWARE, -1, 0, "image", Rule.TABLE_LIMIT, index
                    + " tables but hvmloader has " + built.passthroughSlots() + " passthrough slots left ("
                    + HvmloaderSecondaryTables.ACPI_MAX_SECONDARY_TABLES + " secondary slots - 1 terminator - "
                    + built.tablesBuilt() + "); it would drop the rest silently"));
        }
        return out;
    }

    /** The number of tables in an {@code acpi_firmware=} image (counted as hvmloader walks it). */
    public static int countTables(byte[] image) {
        int offset = 0;
        int count = 0;
        while (image.length - offset >= AcpiTableHeader.SIZE) {
            long length = ByteSink.readLe(image, offset + AcpiTableHeader.LENGTH_OFFSET, 4);
            if (length < AcpiTableHeader.SIZE || length > image.length - offset) {
                break;
            }
            offset += (int) length;
            count++;
        }
        return count;
    }

    public static void requireAcpiFirmwareAccepted(byte[] image, HvmloaderSecondaryTables built) {
        List<AcpiRefusal> refusals = checkAcpiFirmware(image, built);
        if (!refusals.isEmpty()) {
            throw new AcpiRefusedException(refusals);
        }
    }

    // ---------------------------------------------------------------- shared

    /** Header present, Length equal to the bytes carried, checksum zero. */
    private static void checkTableBytes(Reporter r, byte[] table, int carried) {
        if (table.length < AcpiTableHeader.SIZE) {
            r.refuse(Rule.TABLE_TRUNCATED, "data is " + table.length + " bytes, an ACPI table header needs 36");
            return;
        }
        long length = ByteSink.readLe(table, AcpiTableHeader.LENGTH_OFFSET, 4);
        if (length != carried) {
            r.refuse(Rule.TABLE_LENGTH, "header Length " + length + " but the blob carries " + carried + " bytes");
            return;
        }
        int sum = AcpiTable.byteSum(table, table.length);
        if (sum != 0) {
            int stored = table[AcpiTableHeader.CHECKSUM_OFFSET] & 0xFF;
            r.refuse(Rule.TABLE_CHECKSUM, String.format("checksum 0x%02X, should be 0x%02X", stored,
                    AcpiTable.checksumByte(table) & 0xFF));
        }
    }

    private record Reporter(List<AcpiRefusal> out, String source, int index, int offset, String name) {
        void refuse(Rule rule, String detail) {
            out.add(new AcpiRefusal(source, index, offset, name, rule, detail));
        }
    }
}
