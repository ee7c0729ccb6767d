package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.jxl.layout.acpi.HvmloaderAcpiPolicy.DomainFacts;
import dev.jxl.layout.acpi.aml.Aml;
import dev.jxl.layout.acpi.aml.NameSeg;
import dev.jxl.units.Bytes;

/** Crafted bad blobs, each refused by the rule it breaks, with a message naming blob and rule. */
class HvmloaderAcpiPolicyTest {
    private static final DomainFacts ONE_VNVDIMM = new DomainFacts(1, 10);

    private static byte[] table(String signature) {
        return new AcpiTable(AcpiTableHeader.jxl(signature, 1, "TEST"), Bytes.of(new byte[8])).toBytes();
    }

    private static DmAcpiBlob.Table blob(byte[] table) {
        return new DmAcpiBlob.Table(Bytes.of(table));
    }

    private static List<String> messages(byte[] area, DomainFacts facts) {
        return HvmloaderAcpiPolicy.checkDmAcpi(area, facts).stream().map(AcpiRefusal::message).toList();
    }

    private static byte[] area(DmAcpiBlob... blobs) {
        return DmAcpiBlobs.write(List.of(blobs));
    }

    @Test
    void generatedBlobsAreAccepted() {
        for (AcpiCases.Case c : AcpiCases.all()) {
            byte[] area = DmAcpiBlobs.write(DmAcpiBlobs.forVnvdimms(c.input()));
            HvmloaderAcpiPolicy.requireDmAcpiAccepted(area,
                    DomainFacts.of(c.input(), HvmloaderSecondaryTables.xlDefaults()));
        }
    }

    @Test
    void refusesTablesHvmloaderBuildsItself() {
        assertEquals(List.of("dm-acpi blob #0 (table SSDT) at offset 0x0: refused by rule built-by-hvmloader:"
                        + " hvmloader builds SSDT itself (namespace devices go in type-1 blobs)",
                        "dm-acpi blob #1 (table DSDT) at offset 0x34: refused by rule built-by-hvmloader:"
                        + " hvmloader builds DSDT itself"),
                messages(area(blob(table("SSDT")), blob(table("DSDT"))), ONE_VNVDIMM));
        for (String sig : List.of("FACP", "FACS", "APIC", "HPET", "WAET", "SRAT", "SLIT", "TCPA", "TPM2", "RSDT", "XSDT")) {
            assertEquals(List.of(AcpiRefusal.Rule.BUILT_BY_HVMLOADER), rules(area(blob(table(sig)))), sig);
        }
    }

    @Test
    void refusesAnNfitForADomainWithoutVnvdimms() {
        byte[] nfit = Nfit.forVnvdimms(AcpiCases.one().input()).toTable().toBytes();
        assertEquals(List.of("dm-acpi blob #0 (table NFIT) at offset 0x0: refused by rule nfit-without-vnvdimm:"
                + " the domain has no vNVDIMM"), messages(area(blob(nfit)), new DomainFacts(0, 10)));
    }

    @Test
    void refusesDeviceNamesXenAlreadyUses() {
        Bytes body = Bytes.of(Aml.name("_ADR", Aml.integer(0)).toBytes());
        assertEquals(List.of("dm-acpi blob #0 (device PCI0) at offset 0x0: refused by rule name-clashes-with-xen-dsdt:"
                        + " Xen's DSDT already defines \\_SB.PCI0"),
                messages(area(new DmAcpiBlob.NamespaceDevice(NameSeg.of("PCI0"), body)), ONE_VNVDIMM));
        for (String name : XenAcpiNamespace.systemBusChildren()) {
            assertEquals(List.of(AcpiRefusal.Rule.NAME_CLASHES_WITH_XEN_DSDT),
                    rules(area(new DmAcpiBlob.NamespaceDevice(NameSeg.of(name), body))), name);
        }
        assertEquals(List.of(), rules(area(new DmAcpiBlob.NamespaceDevice(NameSeg.of("NVDR"), body))));
    }

    @Test
    void refusesBadDeviceNamesAndDuplicates() {
        byte[] lower = area(new DmAcpiBlob.NamespaceDevice(NameSeg.of("ABCD"), Bytes.of(new byte[0])));
        lower[8] = 'a';
        assertEquals(List.of("dm-acpi blob #0 (device aBCD) at offset 0x0: refused by rule device-name:"
                + " the first 4 data bytes must be an ACPI NameSeg ([A-Z_][A-Z0-9_]{3})"), messages(lower, ONE_VNVDIMM));
        byte[] nfit = Nfit.forVnvdimms(AcpiCases.one().input()).toTable().toBytes();
        assertEquals(List.of(AcpiRefusal.Rule.DUPLICATE, AcpiRefusal.Rule.DUPLICATE), rules(area(
                blob(nfit), blob(nfit),
                new DmAcpiBlob.NamespaceDevice(NameSeg.of("NVDR"), Bytes.of(new byte[0])),
                new DmAcpiBlob.NamespaceDevice(NameSeg.of("NVDR"), Bytes.of(new byte[0])))));
    }

    @Test
    void refusesBadLengthChecksumAndTruncation() {
        byte[] nfit = Nfit.forVnvdimms(AcpiCases.one().input()).toTable().toBytes();
        byte[] badSum = nfit.clone();
        badSum[9]++;
        assertEquals(List.of(String.format("dm-acpi blob #0 (table NFIT) at offset 0x0: refused by rule table-checksum:"
                + " checksum 0x%02X, should be 0x%02X", badSum[9] & 0xFF, nfit[9] & 0xFF)),
                messages(area(blob(badSum)), ONE_VNVDIMM));
        byte[] badLength = nfit.clone();
        badLength[4] -= 4;
        assertEquals(List.of("dm-acpi blob #0 (table NFIT) at offset 0x0: refused by rule table-length:"
                + " header Length 220 but the blob carries 224 bytes"), messages(area(blob(badLength)), ONE_VNVDIMM));
        assertEquals(List.of("dm-acpi blob #0 (table NFIT) at offset 0x0: refused by rule table-truncated:"
                + " data is 20 bytes, an ACPI table header needs 36"),
                messages(area(blob(Arrays.copyOf(nfit, 20))), ONE_VNVDIMM));
        byte[] whole = area(blob(nfit), new DmAcpiBlob.NamespaceDevice(NameSeg.of("NVDR"), Bytes.of(new byte[0])));
        assertEquals(List.of("dm-acpi blob #1 (blob header) at offset 0xe8: refused by rule framing:"
                + " truncated: size 12 but only 10 bytes left in the area"),
                messages(Arrays.copyOf(whole, whole.length - 2), ONE_VNVDIMM));
        byte[] unknown = area(blob(nfit));
        unknown[0] = 2;
        assertEquals(List.of("dm-acpi blob #0 (type 2) at offset 0x0: refused by rule unknown-type:"
                + " blob type 2 is neither 0 (ACPI table) nor 1 (namespace device)"), messages(unknown, ONE_VNVDIMM));
    }

    @Test
    void countsTablesAgainstTheSlotsLeft() {
        byte[] area = DmAcpiBlobs.write(DmAcpiBlobs.forVnvdimms(AcpiCases.one().input()));
        assertEquals(List.of("dm-acpi: refused by rule table-limit: 2 tables (with the SSDT for namespace devices)"
                + " but hvmloader has 1 passthrough slots left"), messages(area, new DomainFacts(1, 1)));
        AcpiRefusedException e = assertThrows(AcpiRefusedException.class,
                () -> HvmloaderAcpiPolicy.requireDmAcpiAccepted(area, new DomainFacts(1, 1)));
        assertEquals(1, e.refusals().size());
    }

    @Test
    void acpiFirmwareImageOfTheNvdimmTablesIsAccepted() {
        byte[] image = AcpiFirmwareImage.of(AcpiFirmwareImage.tablesForVnvdimms(AcpiCases.eight().input()));
        assertEquals(2, HvmloaderAcpiPolicy.countTables(image));
        HvmloaderAcpiPolicy.requireAcpiFirmwareAccepted(image, HvmloaderSecondaryTables.xlDefaults());
        assertEquals(10, HvmloaderSecondaryTables.xlDefaults().passthroughSlots());
        assertEquals(List.of(), AcpiFirmwareImage.tablesForVnvdimms(new NvdimmAcpiInput(List.of())));
    }

    @Test
    void acpiFirmwareRefusalsAndTheSixteenTableLimit() {
        HvmloaderSecondaryTables everything = new HvmloaderSecondaryTables(true, true, true, true, true, true, true, true, true);
        assertEquals(11, everything.tablesBuilt().size());
        assertEquals(4, everything.passthroughSlots());
        List<AcpiTable> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(new AcpiTable(AcpiTableHeader.jxl("SSDT", 1, "T" + i), Bytes.of(new byte[0])));
        }
        assertEquals(List.of("acpi_firmware: refused by rule table-limit: 5 tables but hvmloader has 4 passthrough"
                + " slots left (16 secondary slots - 1 terminator - [APIC, HPET, WAET, SSDT_PM, SSDT_S3, SSDT_S4,"
                + " SSDT_LAPTOP_SLATE, SSDT_TPM, TCPA, SRAT, SLIT]); it would drop the rest silently"),
                HvmloaderAcpiPolicy.checkAcpiFirmware(AcpiFirmwareImage.of(five), everything).stream()
                        .map(AcpiRefusal::message).toList());
        assertEquals(List.of(), HvmloaderAcpiPolicy.checkAcpiFirmware(AcpiFirmwareImage.of(five.subList(0, 4)), everything));
        byte[] dsdt = table("DSDT");
        byte[] badSum = table("NFIT");
        badSum[9]++;
        byte[] image = concat(dsdt, badSum, new byte[] {1, 2, 3});
        assertEquals(List.of(AcpiRefusal.Rule.BUILT_BY_HVMLOADER, AcpiRefusal.Rule.TABLE_CHECKSUM,
                AcpiRefusal.Rule.TABLE_TRUNCATED), HvmloaderAcpiPolicy.checkAcpiFirmware(image,
                HvmloaderSecondaryTables.xlDefaults()).stream().map(AcpiRefusal::rule).toList());
        byte[] pastEnd = table("NFIT");
        pastEnd[4] = 100;
        assertEquals(List.of("acpi_firmware blob #0 (table NFIT) at offset 0x0: refused by rule table-truncated:"
                + " header Length 100 runs past the end of the image (44 bytes left); hvmloader would copy beyond it"),
                HvmloaderAcpiPolicy.checkAcpiFirmware(pastEnd, HvmloaderSecondaryTables.xlDefaults()).stream()
                        .map(AcpiRefusal::message).toList());
    }

    private static byte[] concat(byte[]... parts) {
        ByteSink sink = new ByteSink();
        for (byte[] p : parts) {
            sink.bytes(p);
        }
        return sink.toByteArray();
    }

    private static List<AcpiRefusal.Rule> rules(byte[] area) {
        return HvmloaderAcpiPolicy.checkDmAcpi(area, ONE_VNVDIMM).stream().map(AcpiRefusal::rule).toList();
    }
}
