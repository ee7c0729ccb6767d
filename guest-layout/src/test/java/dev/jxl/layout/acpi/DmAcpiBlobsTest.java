package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.jxl.layout.acpi.aml.NameSeg;
import dev.jxl.units.Bytes;

class DmAcpiBlobsTest {
    @Test
    void headerIsTypeThenSizeIncludingTheHeaderLittleEndian() {
        byte[] area = DmAcpiBlobs.write(List.of(
                new DmAcpiBlob.NamespaceDevice(NameSeg.of("ABCD"), Bytes.of(new byte[] {0x08})),
                new DmAcpiBlob.Table(Bytes.of(new byte[] {1, 2}))));
        assertEquals("01000000" + "0d000000" + "41424344" + "08" + "00000000" + "0a000000" + "0102",
                HexFormat.of().formatHex(area));
        List<DmAcpiBlobs.Frame> frames = DmAcpiBlobs.frames(area);
        assertEquals(List.of(0, 13), frames.stream().map(DmAcpiBlobs.Frame::offset).toList());
        assertEquals(List.of(13L, 10L), frames.stream().map(DmAcpiBlobs.Frame::size).toList());
    }

    @Test
    void readsWhatItWrites() {
        for (AcpiCases.Case c : AcpiCases.all()) {
            List<DmAcpiBlob> blobs = DmAcpiBlobs.forVnvdimms(c.input());
            assertEquals(blobs, DmAcpiBlobs.read(DmAcpiBlobs.write(blobs)), c.name());
            DmAcpiBlob.Table nfit = (DmAcpiBlob.Table) blobs.get(0);
            assertEquals("NFIT", nfit.signature());
            DmAcpiBlob.NamespaceDevice nvdr = (DmAcpiBlob.NamespaceDevice) blobs.get(1);
            assertEquals("NVDR", nvdr.name().value());
            // the body is exactly what the SSDT puts inside Device (NVDR)
            byte[] ssdt = NvdimmSsdt.forVnvdimms(c.input()).toBytes();
            String ssdtHex = HexFormat.of().formatHex(ssdt);
            assertEquals(true, ssdtHex.endsWith(nvdr.amlBody().hex()));
        }
        assertEquals(List.of(), DmAcpiBlobs.read(new byte[0]));
    }

    @Test
    void framingErrorsNameBlobAndOffset() {
        byte[] good = DmAcpiBlobs.write(List.of(new DmAcpiBlob.Table(Bytes.of(new byte[40]))));
        byte[] cut = java.util.Arrays.copyOf(good, good.length + 5);
        assertEquals("dm-acpi blob #1 at offset 0x30: truncated: 5 bytes left, a blob header needs 8",
                assertThrows(DmAcpiFormatException.class, () -> DmAcpiBlobs.read(cut)).getMessage());
        byte[] tooBig = good.clone();
        tooBig[4] = 49;
        assertEquals("dm-acpi blob #0 at offset 0x0: truncated: size 49 but only 48 bytes left in the area",
                assertThrows(DmAcpiFormatException.class, () -> DmAcpiBlobs.read(tooBig)).getMessage());
        byte[] tiny = good.clone();
        tiny[4] = 7;
        assertEquals("dm-acpi blob #0 at offset 0x0: size 7 is smaller than the 8-byte blob header",
                assertThrows(DmAcpiFormatException.class, () -> DmAcpiBlobs.read(tiny)).getMessage());
        byte[] type7 = good.clone();
        type7[0] = 7;
        assertEquals("dm-acpi blob #0 at offset 0x0: unknown blob type 7 (0 = ACPI table, 1 = namespace device)",
                assertThrows(DmAcpiFormatException.class, () -> DmAcpiBlobs.read(type7)).getMessage());
    }
}
