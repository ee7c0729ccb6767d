package dev.jxl.layout.acpi;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The identity part of the 36-byte System Description Table header: everything except Length and
 * Checksum, which {@link AcpiTable} computes from the rendered body (the checksum last).
 *
 * <pre>
 * off size field
 *   0   4  Signature          ASCII, not NUL-terminated
 *   4   4  Length             u32, whole table including this header
 *   8   1  Revision
 *   9   1  Checksum           all Length bytes sum to 0 mod 256
 *  10   6  OEM ID             ASCII, NUL-padded here (as Xen's strncpy does)
 *  16   8  OEM Table ID       ASCII, NUL-padded
 *  24   4  OEM Revision       u32
 *  28   4  Creator ID         ASCII
 *  32   4  Creator Revision   u32
 * </pre>
 */
public record AcpiTableHeader(String signature, int revision, String oemId, String oemTableId,
                              long oemRevision, String creatorId, long creatorRevision) {
    public static final int SIZE = 36;
    public static final int LENGTH_OFFSET = 4;
    public static final int CHECKSUM_OFFSET = 9;

    /** Xen's own libacpi tables say OEM "Xen"; jxl names itself as creator so a guest can tell them apart. */
    public static final String JXL_OEM_ID = "Xen";
    public static final String JXL_CREATOR_ID = "JXL ";
    public static final long JXL_CREATOR_REVISION = 1;

    public AcpiTableHeader {
        checkAscii("signature", signature, 4, 4);
        if (revision < 0 || revision > 0xFF) {
            throw new IllegalArgumentException("revision " + revision + " does not fit in a byte");
        }
        checkAscii("OEM ID", oemId, 0, 6);
        checkAscii("OEM table ID", oemTableId, 0, 8);
        checkU32("OEM revision", oemRevision);
        checkAscii("creator ID", creatorId, 4, 4);
        checkU32("creator revision", creatorRevision);
    }

    /** A jxl-built table: OEM "Xen", the given table id, OEM revision 0, creator "JXL " rev 1. */
    public static AcpiTableHeader jxl(String signature, int revision, String oemTableId) {
        return new AcpiTableHeader(signature, revision, JXL_OEM_ID, oemTableId, 0,
                JXL_CREATOR_ID, JXL_CREATOR_REVISION);
    }

    /** Writes the 36 header bytes with the given total length and a zero checksum byte. */
    void writeTo(ByteSink sink, long length) {
        sink.ascii(signature, 4, '\0')
                .u32(length)
                .u8(revision)
                .u8(0)
                .ascii(oemId, 6, '\0')
                .ascii(oemTableId, 8, '\0')
                .u32(oemRevision)
                .ascii(creatorId, 4, '\0')
                .u32(creatorRevision);
    }

    /** Reads the identity fields back from a rendered table (at least 36 bytes). */
    public static AcpiTableHeader read(byte[] table) {
        if (table.length < SIZE) {
            throw new IllegalArgumentException("a table header needs 36 bytes, got " + table.length);
        }
        return new AcpiTableHeader(text(table, 0, 4), table[8] & 0xFF, text(table, 10, 6),
                text(table, 16, 8), ByteSink.readLe(table, 24, 4), text(table, 28, 4),
                ByteSink.readLe(table, 32, 4));
    }

    /** A fixed-width ASCII field with trailing NUL padding removed. */
    static String text(byte[] data, int offset, int width) {
        int end = offset + width;
        while (end > offset && data[end - 1] == 0) {
            end--;
        }
        return new String(data, offset, end - offset, StandardCharsets.ISO_8859_1);
    }

    private static void checkAscii(String what, String value, int minLength, int maxLength) {
        Objects.requireNonNull(value, what);
        if (value.length() < minLength || value.length() > maxLength) {
            throw new IllegalArgumentException(what + " \"" + value + "\" must be " + minLength
                    + (minLength == maxLength ? "" : ".." + maxLength) + " characters");
        }
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException(what + " \"" + value + "\" must be printable ASCII");
            }
        }
    }

    private static void checkU32(String what, long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " " + value + " does not fit in a u32");
        }
    }
}
