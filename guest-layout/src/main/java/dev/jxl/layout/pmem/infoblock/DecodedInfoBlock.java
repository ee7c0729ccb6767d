package dev.jxl.layout.pmem.infoblock;

/**
 * An info block as read: its fields, the checksum its bytes should carry, and whether the padding
 * was zero (promised since v1.3, never checked by the kernel).
 */
public record DecodedInfoBlock(NdPfnSb sb, long computedChecksum, boolean paddingIsZero) {

    /** The kernel's checksum test in {@code nd_pfn_validate}. */
    public boolean checksumMatches() {
        return sb.checksum() == computedChecksum;
    }
}
