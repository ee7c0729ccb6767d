package dev.jxl.layout.pmem.infoblock;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Linux's {@code struct nd_pfn_sb} (drivers/nvdimm/pfn.h), the 4 KiB fsdax/devdax info block, as
 * decoded values. Unsigned on-media integers are held widened ({@code u16}/{@code u32} in
 * {@code int}/{@code long}); the two {@code u64}s ({@code dataoff}, {@code npfns}) and the checksum
 * are held as raw 64-bit patterns. UUIDs are the 16 raw bytes read big-endian (RFC 4122 text order),
 * as {@code uuid_parse}/{@code uuid_unparse} treat them.
 *
 * <p>Padding (bytes 94..4087) is not a field: it is always written as zeros (guaranteed since v1.3)
 * and {@link DecodedInfoBlock#paddingIsZero()} reports what was read.
 *
 * @param signature 16 bytes as Latin-1 text, NULs included
 */
public record NdPfnSb(
        String signature,
        UUID uuid,
        UUID parentUuid,
        long flags,
        int versionMajor,
        int versionMinor,
        long dataoff,
        long npfns,
        long mode,
        long startPad,
        long endTrunc,
        long align,
        long pageSize,
        int pageStructSize,
        long checksum) {

    /** {@code sizeof(struct nd_pfn_sb)}. */
    public static final int SIZE = 4096;
    public static final int SIGNATURE_LENGTH = 16;
    static final int UUID_OFFSET = 16;
    static final int PARENT_UUID_OFFSET = 32;
    static final int FLAGS_OFFSET = 48;
    static final int VERSION_MAJOR_OFFSET = 52;
    static final int VERSION_MINOR_OFFSET = 54;
    static final int DATAOFF_OFFSET = 56;
    static final int NPFNS_OFFSET = 64;
    static final int MODE_OFFSET = 72;
    static final int START_PAD_OFFSET = 76;
    static final int END_TRUNC_OFFSET = 80;
    static final int ALIGN_OFFSET = 84;
    static final int PAGE_SIZE_OFFSET = 88;
    static final int PAGE_STRUCT_SIZE_OFFSET = 92;
    /** First byte of {@code padding[3994]}. */
    static final int PADDING_OFFSET = 94;
    public static final int CHECKSUM_OFFSET = 4088;

    public static final UUID NULL_UUID = new UUID(0, 0);

    public NdPfnSb {
        if (signature.length() != SIGNATURE_LENGTH) {
            throw new IllegalArgumentException("signature must be 16 bytes, got " + signature.length());
        }
        checkUnsigned("flags", flags, 32);
        checkUnsigned("version_major", versionMajor, 16);
        checkUnsigned("version_minor", versionMinor, 16);
        checkUnsigned("mode", mode, 32);
        checkUnsigned("start_pad", startPad, 32);
        checkUnsigned("end_trunc", endTrunc, 32);
        checkUnsigned("align", align, 32);
        checkUnsigned("page_size", pageSize, 32);
        checkUnsigned("page_struct_size", pageStructSize, 16);
    }

    private static void checkUnsigned(String field, long value, int bits) {
        if (value < 0 || value >>> bits != 0) {
            throw new IllegalArgumentException(field + " does not fit in u" + bits + ": " + value);
        }
    }

    /** The personality the signature names, if it is one of Linux's two. */
    public Optional<InfoBlockMode> infoBlockMode() {
        return InfoBlockMode.bySignature(signature);
    }

    /** The signature up to its first NUL, as ndctl prints it. */
    public String signatureText() {
        int nul = signature.indexOf('\0');
        return nul < 0 ? signature : signature.substring(0, nul);
    }

    public NdPfnSb withChecksum(long newChecksum) {
        return new NdPfnSb(signature, uuid, parentUuid, flags, versionMajor, versionMinor, dataoff, npfns,
                mode, startPad, endTrunc, align, pageSize, pageStructSize, newChecksum);
    }

    /** This block with its checksum field set to {@code nd_sb_checksum} of its other bytes. */
    public NdPfnSb withComputedChecksum() {
        return withChecksum(Fletcher64.ofInfoBlock(encode(), 0));
    }

    /** The 4096 on-media bytes: fields little-endian, zero padding, the checksum field as held. */
    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, signature.getBytes(StandardCharsets.ISO_8859_1));
        putUuid(b, UUID_OFFSET, uuid);
        putUuid(b, PARENT_UUID_OFFSET, parentUuid);
        b.putInt(FLAGS_OFFSET, (int) flags);
        b.putShort(VERSION_MAJOR_OFFSET, (short) versionMajor);
        b.putShort(VERSION_MINOR_OFFSET, (short) versionMinor);
        b.putLong(DATAOFF_OFFSET, dataoff);
        b.putLong(NPFNS_OFFSET, npfns);
        b.putInt(MODE_OFFSET, (int) mode);
        b.putInt(START_PAD_OFFSET, (int) startPad);
        b.putInt(END_TRUNC_OFFSET, (int) endTrunc);
        b.putInt(ALIGN_OFFSET, (int) align);
        b.putInt(PAGE_SIZE_OFFSET, (int) pageSize);
        b.putShort(PAGE_STRUCT_SIZE_OFFSET, (short) pageStructSize);
        b.putLong(CHECKSUM_OFFSET, checksum);
        return b.array();
    }

    /** Decodes the 4096 bytes at {@code offset}; checks nothing (see {@link InfoBlockValidator}). */
    public static DecodedInfoBlock decode(byte[] bytes, int offset) {
        if (bytes.length - offset < SIZE) {
            throw new IllegalArgumentException("an info block is " + SIZE + " bytes, only "
                    + (bytes.length - offset) + " available");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        byte[] sig = new byte[SIGNATURE_LENGTH];
        b.get(0, sig);
        NdPfnSb sb = new NdPfnSb(
                new String(sig, StandardCharsets.ISO_8859_1),
                getUuid(b, UUID_OFFSET),
                getUuid(b, PARENT_UUID_OFFSET),
                Integer.toUnsignedLong(b.getInt(FLAGS_OFFSET)),
                Short.toUnsignedInt(b.getShort(VERSION_MAJOR_OFFSET)),
                Short.toUnsignedInt(b.getShort(VERSION_MINOR_OFFSET)),
                b.getLong(DATAOFF_OFFSET),
                b.getLong(NPFNS_OFFSET),
                Integer.toUnsignedLong(b.getInt(MODE_OFFSET)),
                Integer.toUnsignedLong(b.getInt(START_PAD_OFFSET)),
                Integer.toUnsignedLong(b.getInt(END_TRUNC_OFFSET)),
                Integer.toUnsignedLong(b.getInt(ALIGN_OFFSET)),
                Integer.toUnsignedLong(b.getInt(PAGE_SIZE_OFFSET)),
                Short.toUnsignedInt(b.getShort(PAGE_STRUCT_SIZE_OFFSET)),
                b.getLong(CHECKSUM_OFFSET));
        boolean paddingZero = true;
        for (int i = PADDING_OFFSET; i < CHECKSUM_OFFSET; i++) {
            if (b.get(i) != 0) {
                paddingZero = false;
                break;
            }
        }
        long computed = Fletcher64.ofInfoBlock(bytes, offset);
        return new DecodedInfoBlock(sb, computed, paddingZero);
    }

    private static void putUuid(ByteBuffer b, int offset, UUID u) {
        ByteBuffer be = b.duplicate().order(ByteOrder.BIG_ENDIAN);
        be.putLong(offset, u.getMostSignificantBits());
        be.putLong(offset + 8, u.getLeastSignificantBits());
    }

    private static UUID getUuid(ByteBuffer b, int offset) {
        ByteBuffer be = b.duplicate().order(ByteOrder.BIG_ENDIAN);
        return new UUID(be.getLong(offset), be.getLong(offset + 8));
    }

    /** Field-by-field text, one {@code name: value} per line, in {@code ndctl read-infoblock}'s order. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("signature: ").append(printable(signatureText())).append('\n');
        s.append("uuid: ").append(uuid).append('\n');
        s.append("parent_uuid: ").append(parentUuid).append('\n');
        s.append("flags: ").append(hex(flags)).append('\n');
        s.append("version: ").append(versionMajor).append('.').append(versionMinor).append('\n');
        s.append("dataoff: ").append(Long.toUnsignedString(dataoff)).append(" (").append(hex(dataoff)).append(")\n");
        s.append("npfns: ").append(Long.toUnsignedString(npfns)).append('\n');
        s.append("mode: ").append(mode).append(modeName()).append('\n');
        s.append("start_pad: ").append(startPad).append('\n');
        s.append("end_trunc: ").append(endTrunc).append('\n');
        s.append("align: ").append(align).append(" (").append(hex(align)).append(")\n");
        s.append("page_size: ").append(pageSize).append('\n');
        s.append("page_struct_size: ").append(pageStructSize).append('\n');
        s.append("checksum: ").append(String.format("%#018x", checksum)).append('\n');
        return s.toString();
    }

    private String modeName() {
        for (PfnMode m : PfnMode.values()) {
            if (m.value() == mode) {
                return " (PFN_MODE_" + m.name() + ", --map=" + m.ndctlMap() + ")";
            }
        }
        return " (unknown)";
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\x%02x", (int) c));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "NdPfnSb[" + describe().replace('\n', ';') + "]";
    }

    /** True when the two blocks encode to the same bytes. */
    static boolean sameBytes(NdPfnSb a, NdPfnSb b) {
        return Arrays.equals(a.encode(), b.encode());
    }
}
