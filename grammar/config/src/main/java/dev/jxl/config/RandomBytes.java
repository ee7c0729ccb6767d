package dev.jxl.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random bytes where xl takes them: read from {@code /dev/urandom}, as libxl__random_bytes and
 * libuuid's uuid_generate do. {@link UUID#randomUUID} would first set up a {@link SecureRandom}
 * (provider lookup, seeding), which costs a short-lived jxl process more than the rest of -N create's
 * JSON; {@code SecureRandom} is only the fallback for a system whose {@code /dev/urandom} is unreadable.
 */
public final class RandomBytes {
    private static final Path URANDOM = Path.of("/dev/urandom");

    private RandomBytes() {
    }

    /** {@code n} random bytes. */
    public static byte[] of(int n) {
        return of(n, URANDOM);
    }

    /** A random (version 4, RFC 4122 variant) UUID, as uuid_generate makes one. */
    public static UUID uuid() {
        return uuid(URANDOM);
    }

    static UUID uuid(Path source) {
        byte[] b = of(16, source);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40); // version 4: random
        b[8] = (byte) ((b[8] & 0x3f) | 0x80); // variant 10x: RFC 4122
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = msb << 8 | (b[i] & 0xff);
            lsb = lsb << 8 | (b[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    static byte[] of(int n, Path source) {
        byte[] bytes = new byte[n];
        try (InputStream in = Files.newInputStream(source)) {
            if (in.readNBytes(bytes, 0, n) == n) {
                return bytes;
            }
        } catch (IOException | SecurityException e) {
            // unreadable: the fallback below
        }
        Fallback.RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Set up only when first needed. */
    private static final class Fallback {
        static final SecureRandom RANDOM = new SecureRandom();
    }
}
