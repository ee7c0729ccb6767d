package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class NfitTest {
    private static long u(byte[] t, int off, int width) {
        return ByteSink.readLe(t, off, width);
    }

    @Test
    void oneVnvdimmFieldByField() {
        byte[] t = Nfit.forVnvdimms(AcpiCases.one().input()).toTable().toBytes();
        assertEquals(40 + 56 + 48 + 80, t.length);
        assertEquals("NFIT", new String(t, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(t.length, u(t, 4, 4));
        assertEquals(1, t[8]);
        assertEquals(0, AcpiTable.byteSum(t, t.length), "checksum");
        assertEquals(0, u(t, 36, 4), "4 reserved bytes after the header");
        // SPA at 40
        assertEquals(0, u(t, 40, 2));
        assertEquals(56, u(t, 42, 2));
        assertEquals(2, u(t, 44, 2), "SPA range index (slot+1)<<1");
        assertEquals(3, u(t, 46, 2), "flags: hotplug control region + proximity valid");
        assertEquals("79d3f066f3b47440ac430d3318b78cdb", HexFormat.of().formatHex(t, 56, 72), "PM GUID, EFI layout");
        assertEquals(5 * AcpiCases.GIB, u(t, 72, 8));
        assertEquals(AcpiCases.GIB, u(t, 80, 8), "data pages only: the label area is not mapped");
        assertEquals(0x8008, u(t, 88, 8));
        // region mapping at 96
        assertEquals(1, u(t, 96, 2));
        assertEquals(48, u(t, 98, 2));
        assertEquals(1, u(t, 100, 4), "device handle slot+1");
        assertEquals(2, u(t, 108, 2));
        assertEquals(3, u(t, 110, 2));
        assertEquals(AcpiCases.GIB, u(t, 112, 8));
        assertEquals(0, u(t, 120, 8), "region offset");
        assertEquals(0, u(t, 128, 8), "DPA 0 (old QEMU wrongly put the GPA here)");
        assertEquals(1, u(t, 138, 2), "interleave ways");
        // control region at 144
        assertEquals(4, u(t, 144, 2));
        assertEquals(80, u(t, 146, 2));
        assertEquals(3, u(t, 148, 2));
        assertEquals(0x8086, u(t, 150, 2));
        assertEquals(0x123456, u(t, 168, 4));
        assertEquals(0x0301, u(t, 172, 2));
        assertEquals(0, u(t, 174, 2), "no block control windows");
    }

    @Test
    void idsFollowQemuSlotFormulas() {
        for (int index : new int[] {0, 1, 7, 255}) {
            assertEquals(index + 1, NvdimmIds.deviceHandle(index));
            assertEquals((index + 1) * 2, NvdimmIds.spaRangeIndex(index));
            assertEquals((index + 1) * 2 + 1, NvdimmIds.controlRegionIndex(index));
            assertEquals(0x123456 + index, NvdimmIds.serialNumber(index));
        }
        assertEquals("NV0A", NvdimmIds.deviceName(10));
        assertEquals("NVFF", NvdimmIds.deviceName(255));
    }

    @Test
    void structureLengthsAreExact() {
        Nfit nfit = Nfit.forVnvdimms(AcpiCases.eight().input());
        assertEquals(24, nfit.structures().size());
        for (NfitStructure s : nfit.structures()) {
            int expected = switch (s.type()) {
                case 0 -> 56;
                case 1 -> 48;
                case 4 -> 80;
                default -> throw new AssertionError("unexpected type " + s.type());
            };
            byte[] b = s.toBytes();
            assertEquals(expected, b.length);
            assertEquals(expected, ByteSink.readLe(b, 2, 2), "declared length");
        }
        assertEquals(40 + 8 * 184, nfit.toTable().length());
    }

    @Test
    void flushHintOnlyWithAFlushAddress() {
        NvdimmAcpiInput in = NvdimmAcpiInput.of(new VnvdimmRange(0, 5 * AcpiCases.GIB, AcpiCases.GIB, 0),
                new VnvdimmRange(1, 6 * AcpiCases.GIB, AcpiCases.GIB, 0).withFlushHintAddress(0xFEFFF000L));
        List<NfitStructure> s = Nfit.forVnvdimms(in).structures();
        assertEquals(List.of(0, 1, 4, 0, 1, 4, 6), s.stream().map(NfitStructure::type).toList());
        byte[] flush = s.get(6).toBytes();
        assertEquals(24, flush.length);
        assertArrayEquals(HexFormat.of().parseHex("0600180002000000010000000000000000f0fffe00000000"), flush);
    }

    @Test
    void refusesBadInputs() {
        assertThrows(IllegalArgumentException.class, () -> Nfit.forVnvdimms(new NvdimmAcpiInput(List.of())));
        assertThrows(IllegalArgumentException.class, () -> new VnvdimmRange(256, 0, 4096, 0));
        assertThrows(IllegalArgumentException.class, () -> new VnvdimmRange(0, 4095, 4096, 0));
        assertThrows(IllegalArgumentException.class, () -> new VnvdimmRange(0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> NvdimmAcpiInput.of(
                new VnvdimmRange(0, 0x1000, 0x2000, 0), new VnvdimmRange(0, 0x10000, 0x1000, 0)));
        IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class, () -> NvdimmAcpiInput.of(
                new VnvdimmRange(0, 0x100000, 0x200000, 0), new VnvdimmRange(1, 0x200000, 0x1000, 0)));
        assertEquals("vnvdimm[1] [0x200000, +4096) overlaps vnvdimm[0] [0x100000, +2097152)", overlap.getMessage());
    }
}
