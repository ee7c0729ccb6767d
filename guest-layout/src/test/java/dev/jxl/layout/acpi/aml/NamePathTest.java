package dev.jxl.layout.acpi.aml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.jxl.layout.acpi.ByteSink;

class NamePathTest {
    @ParameterizedTest
    @CsvSource({
        "NVDR, 4e564452",
        "_SB, 5f53425f",
        "\\, 5c00",
        "\\_SB, 5c5f53425f",
        "^PAR0, 5e50415230",
        "^^PAR0, 5e5e50415230",
        "\\_SB.NVDR, 5c2e5f53425f4e564452",
        "\\_SB.DEV0.MLT0, 5c2f035f53425f444556304d4c5430"})
    void encodesPrefixesAndSegmentCounts(String asl, String hex) {
        ByteSink sink = new ByteSink();
        NamePath path = NamePath.parse(asl);
        path.writeTo(sink);
        assertEquals(hex, HexFormat.of().formatHex(sink.toByteArray()));
        assertEquals(path, NamePath.parse(path.toString()), "ASL spelling round-trips");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nv00", "0ABC", "ABCDE", "", "A-B", "\\^X"})
    void refusesInvalidNames(String asl) {
        assertThrows(IllegalArgumentException.class, () -> NamePath.parse(asl));
    }

    @Test
    void padsShortSegmentsWithUnderscore() {
        assertEquals("VGA_", NameSeg.of("VGA").value());
        assertEquals("_SB_", NameSeg.of("_SB").value());
    }
}
