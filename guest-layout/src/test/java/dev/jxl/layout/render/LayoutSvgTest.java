package dev.jxl.layout.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.layout.AddressRange;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.MmioHole;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * The picture of layouts no planner makes but a renderer must survive: entries reaching 2^64,
 * empty and zero-size entries, overlaps, unsorted maps, odd names. Each is well-formed XML whose
 * size follows from its content, and says what the layout says.
 */
class LayoutSvgTest {
    private static GuestLayout layout(DomainType type, MmioHole hole, List<AddressRange> regions, E820Entry... entries) {
        E820Map map = new E820Map(List.of(entries));
        return new GuestLayout(type, 1 << 20, map, Optional.of(map), 1L << 30, 0, hole, regions, List.of("why: a test"));
    }

    private static void wellFormed(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(svg.chars().allMatch(c -> c < 0x80), "the bytes are ASCII, whatever the output charset");
    }

    @Test
    void anEntryReachingTheTopOfTheAddressSpace() throws Exception {
        // the largest entry there can be: its end is 2^64 - 1
        String svg = LayoutSvg.render(layout(DomainType.PV, MmioHole.NONE, List.of(),
                E820Entry.range(0, 1L << 30, E820Type.RAM), new E820Entry(1L << 40, -1L - (1L << 40), E820Type.RESERVED)));
        wellFormed(svg);
        assertTrue(svg.contains(">0x10000000000</text>") && svg.contains(">0xffffffffffffffff</text>"), svg);
        assertTrue(svg.contains("[1] Reserved  18446742974197923839 B &#8776; 16.0 EiB"), svg);
    }

    @Test
    void overlapsAreNamedAndZeroSizeEntriesSkipped() throws Exception {
        String svg = LayoutSvg.render(layout(DomainType.PVH, MmioHole.NONE, List.of(),
                E820Entry.range(0, 1L << 31, E820Type.RAM), new E820Entry(0x5000, 0, E820Type.ACPI),
                E820Entry.range(0xff000, 0x100000, E820Type.ACPI), E820Entry.range(0x7fff0000L, 0x80010000L, E820Type.NVS)));
        wellFormed(svg);
        assertTrue(svg.contains("E820 [2] ACPI overlaps [0] RAM"), svg);
        assertTrue(svg.contains("E820 [3] ACPI NVS overlaps [0] RAM"), svg);
        // the part of [3] above RAM is a band of its own
        assertTrue(svg.contains("[3] ACPI NVS (the part above the overlap)"), svg);
        assertTrue(!svg.contains("[1] ACPI"), "a zero-size entry is not drawn: " + svg);
    }

    @Test
    void anEmptyMapAndAnOddTitle() throws Exception {
        String svg = LayoutSvg.render(layout(DomainType.PV, MmioHole.NONE, List.of()), "x<&>\"\u0001\uD800é≈");
        wellFormed(svg);
        assertTrue(svg.contains("no E820 entry"), svg);
        assertTrue(svg.contains("x&lt;&amp;&gt;&quot;??&#233;&#8776;: PV guest memory map"), svg);
    }

    @Test
    void regionsInAnEntryAndInAGap() throws Exception {
        GuestLayout l = layout(DomainType.HVM, MmioHole.below4g(0xf0000000L),
                List.of(new AddressRange("32-bit BARs", 0xf0000000L, 0xfc000000L),
                        new AddressRange("LAPIC/MSI", 0xfee00000L, 0xfef00000L), new AddressRange("HPET", 0xfed00000L, 0xfed00400L)),
                E820Entry.range(0, 0xa0000, E820Type.RAM), E820Entry.range(0xfc000000L, 1L << 32, E820Type.RESERVED));
        String svg = LayoutSvg.render(l);
        wellFormed(svg);
        // a window in a gap is a band with both edges, named; small regions in an entry are markers with both edges
        assertTrue(svg.contains(">32-bit BARs  192 MiB</text>"), svg);
        for (String edge : List.of("0x0f0000000", "0x0fc000000", "0x0fed00000", "0x0fed00400", "0x0fee00000", "0x0fef00000")) {
            assertTrue(svg.contains(">" + edge + "</text>"), edge + " not on the axis: " + svg);
        }
        assertTrue(svg.contains(">HPET  0x0fed00000-0x0fed003ff  1 KiB</text>"), svg);
        assertTrue(svg.contains("emulated platform devices: LAPIC/MSI, HPET"), svg);
        assertTrue(svg.contains("MMIO hole 0x0f0000000-0x0ffffffff (256 MiB), holding, from the bottom: 32-bit BARs, HPET, "
                + "LAPIC/MSI."), svg);
        assertEquals(svg, LayoutSvg.render(l), "same layout, same bytes");
    }

    @Test
    void sizesInTheLargestExactUnitWithAReadableApproximation() {
        assertEquals("3839 MiB", Sizes.of(3839L << 20));
        assertEquals("2 GiB", Sizes.of(2L << 30));
        assertEquals("44 KiB", Sizes.of(44 << 10));
        assertEquals("1023 KiB", Sizes.of(1023 << 10));
        assertEquals("2751484 KiB ≈ 2.62 GiB", Sizes.of(2751484L << 10));
        assertEquals("65492 KiB ≈ 64.0 MiB", Sizes.of(65492L << 10));
        assertEquals("48201664 B ≈ 46.0 MiB", Sizes.of(48201664L));
        assertEquals("2751484 KiB ~2.62 GiB", Sizes.text(2751484L << 10));
        assertEquals("16 EiB", Sizes.ofRange(0, -1L));
    }
}
