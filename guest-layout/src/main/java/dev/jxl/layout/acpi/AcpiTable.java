package dev.jxl.layout.acpi;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A complete ACPI table: header identity plus body. {@link #toBytes()} fills Length from the body and
 * computes the checksum last, so a rendered table is always self-consistent. hvmloader copies
 * passthrough tables without checking either (libacpi {@code construct_passthrough_tables}), so this
 * is the only place they are made right.
 */
public final class AcpiTable {
    private final AcpiTableHeader header;
    private final byte[] body;

    public AcpiTable(AcpiTableHeader header, byte[] body) {
        this.header = Objects.requireNonNull(header, "header");
        this.body = body.clone();
        if ((long) AcpiTableHeader.SIZE + body.length > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(header.signature() + " body too long: " + body.length);
        }
    }

    public AcpiTableHeader header() {
        return header;
    }

    public String signature() {
        return header.signature();
    }

    public byte[] body() {
        return body.clone();
    }

    public int length() {
        return AcpiTableHeader.SIZE + body.length;
    }

    public byte[] toBytes() {
        ByteSink sink = new ByteSink();
        header.writeTo(sink, length());
        sink.bytes(body);
        byte[] table = sink.toByteArray();
        table[AcpiTableHeader.CHECKSUM_OFFSET] = checksumByte(table);
        return table;
    }

    /** The byte that, stored at offset 9, makes all bytes sum to 0 mod 256 (read with byte 9 as 0). */
    public static byte checksumByte(byte[] table) {
        int sum = 0;
        for (int i = 0; i < table.length; i++) {
            if (i != AcpiTableHeader.CHECKSUM_OFFSET) {
                sum += table[i] & 0xFF;
            }
        }
        return (byte) (-sum);
    }

    /** Sum of all bytes mod 256; 0 for a table with a correct checksum. */
    public static int byteSum(byte[] table, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += table[i] & 0xFF;
        }
        return sum & 0xFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AcpiTable other && header.equals(other.header) && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return 31 * header.hashCode() + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return header.signature() + "[" + length() + " bytes] " + HexFormat.of().formatHex(toBytes());
    }
}
