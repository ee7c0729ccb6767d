package dev.jxl.realxen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parsers RealXenIT reads real Xen's output with, on output saved from a real run. */
class ObservedE820Test {

    private static String fixture(String name) throws IOException {
        try (InputStream in = ObservedE820Test.class.getResourceAsStream("/realxen/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void hvmloaderTableOfAFourGigGuest() throws IOException {
        E820Map m = ObservedE820.hvmloader(fixture("hvm-4g.xl-dmesg.txt")).orElseThrow();
        assertEquals(6, m.size(), "HOLE lines are not entries");
        assertEquals(E820Entry.range(0x100000, 0xf0000000L, E820Type.RAM), m.get(2));
        assertEquals(E820Entry.range(0xfc000000L, 0xfc00b000L, E820Type.NVS), m.get(3));
        assertEquals(E820Entry.range(0x100000000L, 0x10f800000L, E820Type.RAM), m.get(5));
    }

    @Test
    void pvhGuestBiosE820LinesAreInclusive() throws IOException {
        E820Map m = ObservedE820.linux(fixture("pvh-maxvcpus-10.xl-dmesg.txt"), "BIOS-e820").orElseThrow();
        assertEquals(E820Entry.range(0xfc000000L, 0xfc009040L, E820Type.ACPI), m.get(3));
        assertEquals(5, m.size());
    }

    @Test
    void pvGuestXenLinesWithTheHostHoles() throws IOException {
        E820Map m = ObservedE820.linux(fixture("pv-e820-host.guest.log"), "Xen").orElseThrow();
        assertEquals(11, m.size());
        assertEquals(E820Entry.range(0x10000000L, 0x7ffdc000L, E820Type.UNUSABLE), m.get(3));
        assertTrue(ObservedE820.linux(fixture("pv-e820-host.guest.log"), "BIOS-e820").isEmpty());
    }

    @Test
    void linuxAddsTheIsaHoleAndMergesAdjacentAcpiModules() {
        E820Map given = new E820Map(List.of(E820Entry.range(0, 0x10000000L, E820Type.RAM),
                E820Entry.range(0xfeff8000L, 0xff000000L, E820Type.RESERVED),
                E820Entry.range(0xfc008000L, 0xfc008040L, E820Type.ACPI),
                E820Entry.range(0xfc000000L, 0xfc001000L, E820Type.ACPI),
                E820Entry.range(0xfc001000L, 0xfc008000L, E820Type.ACPI)));
        E820Map seen = LinuxGuestView.of(given);
        assertEquals(List.of(E820Entry.range(0, 0xa0000, E820Type.RAM),
                E820Entry.range(0xa0000, 0x100000, E820Type.RESERVED),
                E820Entry.range(0x100000, 0x10000000L, E820Type.RAM),
                E820Entry.range(0xfc000000L, 0xfc008040L, E820Type.ACPI),
                E820Entry.range(0xfeff8000L, 0xff000000L, E820Type.RESERVED)), seen.entries());
    }
}
