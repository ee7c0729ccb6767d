package dev.jxl.layout.acpi.aml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.jxl.units.Bytes;

class PkgLengthTest {
    /** body length (bytes after the PkgLength) -> encoding; boundaries of each form. */
    @ParameterizedTest
    @CsvSource({
        "0, 01", "62, 3f", "63, 4104", "64, 4204", "0xFFD, 4fff", "0xFFE, 8100 01", "0x11175, 8817 11",
        "0xFFFFC, 8fff ff", "0xFFFFD, c100 0001", "0x0FFFFFFB, cfff ffff"})
    void smallestFormThatFits(String bodyLength, String hex) {
        int body = Integer.decode(bodyLength);
        byte[] encoded = PkgLength.encode(body);
        assertEquals(hex.replace(" ", ""), HexFormat.of().formatHex(encoded));
        int[] decoded = PkgLength.decode(encoded, 0);
        assertEquals(body + encoded.length, decoded[0], "PkgLength counts itself");
        assertEquals(encoded.length, decoded[1]);
    }

    @ParameterizedTest
    @CsvSource({"0x0FFFFFFC", "0x7FFFFFFF"})
    void refusesWhatTwentyEightBitsCannotHold(String bodyLength) {
        assertThrows(IllegalArgumentException.class, () -> PkgLength.encode(Integer.decode(bodyLength)));
    }

    /** A Field width: the value itself, without counting the PkgLength's own bytes (32768 bits -> 80 00 08). */
    @ParameterizedTest
    @CsvSource({"0, 00", "0x3F, 3f", "0x40, 4004", "0xFFF, 4fff", "0x1000, 8000 01", "0x8000, 8000 08",
        "0xFFFFF, 8fff ff", "0x100000, c000 0001", "0x0FFFFFFF, cfff ffff"})
    void valueFormForFieldWidths(String value, String hex) {
        int v = Integer.decode(value);
        byte[] encoded = PkgLength.encodeValue(v);
        assertEquals(hex.replace(" ", ""), HexFormat.of().formatHex(encoded));
        assertEquals(v, PkgLength.decode(encoded, 0)[0]);
    }

    @ParameterizedTest
    @CsvSource({"-1", "0x10000000"})
    void valueFormRefusesWhatTwentyEightBitsCannotHold(String value) {
        assertThrows(IllegalArgumentException.class, () -> PkgLength.encodeValue(Integer.decode(value)));
    }

    @org.junit.jupiter.api.Test
    void seventyThousandByteBufferAsIaslEncodesIt() {
        // iasl 20200925: Buffer of 70000 bytes -> 11 88 17 11 0C 70 11 01 00 ... (the acpi note, section 3.2)
        byte[] head = new byte[9];
        System.arraycopy(new Aml.Buf(Bytes.of(new byte[70000])).toBytes(), 0, head, 0, 9);
        assertArrayEquals(HexFormat.of().parseHex("11881711" + "0c70110100"), head);
    }
}
