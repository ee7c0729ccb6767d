package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import dev.jxl.units.Bytes;

class AcpiTableTest {
    @Test
    void headerLayoutLengthAndChecksumLast() {
        AcpiTableHeader h = new AcpiTableHeader("TEST", 2, "Xen", "HVM", 0x11223344L, "JXL ", 7);
        byte[] t = new AcpiTable(h, Bytes.of(new byte[] {1, 2, 3})).toBytes();
        assertEquals("54455354" + "27000000" + "02" + HexFormat.of().toHexDigits(t[9]) + "58656e000000"
                + "48564d0000000000" + "44332211" + "4a584c20" + "07000000" + "010203", HexFormat.of().formatHex(t));
        assertEquals(0, AcpiTable.byteSum(t, t.length));
        assertEquals(h, AcpiTableHeader.read(t));
    }

    @Test
    void checksumByteMakesTheSumZero() {
        byte[] t = new AcpiTable(AcpiTableHeader.jxl("NFIT", 1, "NVDIMM"), Bytes.of(new byte[100])).toBytes();
        t[50] = 0x5A;
        t[9] = AcpiTable.checksumByte(t);
        assertEquals(0, AcpiTable.byteSum(t, t.length));
    }

    @Test
    void refusesFieldsThatDoNotFit() {
        assertThrows(IllegalArgumentException.class, () -> AcpiTableHeader.jxl("NFI", 1, "X"));
        assertThrows(IllegalArgumentException.class, () -> AcpiTableHeader.jxl("NFIT", 256, "X"));
        assertThrows(IllegalArgumentException.class, () -> AcpiTableHeader.jxl("NFIT", 1, "NINECHARS"));
        assertThrows(IllegalArgumentException.class,
                () -> new AcpiTableHeader("NFIT", 1, "SEVENCH", "X", 0, "JXL ", 1));
        assertThrows(IllegalArgumentException.class,
                () -> new AcpiTableHeader("NFIT", 1, "Xen", "X", -1, "JXL ", 1));
    }
}
