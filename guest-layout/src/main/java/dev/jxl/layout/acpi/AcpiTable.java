package dev.jxl.layout.acpi;

import java.util.HexFormat;
import java.util.Objects;

import dev.jxl.units.Bytes;

/**
 * A complete ACPI table: header identity plus body. {@link #toBytes()} fills Length from the body and
 * computes the checksum last, so a rendered table is always self-consistent. hvmloader copies
 * passthrough tables without checking either (libacpi {@code construct_passthrough_tables}), so this
 * is the only place they are made right.
 */
public record AcpiTable(AcpiTableHeader header, Bytes body) {
    public AcpiTable {
        Objects.requireNonNull(header, "header");
        if ((long) AcpiTableHeader.SIZE + body.length() > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(header.signature() + " body too long: " + body.length());
        }
    }

    public String signature() {
        return header.signature();
    }

    public int length() {
        return AcpiTableHeader.SIZE + body.length();
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
    public String toString() {
        return header.signature() + "[" + length() + " bytes] " + HexFormat.of().formatHex(toBytes());
    }
}
