package dev.jxl.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Mutators that know nothing of the input's syntax: they damage bytes. */
final class ByteMutators {
    /** Byte sequences that are not UTF-8: a lone continuation, an overlong '/', a surrogate, 0xFF, a cut-off pair. */
    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
        {(byte) 0xC3}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFE, (byte) 0xFF},
    };

    /** Bytes that mean something to one of the syntaxes, so an insertion often lands as a token. */
    private static final byte[] SYNTAX = "[]{}()\"',=:;#\\\n\r\t -+.0xX9eE*%".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private ByteMutators() {
    }

    static List<Mutator> all() {
        return List.of(
                Mutator.of("byte-flip", ByteMutators::flip),
                Mutator.of("byte-insert", ByteMutators::insert),
                Mutator.of("byte-delete", ByteMutators::delete),
                Mutator.of("byte-splice", ByteMutators::splice),
                Mutator.of("byte-truncate", (in, r, d) -> in.length == 0 ? null : Arrays.copyOf(in, r.nextInt(in.length))),
                Mutator.of("byte-invalid-utf8", (in, r, d) -> insertAt(in, r.nextInt(in.length + 1),
                        INVALID_UTF8[r.nextInt(INVALID_UTF8.length)])),
                Mutator.of("byte-nul", ByteMutators::nul),
                Mutator.of("byte-huge-repeat", ByteMutators::hugeRepeat));
    }

    private static byte[] flip(byte[] in, Random r, byte[] donor) {
        if (in.length == 0) {
            return null;
        }
        byte[] out = in.clone();
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return out;
    }

    private static byte[] insert(byte[] in, Random r, byte[] donor) {
        byte[] bytes = new byte[1 + r.nextInt(8)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = r.nextBoolean() ? SYNTAX[r.nextInt(SYNTAX.length)] : (byte) r.nextInt(256);
        }
        return insertAt(in, r.nextInt(in.length + 1), bytes);
    }

    private static byte[] delete(byte[] in, Random r, byte[] donor) {
        if (in.length == 0) {
            return null;
        }
        int from = r.nextInt(in.length);
        int len = 1 + r.nextInt(Math.max(1, Math.min(in.length - from, in.length / 8 + 1)));
        return cut(in, from, Math.min(in.length, from + len));
    }

    /** A piece of another seed of the same kind over a piece of this one. */
    private static byte[] splice(byte[] in, Random r, byte[] donor) {
        if (donor == null || donor.length == 0) {
            return null;
        }
        int from = r.nextInt(donor.length);
        int to = from + 1 + r.nextInt(Math.min(donor.length - from, 512));
        int at = r.nextInt(in.length + 1);
        int replace = r.nextBoolean() ? 0 : r.nextInt(Math.min(in.length - at, 512) + 1);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(in, 0, at);
        b.write(donor, from, to - from);
        b.write(in, at + replace, in.length - at - replace);
        return b.toByteArray();
    }

    private static byte[] nul(byte[] in, Random r, byte[] donor) {
        if (in.length > 0 && r.nextBoolean()) {
            byte[] out = in.clone();
            out[r.nextInt(out.length)] = 0;
            return out;
        }
        return insertAt(in, r.nextInt(in.length + 1), new byte[] {0});
    }

    /** A short piece of the input repeated up to the size cap: long lines, long strings, long lists. */
    private static byte[] hugeRepeat(byte[] in, Random r, byte[] donor) {
        if (in.length == 0) {
            return null;
        }
        int from = r.nextInt(in.length);
        int len = 1 + r.nextInt(Math.min(16, in.length - from));
        int times = new int[] {1_000, 10_000, 100_000}[r.nextInt(3)];
        times = Math.min(times, (Mutator.MAX_BYTES - in.length) / len);
        byte[] piece = Arrays.copyOfRange(in, from, from + len);
        byte[] repeated = new byte[piece.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(piece, 0, repeated, i * len, len);
        }
        return insertAt(in, from, repeated);
    }

    static byte[] insertAt(byte[] in, int at, byte[] bytes) {
        byte[] out = new byte[in.length + bytes.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(in, at, out, at + bytes.length, in.length - at);
        return out;
    }

    static byte[] cut(byte[] in, int from, int to) {
        byte[] out = new byte[in.length - (to - from)];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(in, to, out, from, in.length - to);
        return out;
    }
}
