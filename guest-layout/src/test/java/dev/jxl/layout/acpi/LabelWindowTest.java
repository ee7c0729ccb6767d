package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The label window of a vNVDIMM: absent unless given, and refused where it cannot be. */
class LabelWindowTest {
    private static final long GIB = AcpiCases.GIB;
    private static final long LABELS = 128 * 1024;

    private static String refusal(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void absentUnlessGiven() {
        VnvdimmRange v = new VnvdimmRange(0, 5 * GIB, GIB, LABELS);
        assertEquals(OptionalLong.empty(), v.labelGuestBaseBytes());
        assertFalse(v.exposesLabels());
        assertEquals(v, new VnvdimmRange(0, 5 * GIB, GIB, LABELS, 0, OptionalLong.empty()));
        assertFalse(NvdimmAcpiInput.of(v).exposesLabels());

        VnvdimmRange w = v.withLabelWindow(6 * GIB);
        assertEquals(OptionalLong.of(6 * GIB), w.labelGuestBaseBytes());
        assertEquals(6 * GIB + LABELS, w.labelGuestEndBytes());
        assertTrue(NvdimmAcpiInput.of(w).exposesLabels());
        assertEquals(w.labelGuestBaseBytes(), w.withFlushHintAddress(0xFEFFF000L).labelGuestBaseBytes(),
                "a flush hint keeps the window");
        assertEquals(OptionalLong.of(0xFEFFF000L), w.withFlushHintAddress(0xFEFFF000L).flushHintAddress());
    }

    @Test
    void windowNeedsLabelPagesAnAlignedBaseAndRoom() {
        assertEquals("vnvdimm[2]: a label window needs label pages (label size is 0)",
                refusal(() -> new VnvdimmRange(2, 5 * GIB, GIB, 0).withLabelWindow(6 * GIB)));
        assertEquals("vnvdimm[0]: label window 0x180000800 is not a 4 KiB-aligned address",
                refusal(() -> new VnvdimmRange(0, 5 * GIB, GIB, LABELS).withLabelWindow(6 * GIB + 0x800)));
        assertEquals("vnvdimm[0]: label window 0xfffffffffffff000 is not a 4 KiB-aligned address",
                refusal(() -> new VnvdimmRange(0, 5 * GIB, GIB, LABELS).withLabelWindow(-4096)));
        long top = Long.MAX_VALUE - 4095;
        assertEquals("vnvdimm[0]: label window [" + VnvdimmRange.hex(top) + ", +131072) overflows 64 bits",
                refusal(() -> new VnvdimmRange(0, 5 * GIB, GIB, LABELS).withLabelWindow(top)));
        assertEquals("vnvdimm[0]: label size 4294967296 is above the 4294963200 bytes the label methods can"
                        + " report (a u32)",
                refusal(() -> new VnvdimmRange(0, 5 * GIB, GIB, 4 * GIB).withLabelWindow(16 * GIB)));
    }

    @Test
    void windowMayNotOverlapItsOwnData() {
        assertEquals("vnvdimm[0]: label window [0x17fff0000, +131072) overlaps its data [0x140000000, +1073741824)",
                refusal(() -> new VnvdimmRange(0, 5 * GIB, GIB, LABELS).withLabelWindow(6 * GIB - 0x10000)));
        assertEquals(5 * GIB - LABELS, new VnvdimmRange(0, 5 * GIB, GIB, LABELS).withLabelWindow(5 * GIB - LABELS)
                .labelGuestBaseBytes().getAsLong(), "right below the data is fine");
    }

    @Test
    void inputRefusesAWindowOverlappingOtherDataOrAnotherWindow() {
        VnvdimmRange a = new VnvdimmRange(0, 5 * GIB, GIB, LABELS).withLabelWindow(7 * GIB);
        VnvdimmRange b = new VnvdimmRange(1, 6 * GIB, GIB, LABELS);
        assertEquals("vnvdimm[0] label window [0x180001000, +131072) overlaps vnvdimm[1] [0x180000000, +1073741824)",
                refusal(() -> NvdimmAcpiInput.of(new VnvdimmRange(0, 5 * GIB, GIB, LABELS)
                        .withLabelWindow(6 * GIB + 0x1000), b)));
        assertEquals("vnvdimm[1] label window [0x1c0010000, +131072) overlaps vnvdimm[0] label window"
                        + " [0x1c0000000, +131072)",
                refusal(() -> NvdimmAcpiInput.of(a, b.withLabelWindow(7 * GIB + 0x10000))));
        NvdimmAcpiInput ok = NvdimmAcpiInput.of(a, b.withLabelWindow(7 * GIB + LABELS));
        assertEquals(2, ok.vnvdimms().size(), "windows back to back are fine");
    }
}
