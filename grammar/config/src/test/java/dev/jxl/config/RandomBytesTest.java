package dev.jxl.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random bytes and UUIDs from /dev/urandom, with the version and variant bits uuid_generate sets. */
class RandomBytesTest {

    @Test
    void uuidKeepsTheSourceBytesButVersionAndVariant(@TempDir Path dir) throws IOException {
        Path ones = Files.write(dir.resolve("ones"), filled(16, (byte) 0xff));
        assertEquals(UUID.fromString("ffffffff-ffff-4fff-bfff-ffffffffffff"), RandomBytes.uuid(ones));
        Path zeros = Files.write(dir.resolve("zeros"), new byte[16]);
        assertEquals(UUID.fromString("00000000-0000-4000-8000-000000000000"), RandomBytes.uuid(zeros));
        Path counting = Files.write(dir.resolve("counting"), new byte[] {
            0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88, (byte) 0x99,
            (byte) 0xaa, (byte) 0xbb, (byte) 0xcc, (byte) 0xdd, (byte) 0xee, (byte) 0xff});
        assertEquals(UUID.fromString("00112233-4455-4677-8899-aabbccddeeff"), RandomBytes.uuid(counting));
    }

    @Test
    void urandomUuidsAreVersion4AndDiffer() {
        UUID a = RandomBytes.uuid();
        UUID b = RandomBytes.uuid();
        assertEquals(4, a.version());
        assertEquals(2, a.variant());
        assertEquals(4, b.version());
        assertNotEquals(a, b);
    }

    @Test
    void bytesComeFromTheSource(@TempDir Path dir) throws IOException {
        Path src = Files.write(dir.resolve("src"), new byte[] {1, 2, 3, 4, 5});
        assertArrayEquals(new byte[] {1, 2, 3}, RandomBytes.of(3, src));
    }

    @Test
    void anUnreadableOrShortSourceFallsBackToSecureRandom(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing");
        UUID u = RandomBytes.uuid(missing);
        assertEquals(4, u.version());
        assertEquals(2, u.variant());
        assertNotEquals(u, RandomBytes.uuid(missing));
        // a source that ends early is not used as if its bytes were random
        Path shortSource = Files.write(dir.resolve("short"), new byte[4]);
        byte[] b = RandomBytes.of(64, shortSource);
        assertEquals(64, b.length);
        assertFalse(Arrays.equals(new byte[64], b), "the short source's zeros were used");
    }

    private static byte[] filled(int n, byte value) {
        byte[] b = new byte[n];
        Arrays.fill(b, value);
        return b;
    }
}
