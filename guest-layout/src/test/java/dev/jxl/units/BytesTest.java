package dev.jxl.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BytesTest {
    @Test
    void copiedOnTheWayInAndOut() {
        byte[] in = {1, 2, 3};
        Bytes b = Bytes.of(in);
        in[0] = 9;
        b.toByteArray()[1] = 9;
        assertEquals("010203", b.hex());
        assertEquals(3, b.length());
    }

    @Test
    void equalByContent() {
        assertEquals(Bytes.of(new byte[] {1, 2}), Bytes.of(new byte[] {0, 1, 2, 3}, 1, 3));
        assertEquals(Bytes.of(new byte[] {1, 2}).hashCode(), Bytes.of(new byte[] {0, 1, 2}, 1, 3).hashCode());
        assertNotEquals(Bytes.of(new byte[] {1, 2}), Bytes.of(new byte[] {1, 2, 0}));
        assertThrows(IndexOutOfBoundsException.class, () -> Bytes.of(new byte[2], 1, 3));
    }

    @Test
    void toStringIsShort() {
        assertEquals("0a0b", Bytes.of(new byte[] {10, 11}).toString());
        assertEquals("00".repeat(32) + "… (100 bytes)", Bytes.of(new byte[100]).toString());
    }
}
